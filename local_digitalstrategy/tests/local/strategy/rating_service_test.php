<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\local\strategy;

use local_digitalstrategy\event\measure_rated;

/**
 * Specification of the Ampel: rating measures green, amber or red on four criteria, the history
 * of every change, and the counter-measure a red rating needs.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\strategy\rating_service
 * @covers     \local_digitalstrategy\local\strategy\rating_repository
 * @covers     \local_digitalstrategy\local\strategy\ampel_rating
 */
#[\PHPUnit\Framework\Attributes\CoversClass(rating_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(rating_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(ampel_rating::class)]
final class rating_service_test extends \advanced_testcase {
    /**
     * A measure of an organisation whose owner is a staff member; the leader rates.
     *
     * @return array{0: \stdClass, 1: \stdClass, 2: \stdClass, 3: \local_digitalstrategy\organisation}
     */
    private function measure(): array {
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $org = $generator->create_organisation();
        $leader = $this->getDataGenerator()->create_user();
        $owner = $this->getDataGenerator()->create_user();
        $generator->add_member($org, $leader->id, 'leadership');
        $generator->add_member($org, $owner->id);
        $measure = $generator->create_measure(
            $generator->create_goal($generator->create_strategy($org)),
            ['ownerid' => $owner->id]
        );
        return [$measure, $leader, $owner, $org];
    }

    public function test_every_rating_change_is_a_new_row_with_previous_and_new_and_only_the_latest_is_current(): void {
        [$measure, $leader] = $this->measure();
        $service = \core\di::get(rating_service::class);
        $first = $service->rate((int) $measure->id, 'time', 'green', 'Im Plan', '', (int) $leader->id);
        $this->assertSame('', $first->previous);
        $second = $service->rate((int) $measure->id, 'time', 'red', 'Verzug & "Engpass"', 'Zweites Team', (int) $leader->id);
        $this->assertSame('green', $second->previous);
        $this->assertSame('red', $second->rating);
        $history = \core\di::get(rating_repository::class)->history((int) $measure->id);
        $this->assertSame(
            [['green', 'red', true], ['', 'green', false]],
            array_map(fn(ampel_rating $r) => [$r->previous, $r->rating, $r->current], $history)
        );
        $current = \core\di::get(rating_repository::class)->current_for_measure((int) $measure->id);
        $this->assertSame(['time'], array_keys($current));
        $this->assertSame('Zweites Team', $current['time']->countermeasure);
        $this->assertSame('Verzug & "Engpass"', $current['time']->comment);
    }

    public function test_a_red_rating_without_counter_measure_is_refused_and_nothing_is_stored(): void {
        global $DB;
        [$measure, $leader] = $this->measure();
        try {
            \core\di::get(rating_service::class)->rate((int) $measure->id, 'cost', 'red', 'Zu teuer', '  ', (int) $leader->id);
            $this->fail('Red needs a counter-measure');
        } catch (\moodle_exception $e) {
            $this->assertSame('ampel_error_countermeasure', $e->errorcode);
        }
        $this->assertSame(0, $DB->count_records('local_digitalstrategy_rating'));
    }

    public function test_ratings_outside_the_ampel_and_unknown_criteria_are_refused(): void {
        [$measure, $leader] = $this->measure();
        $service = \core\di::get(rating_service::class);
        foreach (
            [['time', 'blue', 'ampel_error_rating'], ['time', 'GREEN', 'ampel_error_rating'],
                ['budget', 'green', 'ampel_error_criterion']] as [$criterion, $rating, $code]
        ) {
            try {
                $service->rate((int) $measure->id, $criterion, $rating, '', 'x', (int) $leader->id);
                $this->fail("$criterion/$rating must be refused");
            } catch (\moodle_exception $e) {
                $this->assertSame($code, $e->errorcode);
            }
        }
    }

    public function test_someone_outside_the_organisation_cannot_rate(): void {
        [$measure] = $this->measure();
        $stranger = $this->getDataGenerator()->create_user();
        $this->expectExceptionObject(new \moodle_exception('board_error_noedit', 'local_digitalstrategy'));
        \core\di::get(rating_service::class)->rate((int) $measure->id, 'time', 'green', '', '', (int) $stranger->id);
    }

    public function test_a_rating_triggers_the_event_and_a_red_one_tells_the_owner(): void {
        [$measure, $leader, $owner, $org] = $this->measure();
        $events = $this->redirectEvents();
        $messages = $this->redirectMessages();
        \core\di::get(rating_service::class)->rate((int) $measure->id, 'staff', 'amber', '', '', (int) $leader->id);
        \core\di::get(rating_service::class)->rate((int) $measure->id, 'staff', 'red', '', 'Aushilfe', (int) $leader->id);
        $rated = array_values(array_filter($events->get_events(), fn($e) => $e instanceof measure_rated));
        $this->assertCount(2, $rated);
        $this->assertSame(['orgid' => $org->get_id(), 'measureid' => (int) $measure->id, 'criterion' => 'staff',
            'previous' => 'amber', 'rating' => 'red'], $rated[1]->other);
        $sent = $messages->get_messages();
        $this->assertCount(1, $sent);
        $this->assertSame('measureratedred', $sent[0]->eventtype);
        $this->assertEquals($owner->id, $sent[0]->useridto);
        $this->assertStringContainsString('Aushilfe', $sent[0]->fullmessage);
    }
}
