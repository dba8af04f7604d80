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

namespace local_digitalstrategy\local\controlling;

use local_digitalstrategy\event\process_rated;

/**
 * The process Ampel: each process rated on quality, cost, staff and timeliness per half-year with
 * a note; every rating kept, the newest counts; bad ratings and half-years refused.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\process_rating_service
 * @covers     \local_digitalstrategy\event\process_rated
 */
#[\PHPUnit\Framework\Attributes\CoversClass(process_rating_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(process_rated::class)]
final class process_rating_service_test extends \advanced_testcase {
    /**
     * A programme of six half-years from 2018 with "now" in its third half-year.
     *
     * @return process_rating_service
     */
    private function service(): process_rating_service {
        $this->resetAfterTest();
        $programme = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy')->set_programme(2018, 1, 6);
        $this->mock_clock_with_frozen($programme->period(3)->start + DAYSECS);
        return \core\di::get(process_rating_service::class);
    }

    public function test_a_rating_is_kept_in_the_history_the_newest_counts_and_it_is_logged(): void {
        $service = $this->service();
        $sink = $this->redirectEvents();
        $clock = \core\di::get(\core\clock::class);

        $first = $service->rate('circles', 3, ['quality' => 'green', 'cost' => 'amber'], 'Start & "Plan" 🙂', 5);
        $clock->bump(60);
        $second = $service->rate('circles', 3, ['quality' => 'green', 'cost' => 'red', 'staff' => 'amber',
            'timeliness' => 'green'], 'Honorare gestiegen', 6);

        $repository = \core\di::get(process_rating_repository::class);
        $current = $repository->current_all()['circles'][3];
        $this->assertSame($second, (int) $current->id);
        $this->assertSame(['green', 'red', 'amber', 'green'], [$current->quality, $current->cost, $current->staff,
            $current->timeliness]);
        $history = $repository->history('circles', 3);
        $this->assertSame([$second, $first], array_map(fn($r) => (int) $r->id, $history));
        $this->assertSame(['', ''], [$history[1]->staff, $history[1]->timeliness]);
        $this->assertSame('Start & "Plan" 🙂', $history[1]->note);
        $events = array_values(array_filter($sink->get_events(), fn($e) => $e instanceof process_rated));
        $this->assertCount(2, $events);
        $this->assertSame(['process' => 'circles', 'period' => 3, 'ratings' => ['quality' => 'green', 'cost' => 'red',
            'staff' => 'amber', 'timeliness' => 'green']], $events[1]->other);
        $this->assertSame(6, (int) $events[1]->userid);
    }

    public function test_unknown_processes_and_colours_no_rating_at_all_and_red_without_a_note_are_refused(): void {
        $service = $this->service();

        $this->assertSame(
            ['process' => 'There is no such process.', 'cost' => 'Choose green, amber, red or not rated.'],
            $service->validate('catering', ['quality' => 'green', 'cost' => 'purple'], '')
        );
        $this->assertSame(['quality' => 'Rate at least one criterion.'], $service->validate('surveys', [], 'nichts'));
        $this->assertSame(
            ['note' => 'A red rating needs a note: what is wrong and what is being done about it.'],
            $service->validate('surveys', ['timeliness' => 'red'], ' ')
        );
        $this->assertSame([], $service->validate('surveys', ['timeliness' => 'red'], 'Verzug beim Druck'));
        $this->expectException(\moodle_exception::class);
        $service->rate('surveys', 3, ['timeliness' => 'red'], '', 5);
    }

    public function test_a_half_year_outside_the_programme_or_not_yet_begun_cannot_be_rated(): void {
        global $DB;
        $service = $this->service();

        $this->assertSame(3, $service->default_period()->index);
        foreach ([[0, 'error_periodoutside'], [7, 'error_periodoutside'], [4, 'process_error_future']] as [$index, $code]) {
            try {
                $service->rate('circles', $index, ['quality' => 'green'], '', 5);
                $this->fail("Half-year $index is refused");
            } catch (\moodle_exception $e) {
                $this->assertSame($code, $e->errorcode);
            }
        }
        $this->assertSame(0, $DB->count_records(process_rating::TABLE));
        $service->rate('circles', 1, ['quality' => 'amber'], '', 5);
        $this->assertSame(1, $DB->count_records(process_rating::TABLE));
    }
}
