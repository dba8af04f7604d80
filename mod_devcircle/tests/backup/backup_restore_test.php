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

namespace mod_devcircle\backup;

use backup;
use backup_controller;
use backup_setting;
use mod_devcircle\instance_repository;
use mod_devcircle\tests\bbb_double;
use mod_devcircle\webinar\attendance_repository;
use mod_devcircle\webinar\meeting_service;
use mod_devcircle\webinar\recording_service;
use mod_devcircle\webinar\session;
use mod_devcircle\webinar\session_repository;
use restore_controller;
use restore_dbops;
use PHPUnit\Framework\Attributes\CoversClass;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/backup/util/includes/backup_includes.php');
require_once($CFG->dirroot . '/backup/util/includes/restore_includes.php');
require_once($CFG->dirroot . '/backup/moodle2/backup_plan_builder.class.php');
require_once($CFG->dirroot . '/backup/moodle2/restore_plan_builder.class.php');
require_once($CFG->dirroot . '/mod/devcircle/backup/moodle2/backup_devcircle_activity_task.class.php');
require_once($CFG->dirroot . '/mod/devcircle/backup/moodle2/restore_devcircle_activity_task.class.php');

/**
 * Backup and restore of a development circle: settings, sessions, attendance with user data,
 * and the recordings of the original's meetings, still listed in the restored circle.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \backup_devcircle_activity_task
 * @covers     \backup_devcircle_activity_structure_step
 * @covers     \restore_devcircle_activity_task
 * @covers     \restore_devcircle_activity_structure_step
 */
#[CoversClass(\backup_devcircle_activity_task::class)]
#[CoversClass(\backup_devcircle_activity_structure_step::class)]
#[CoversClass(\restore_devcircle_activity_task::class)]
#[CoversClass(\restore_devcircle_activity_structure_step::class)]
final class backup_restore_test extends \advanced_testcase {
    use bbb_double;

    /**
     * The attendance records.
     *
     * @return attendance_repository
     */
    private function attendance(): attendance_repository {
        return \core\di::get(attendance_repository::class);
    }

    /**
     * Backs a course up and restores it into a new course.
     *
     * @param \stdClass $course the course
     * @param bool $userdata with user data
     * @return int the new course id
     */
    private function backup_and_restore(\stdClass $course, bool $userdata): int {
        global $CFG, $USER;
        require_once($CFG->dirroot . '/backup/util/includes/backup_includes.php');
        require_once($CFG->dirroot . '/backup/util/includes/restore_includes.php');
        require_once($CFG->dirroot . '/backup/moodle2/backup_plan_builder.class.php');
        require_once($CFG->dirroot . '/backup/moodle2/restore_plan_builder.class.php');
        $CFG->backup_file_logger_level = backup::LOG_NONE;

        $bc = new backup_controller(
            backup::TYPE_1COURSE,
            $course->id,
            backup::FORMAT_MOODLE,
            backup::INTERACTIVE_NO,
            backup::MODE_IMPORT,
            $USER->id
        );
        $bc->get_plan()->get_setting('users')->set_status(backup_setting::NOT_LOCKED);
        $bc->get_plan()->get_setting('users')->set_value($userdata);
        $backupid = $bc->get_backupid();
        $bc->execute_plan();
        $bc->destroy();

        $newcourseid = restore_dbops::create_new_course($course->fullname, $course->shortname . '_2', $course->category);
        $rc = new restore_controller(
            $backupid,
            $newcourseid,
            backup::INTERACTIVE_NO,
            backup::MODE_GENERAL,
            $USER->id,
            backup::TARGET_NEW_COURSE
        );
        $rc->get_plan()->get_setting('users')->set_status(backup_setting::NOT_LOCKED);
        $rc->get_plan()->get_setting('users')->set_value($userdata);
        $this->assertTrue($rc->execute_precheck());
        $rc->execute_plan();
        $rc->destroy();
        return $newcourseid;
    }

