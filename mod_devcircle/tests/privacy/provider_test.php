<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\privacy;

use core_privacy\local\metadata\collection;
use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;
use core_privacy\tests\provider_testcase;
use mod_devcircle\webinar\attendance_repository;
use mod_devcircle\webinar\session;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Tests of the privacy provider of mod_devcircle: webinar attendance, sessions, BigBlueButton.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\privacy\provider
 * @covers     \mod_devcircle\privacy\webinar_privacy
 */
#[CoversClass(provider::class)]
#[CoversClass(webinar_privacy::class)]
final class provider_test extends provider_testcase {
    /** @var \stdClass[] two circles */
    private array $circles = [];
    /** @var session[] a session in each */
    private array $sessions = [];
    /** @var \stdClass[] users */
    private array $users = [];

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_devcircle');
        foreach (['anna', 'ben', 'maria'] as $name) {
            $role = $name === 'maria' ? 'editingteacher' : 'student';
            $this->users[$name] = $this->getDataGenerator()->create_and_enrol($course, $role);
        }
        $this->setUser($this->users['maria']);
        foreach ([0, 1] as $i) {
            $this->circles[$i] = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
            $this->sessions[$i] = $generator->create_session(['devcircle' => $this->circles[$i]->id, 'title' => "Sitzung $i"]);
        }
        $this->setUser(null);
        $attendance = \core\di::get(attendance_repository::class);
        $attendance->record_join($this->sessions[0], $this->users['anna']->id, attendance_repository::ROLE_VIEWER, 1000);
        $attendance->record_join($this->sessions[0], $this->users['anna']->id, attendance_repository::ROLE_VIEWER, 2000);
        $attendance->record_join($this->sessions[1], $this->users['anna']->id, attendance_repository::ROLE_VIEWER, 3000);
        $attendance->record_join($this->sessions[0], $this->users['ben']->id, attendance_repository::ROLE_VIEWER, 1500);
    }

    /**
     * The module context of a circle.
     *
     * @param int $i which circle
     * @return \context_module
     */
    private function context(int $i): \context_module {
        return \context_module::instance($this->circles[$i]->cmid);
    }

    public function test_metadata_names_the_tables_and_what_goes_to_bigbluebutton(): void {
        $items = provider::get_metadata(new collection('mod_devcircle'))->get_collection();
        $names = array_map(fn($i) => $i->get_name(), $items);

        $this->assertContains('devcircle_attendance', $names);
        $this->assertContains('devcircle_sessions', $names);
        $this->assertContains('bigbluebutton', $names);
        foreach ($items as $item) {
            if ($item->get_name() === 'bigbluebutton') {
                $this->assertSame(['userid', 'fullname'], array_keys($item->get_privacy_fields()));
            }
            $this->assertTrue(get_string_manager()->string_exists($item->get_summary(), 'mod_devcircle'));
            foreach ($item->get_privacy_fields() as $field) {
                $this->assertTrue(get_string_manager()->string_exists($field, 'mod_devcircle'), $field);
            }
        }
    }

    public function test_contexts_and_users_are_found(): void {
        $anna = provider::get_contexts_for_userid($this->users['anna']->id)->get_contextids();
        $maria = provider::get_contexts_for_userid($this->users['maria']->id)->get_contextids();
        $userlist = new userlist($this->context(0), 'mod_devcircle');
        provider::get_users_in_context($userlist);

        $this->assertEqualsCanonicalizing([$this->context(0)->id, $this->context(1)->id], $anna);
        $this->assertEqualsCanonicalizing([$this->context(0)->id, $this->context(1)->id], $maria);
        $this->assertEqualsCanonicalizing(
            [$this->users['anna']->id, $this->users['ben']->id, $this->users['maria']->id],
            $userlist->get_userids()
        );
    }

    public function test_export_contains_the_users_attendance_only(): void {
        $this->export_context_data_for_user($this->users['anna']->id, $this->context(0), 'mod_devcircle');

        $writer = writer::with_context($this->context(0));
        $this->assertTrue($writer->has_any_data());
        $data = $writer->get_data([get_string('privacy:path:webinars', 'mod_devcircle')]);
        $this->assertCount(2, $data->attendance);
        $this->assertSame('Sitzung 0', $data->attendance[0]->session);
        $this->assertSame(get_string('role_viewer', 'mod_devcircle'), $data->attendance[0]->role);
        $this->assertSame([], $data->sessionschanged);
    }

    public function test_delete_for_one_user_leaves_the_others(): void {
        global $DB;
        $contextlist = new approved_contextlist($this->users['anna'], 'mod_devcircle', [$this->context(0)->id]);

        provider::delete_data_for_user($contextlist);

        $this->assertSame(0, $DB->count_records(attendance_repository::TABLE, ['userid' => $this->users['anna']->id,
            'sessionid' => $this->sessions[0]->get_id()]));
        $this->assertSame(1, $DB->count_records(attendance_repository::TABLE, ['userid' => $this->users['anna']->id]));
        $this->assertSame(1, $DB->count_records(attendance_repository::TABLE, ['userid' => $this->users['ben']->id]));
    }

    public function test_delete_for_users_and_for_everyone_in_a_circle(): void {
        global $DB;
        provider::delete_data_for_users(new approved_userlist(
            $this->context(0),
            'mod_devcircle',
            [$this->users['ben']->id, $this->users['maria']->id]
        ));
        $this->assertSame(0, $DB->count_records(attendance_repository::TABLE, ['userid' => $this->users['ben']->id]));
        $this->assertSame(0, (int) $DB->get_field(session::TABLE, 'usermodified', ['id' => $this->sessions[0]->get_id()]));
        $this->assertEquals(
            $this->users['maria']->id,
            $DB->get_field(session::TABLE, 'usermodified', ['id' => $this->sessions[1]->get_id()])
        );

        provider::delete_data_for_all_users_in_context($this->context(0));

        $this->assertSame(0, $DB->count_records(attendance_repository::TABLE, ['sessionid' => $this->sessions[0]->get_id()]));
        $this->assertSame(1, $DB->count_records(attendance_repository::TABLE, ['sessionid' => $this->sessions[1]->get_id()]));
        $this->assertTrue($DB->record_exists(session::TABLE, ['id' => $this->sessions[0]->get_id()]));
    }
}
