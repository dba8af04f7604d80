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

namespace local_digitalstrategy\privacy;

use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;

/**
 * Privacy of the PDCA board: measures a user owns or changed and ratings they gave are found and
 * exported; deleting the user keeps the measures and ratings (they belong to the strategy) and sets
 * the author fields to 0, shown as "deleted user".
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\privacy\provider
 */
#[\PHPUnit\Framework\Attributes\CoversClass(provider::class)]
final class board_provider_test extends \core_privacy\tests\provider_testcase {
    /**
     * A measure owned by one user, changed and rated by another.
     *
     * @return array{0: \stdClass, 1: \stdClass, 2: \stdClass}
     */
    private function data(): array {
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $org = $generator->create_organisation();
        $owner = $this->getDataGenerator()->create_user();
        $rater = $this->getDataGenerator()->create_user();
        $measure = $generator->create_measure($generator->create_goal(
            $generator->create_strategy($org, ['usermodified' => 0]),
            ['usermodified' => 0]
        ), ['title' => 'Dienstplan & "App"', 'ownerid' => $owner->id, 'usermodified' => $rater->id]);
        $generator->create_rating($measure, 'time', 'amber', ['userid' => $rater->id, 'ratingcomment' => 'knapp']);
        $generator->create_rating($measure, 'time', 'red', ['userid' => $rater->id, 'countermeasure' => 'Mehr Zeit']);
        return [$measure, $owner, $rater];
    }

    public function test_owners_and_raters_are_found_and_their_board_data_exported(): void {
        [, $owner, $rater] = $this->data();
        $system = \context_system::instance();
        $this->assertEquals([$system->id], provider::get_contexts_for_userid((int) $owner->id)->get_contextids());
        $userlist = new userlist($system, 'local_digitalstrategy');
        provider::get_users_in_context($userlist);
        $this->assertEqualsCanonicalizing([$owner->id, $rater->id], array_intersect(
            $userlist->get_userids(),
            [$owner->id, $rater->id]
        ));

        provider::export_user_data(new approved_contextlist($rater, 'local_digitalstrategy', [$system->id]));
        $writer = writer::with_context($system);
        $ratings = $writer->get_data([get_string('pluginname', 'local_digitalstrategy'), 'Ampel ratings'])->ratings;
        $this->assertSame(
            [['', 'amber', 'knapp'], ['amber', 'red', '']],
            array_map(fn($r) => [$r['previous'], $r['rating'], $r['comment']], $ratings)
        );
        $measures = $writer->get_data([get_string('pluginname', 'local_digitalstrategy'), 'Measures'])->measures;
        $this->assertSame('Dienstplan & "App"', $measures[0]['title']);
    }

    public function test_deleting_a_user_keeps_measures_and_ratings_and_unlinks_the_user(): void {
        global $DB;
        [$measure, $owner, $rater] = $this->data();
        $system = \context_system::instance();
        provider::delete_data_for_user(new approved_contextlist($rater, 'local_digitalstrategy', [$system->id]));
        $stored = $DB->get_record('local_digitalstrategy_measure', ['id' => $measure->id]);
        $this->assertSame('Dienstplan & "App"', $stored->title);
        $this->assertEquals(0, $stored->usermodified);
        $this->assertEquals($owner->id, $stored->ownerid);
        $this->assertSame(['0', '0'], array_values($DB->get_fieldset_select(
            'local_digitalstrategy_rating',
            'userid',
            'measureid = ?',
            [$measure->id]
        )));
        $this->assertSame(2, $DB->count_records('local_digitalstrategy_rating', ['measureid' => $measure->id]));

        provider::delete_data_for_users(new approved_userlist($system, 'local_digitalstrategy', [$owner->id]));
        $this->assertEquals(0, $DB->get_field('local_digitalstrategy_measure', 'ownerid', ['id' => $measure->id]));
    }
}