    /**
     * A course with a circle, two sessions and attendance.
     *
     * @return array{0: \stdClass, 1: \stdClass, 2: session[], 3: \stdClass}
     */
    private function course_with_circle(): array {
        $this->resetAfterTest();
        $this->setAdminUser();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', [
            'course' => $course->id, 'name' => 'Verwaltung 4.0', 'record' => 0, 'waitformoderator' => 0, 'muteonstart' => 1,
            'welcome' => 'Willkommen!', 'lockcam' => 1, 'lockpublicchat' => 1, 'openmode' => 'embed', 'completionattended' => 2,
        ]);
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_devcircle');
        $sessions = [
            $generator->create_session(['devcircle' => $circle->id, 'title' => 'Auftakt', 'agenda' => '<p>Ziele</p>',
                'timestart' => 1900000000, 'duration' => 5400]),
            $generator->create_session(['devcircle' => $circle->id, 'title' => 'Rückblick', 'timestart' => 1900600000]),
        ];
        $student = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $this->attendance()->record_join($sessions[0], $student->id, attendance_repository::ROLE_VIEWER, 1800000000);
        $this->attendance()->record_join($sessions[1], $student->id, attendance_repository::ROLE_VIEWER, 1800000500);
        return [$course, $circle, $sessions, $student];
    }

    public function test_round_trip_keeps_settings_sessions_and_attendance_with_new_meeting_ids(): void {
        global $DB;
        [$course, $circle, $sessions, $student] = $this->course_with_circle();

        $newcourseid = $this->backup_and_restore($course, true);

        $restored = $DB->get_record('devcircle', ['course' => $newcourseid], '*', MUST_EXIST);
        foreach (
            ['name', 'record', 'waitformoderator', 'muteonstart', 'welcome', 'lockcam', 'lockmic', 'lockpublicchat',
                'openmode', 'completionattended'] as $field
        ) {
            $this->assertEquals(
                $circle->$field ?? $DB->get_field('devcircle', $field, ['id' => $circle->id]),
                $restored->$field,
                $field
            );
        }
        $copies = array_values(\core\di::get(session_repository::class)->list_for_circle((int) $restored->id));
        $this->assertSame(['Auftakt', 'Rückblick'], array_map(fn($s) => $s->get_title(), $copies));
        $this->assertSame('<p>Ziele</p>', $copies[0]->get_agenda());
        $this->assertSame(1900000000, $copies[0]->get_timestart());
        $this->assertSame(5400, $copies[0]->get_duration());
        $this->assertSame(session::meeting_id_for((int) $restored->id, $copies[0]->get_id()), $copies[0]->get_meetingid());
        $this->assertNotSame($sessions[0]->get_meetingid(), $copies[0]->get_meetingid());
        $this->assertSame(2, $this->attendance()->count_sessions_attended((int) $restored->id, (int) $student->id));
        $this->assertSame(2, $DB->count_records('event', ['modulename' => 'devcircle', 'instance' => $restored->id,
            'eventtype' => 'session']));
        // The original is untouched.
        $this->assertSame(2, $this->attendance()->count_sessions_attended((int) $circle->id, (int) $student->id));
    }

    public function test_without_user_data_sessions_come_without_attendance(): void {
        global $DB;
        [$course] = $this->course_with_circle();

        $newcourseid = $this->backup_and_restore($course, false);

        $restored = $DB->get_record('devcircle', ['course' => $newcourseid], '*', MUST_EXIST);
        $this->assertSame(2, $DB->count_records(session::TABLE, ['devcircle' => $restored->id]));
        $this->assertSame(0, $DB->count_records_sql('SELECT COUNT(1) FROM {devcircle_attendance} a
            JOIN {devcircle_sessions} s ON s.id = a.sessionid WHERE s.devcircle = ?', [$restored->id]));
    }

    public function test_duplicating_the_activity_gives_its_own_meetings(): void {
        global $DB;
        [$course, $circle, $sessions] = $this->course_with_circle();
        $cm = get_coursemodule_from_id('devcircle', $circle->cmid);

        $newcm = duplicate_module($course, $cm);

        $copies = $DB->get_records(session::TABLE, ['devcircle' => $newcm->instance], 'timestart');
        $this->assertCount(2, $copies);
        $meetingids = array_column($copies, 'meetingid');
        $this->assertNotContains($sessions[0]->get_meetingid(), $meetingids);
        $this->assertNotContains($sessions[1]->get_meetingid(), $meetingids);
    }

    public function test_a_restored_circle_still_lists_the_recordings_of_the_original(): void {
        $this->resetAfterTest();
        $this->use_bbb_double();
        $this->setAdminUser();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id, 'waitformoderator' => 0]);
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_devcircle');
        $held = $generator->create_session(['devcircle' => $circle->id, 'title' => 'Auftakt']);
        $generator->create_session(['devcircle' => $circle->id, 'title' => 'Nie begonnen']);
        $instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        \core\di::get(meeting_service::class)->join($instance, $held, get_admin());
        $recordid = $this->bbb_add_recording($held->get_meetingid(), ['name' => 'Auftakt (Aufzeichnung)'])['recording']['recordID'];

        // Restored twice: the copy of the copy still lists the recording.
        $firstcopy = $this->backup_and_restore($course, false);
        $copy = $this->backup_and_restore(get_course($firstcopy), false);

        $restored = \core\di::get(instance_repository::class)->get_by_id(
            (int) \core\di::get(instance_repository::class)->ids_in_course($copy)[0]
        );
        $sessions = \core\di::get(session_repository::class)->list_for_circle($restored->get_instance_id());
        $bytitle = array_column(
            array_map(fn(session $s) => ['title' => $s->get_title(), 'session' => $s], $sessions),
            'session',
            'title'
        );
        $recordings = \core\di::get(recording_service::class)->for_sessions($restored, $sessions, true);

        $this->assertSame([$recordid], array_map(fn($r) => $r->recordid, $recordings[$bytitle['Auftakt']->get_id()]));
        $this->assertSame([], $recordings[$bytitle['Nie begonnen']->get_id()]);
        $this->assertTrue(recording_service::is_inherited($bytitle['Auftakt'], $recordings[$bytitle['Auftakt']->get_id()][0]));
        $this->assertNotNull(\core\di::get(recording_service::class)->find($bytitle['Auftakt'], $recordid), 'it can be played');
        // It is managed where it was made: the copy may not delete the original's recording.
        try {
            \core\di::get(recording_service::class)->apply($bytitle['Auftakt'], $recordid, recording_service::ACTION_DELETE);
            $this->fail('the restored circle must not delete the original\'s recording');
        } catch (\moodle_exception $e) {
            $this->assertSame('recordinginherited', $e->errorcode);
        }
        $original = \core\di::get(recording_service::class)->for_sessions($instance, [$this->reload($held)], true);
        $this->assertCount(1, $original[$held->get_id()]);
        $this->assertFalse(recording_service::is_inherited($this->reload($held), $original[$held->get_id()][0]));
    }

    /**
     * A session as it is stored now.
     *
     * @param session $session the session
     * @return session
     */
    private function reload(session $session): session {
        return \core\di::get(session_repository::class)->get_by_id($session->get_id());
    }
}
