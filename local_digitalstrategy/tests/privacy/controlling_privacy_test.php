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
use local_digitalstrategy\local\controlling\manual_value_service;
use local_digitalstrategy\local\controlling\process_rating_service;

/**
 * Privacy of project controlling: the values a user entered (with their evidence files), the
 * process ratings they gave and the indicators they changed are found and exported; deleting the
 * user keeps the programme's figures and files and removes every link to the person.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\privacy\provider
 */
#[\PHPUnit\Framework\Attributes\CoversClass(provider::class)]
final class controlling_privacy_test extends \core_privacy\tests\provider_testcase {
    /**
     * A value with evidence entered by one user, a process rated by another, an indicator changed by a third.
     *
     * @return array{0: \stdClass, 1: \stdClass, 2: \stdClass, 3: int} the three users and the value's id
     */
    private function data(): array {
        global $USER;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 6);
        $this->mock_clock_with_frozen($programme->period(2)->start + DAYSECS);
        [$enterer, $rater, $editor] = [$this->getDataGenerator()->create_user(), $this->getDataGenerator()->create_user(),
            $this->getDataGenerator()->create_user()];
        $indicator = $generator->create_indicator(['name' => 'Leser & "Abos"']);
        $this->setUser($enterer);
        $draft = file_get_unused_draft_itemid();
        get_file_storage()->create_file_from_string(['contextid' => \context_user::instance($USER->id)->id,
            'component' => 'user', 'filearea' => 'draft', 'itemid' => $draft, 'filepath' => '/', 'filename' => 'liste.pdf',
            'userid' => $enterer->id, 'author' => 'Eva Eintrag'], '%PDF');
        $valueid = \core\di::get(manual_value_service::class)->add(
            $indicator,
            2,
            '12',
            'gezählt & geprüft',
            $draft,
            (int) $enterer->id
        );
        $this->setAdminUser();
        \core\di::get(process_rating_service::class)->rate(
            'circles',
            2,
            ['quality' => 'green', 'cost' => 'red'],
            'Honorare',
            (int) $rater->id
        );
        \core\di::get(\local_digitalstrategy\local\controlling\indicator_repository::class)->update(
            (object) ['id' => $indicator->id, 'tolerance' => 1],
            (int) $editor->id
        );
        return [$enterer, $rater, $editor, $valueid];
    }

    public function test_those_who_entered_rated_or_changed_are_found_and_their_data_exported_with_the_evidence(): void {
        [$enterer, $rater, $editor, $valueid] = $this->data();
        $system = \context_system::instance();
        foreach ([$enterer, $rater, $editor] as $user) {
            $this->assertEquals([$system->id], provider::get_contexts_for_userid((int) $user->id)->get_contextids());
        }
        $userlist = new userlist($system, 'local_digitalstrategy');
        provider::get_users_in_context($userlist);
        $this->assertEqualsCanonicalizing([$enterer->id, $rater->id, $editor->id], array_intersect(
            $userlist->get_userids(),
            [$enterer->id, $rater->id, $editor->id]
        ));

        $base = get_string('pluginname', 'local_digitalstrategy');
        provider::export_user_data(new approved_contextlist($enterer, 'local_digitalstrategy', [$system->id]));
        $writer = writer::with_context($system);
        $value = $writer->get_data([$base, 'Indicator values entered', (string) $valueid]);
        $this->assertSame('Leser & "Abos"', $value->indicator);
        $this->assertSame('Half-year 2 of 2018', $value->period);
        $this->assertSame(12.0, $value->value);
        $this->assertSame('gezählt & geprüft', $value->comment);
        $files = $writer->get_files([$base, 'Indicator values entered', (string) $valueid]);
        $this->assertSame(['liste.pdf'], array_keys($files));

        writer::reset();
        provider::export_user_data(new approved_contextlist($rater, 'local_digitalstrategy', [$system->id]));
        $ratings = writer::with_context($system)->get_data([$base, 'Process ratings'])->ratings;
        $this->assertSame(
            ['process' => 'Development circles', 'period' => 'Half-year 2 of 2018', 'quality' => 'Green',
            'cost' => 'Red', 'staff' => 'Not rated', 'timeliness' => 'Not rated', 'note' => 'Honorare'],
            array_diff_key($ratings[0], ['timecreated' => 1])
        );

        writer::reset();
        provider::export_user_data(new approved_contextlist($editor, 'local_digitalstrategy', [$system->id]));
        $indicators = writer::with_context($system)->get_data([$base, 'Indicators changed'])->indicators;
        $this->assertSame('Leser & "Abos"', $indicators[0]['indicator']);
    }

    public function test_deleting_a_user_keeps_values_files_and_ratings_and_removes_the_link_to_the_person(): void {
        global $DB;
        [$enterer, $rater, $editor, $valueid] = $this->data();
        $system = \context_system::instance();

        provider::delete_data_for_user(new approved_contextlist($enterer, 'local_digitalstrategy', [$system->id]));

        $value = $DB->get_record('local_digitalstrategy_indvalue', ['id' => $valueid]);
        $this->assertEquals(0, $value->userid);
        $this->assertEquals(12, $value->value);
        $files = get_file_storage()->get_area_files($system->id, 'local_digitalstrategy', 'evidence', $valueid, 'id', false);
        $this->assertCount(1, $files);
        $file = reset($files);
        $this->assertNull($file->get_userid());
        $this->assertEmpty($file->get_author());
        $this->assertEquals($rater->id, $DB->get_field('local_digitalstrategy_procrating', 'userid', []));
        $this->assertEmpty(provider::get_contexts_for_userid((int) $enterer->id)->get_contextids());

        provider::delete_data_for_users(new approved_userlist($system, 'local_digitalstrategy', [$rater->id, $editor->id]));
        $this->assertEquals(0, $DB->get_field('local_digitalstrategy_procrating', 'userid', []));
        $this->assertSame('Honorare', $DB->get_field('local_digitalstrategy_procrating', 'note', []));
        $this->assertSame(0, $DB->count_records('local_digitalstrategy_indicator', ['usermodified' => $editor->id]));
    }
}
