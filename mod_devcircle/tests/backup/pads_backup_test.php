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

use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\CoversMethod;
use backup;
use backup_controller;
use backup_setting;
use mod_devcircle\pads\pad;
use mod_devcircle\pads\pad_repository;
use mod_devcircle\pads\pad_service;
use mod_devcircle\pads\pad_snapshot;
use mod_devcircle\pads\snapshot_repository;
use mod_devcircle\pads\snapshotter;
use restore_controller;
use restore_dbops;

/**
 * Backup and restore of a circle's pads against a real Etherpad: the snapshots travel, the
 * pads are created afresh in Etherpad with their text, minutes stay linked to their session.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \backup_devcircle_activity_task
 * @covers     \mod_devcircle\backup\snapshot_pads_step
 * @covers     \backup_devcircle_activity_structure_step
 * @covers     \restore_devcircle_activity_task
 * @covers     \restore_devcircle_activity_structure_step
 * @covers     \mod_devcircle\pads\pad_service::recreate_circle
 */
#[CoversClass(\backup_devcircle_activity_task::class)]
#[CoversClass(\mod_devcircle\backup\snapshot_pads_step::class)]
#[CoversClass(\backup_devcircle_activity_structure_step::class)]
#[CoversClass(\restore_devcircle_activity_task::class)]
#[CoversClass(\restore_devcircle_activity_structure_step::class)]
#[CoversMethod(\mod_devcircle\pads\pad_service::class, 'recreate_circle')]
final class pads_backup_test extends \advanced_testcase {
    use \mod_devcircle\tests\etherpad_helper;

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
     * A circle with a circle pad (text in Etherpad, one snapshot, then more text), a method pad
     * and the minutes of a session; the writer's authorship is recorded.
     *
     * @return array{0: \stdClass, 1: \stdClass, 2: pad_service, 3: \stdClass} course, circle, service, writer
     */
    private function course_with_pads(): array {
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->require_etherpad();
        $gen = $this->getDataGenerator();
        $course = $gen->create_course(['shortname' => 'PADS']);
        $circle = $gen->create_module('devcircle', ['course' => $course->id, 'name' => 'Zirkel']);
        $writer = $gen->create_and_enrol($course, 'student');
        $session = $gen->get_plugin_generator('mod_devcircle')->create_session(['devcircle' => $circle->id, 'title' => 'Auftakt']);
        $service = \core\di::get(pad_service::class);

        $circlepad = $service->get_or_create_circle_pad((int) $circle->id, 'Zirkel');
        $service->open($circlepad, $writer, true);
        $circlepad = \core\di::get(pad_repository::class)->get($circlepad->get_id());
        $service->client()->set_text((string) $circlepad->get_pad_id(), "Gesichert vorher\n");
        $first = \core\di::get(snapshotter::class)->snapshot($circlepad, pad_snapshot::REASON_SCHEDULED);
        \core\di::get(snapshot_repository::class)->create(
            $circlepad->get_id(),
            $first->get_revision(),
            $first->get_text(),
            $first->get_html(),
            pad_snapshot::REASON_MANUAL,
            (int) $writer->id,
            [(int) $writer->id]
        );
        $service->client()->set_text((string) $circlepad->get_pad_id(), "Gesichert vorher\nStand bei der Kurssicherung\n");

        $service->create_method_pad((int) $circle->id, 'bmc', 'en', '', (int) get_admin()->id);
        $minutes = $service->get_or_create_session_minutes((int) $circle->id, $session->get_id());
        $service->ensure_remote($minutes);
        return [$course, $circle, $service, $writer];
    }

    /**
     * The restored circle of a course.
     *
     * @param int $courseid the course
     * @return \stdClass
     */
    private function restored_circle(int $courseid): \stdClass {
        global $DB;
        return $DB->get_record('devcircle', ['course' => $courseid], '*', MUST_EXIST);
    }

    public function test_round_trip_recreates_the_pads_in_etherpad_with_their_text(): void {
        global $DB;
        [$course, $circle, $service] = $this->course_with_pads();
        $original = \core\di::get(pad_repository::class)->get_circle_pad((int) $circle->id);

        $newcircle = $this->restored_circle($this->backup_and_restore($course, true));

        $pads = array_values(\core\di::get(pad_repository::class)->get_for_circle((int) $newcircle->id));
        $this->assertSame(['circle', 'method', 'minutes'], array_map(fn(pad $p) => $p->get_kind(), $pads));
        [$circlepad, $methodpad, $minutes] = $pads;
        foreach ($pads as $pad) {
            $this->assertNotNull($pad->get_pad_id(), 'created in Etherpad during the restore');
            $this->assertNotSame($original->get_pad_id(), $pad->get_pad_id());
            $this->assertNotSame($original->get_group_id(), $pad->get_group_id());
        }
        $text = $service->client()->get_text((string) $circlepad->get_pad_id());
        $this->assertStringContainsString('Stand bei der Kurssicherung', $text, 'the backup took a fresh snapshot first');
        $this->assertStringContainsString('Key partners', $service->client()->get_text((string) $methodpad->get_pad_id()));
        $this->assertSame('bmc', $methodpad->get_template());
        $newsession = $DB->get_record('devcircle_sessions', ['devcircle' => $newcircle->id], '*', MUST_EXIST);
        $this->assertSame((int) $newsession->id, $minutes->get_session_id());
        $this->assertStringContainsString('Auftakt', $minutes->get_name());

        $history = \core\di::get(snapshot_repository::class)->history($circlepad->get_id());
        $this->assertSame(['backup', 'manual', 'scheduled'], array_map(fn($s) => $s->get_reason(), $history));
        $this->assertCount(1, $history[1]->get_author_ids());
        $this->assertNotSame(0, $history[1]->get_user_id());
        // The original keeps its own pad.
        $this->assertStringContainsString(
            'Stand bei der Kurssicherung',
            $service->client()->get_text((string) $original->get_pad_id())
        );
    }

    public function test_without_user_data_the_text_travels_but_not_who_wrote_it(): void {
        [$course] = $this->course_with_pads();

        $newcircle = $this->restored_circle($this->backup_and_restore($course, false));

        $circlepad = \core\di::get(pad_repository::class)->get_circle_pad((int) $newcircle->id);
        $history = \core\di::get(snapshot_repository::class)->history($circlepad->get_id());
        $this->assertCount(3, $history);
        foreach ($history as $snapshot) {
            $this->assertSame([], $snapshot->get_author_ids());
        }
        $this->assertStringContainsString('Stand bei der Kurssicherung', $history[0]->get_text());
    }

    public function test_with_etherpad_down_backup_and_restore_keep_the_last_snapshot_for_later(): void {
        [$course, , , $writer] = $this->course_with_pads();
        [$url] = $this->require_etherpad();
        $this->allow_outgoing_requests_to(self::down_url());
        $this->use_etherpad_at(self::down_url());

        $newcircle = $this->restored_circle($this->backup_and_restore($course, true));

        $circlepad = \core\di::get(pad_repository::class)->get_circle_pad((int) $newcircle->id);
        $this->assertNull($circlepad->get_pad_id(), 'not in Etherpad yet');
        $latest = \core\di::get(snapshot_repository::class)->latest($circlepad->get_id());
        $this->assertStringContainsString('Gesichert vorher', $latest->get_text());

        // Etherpad is back: the pad is created with its text when it is first opened.
        $this->use_etherpad_at($url);
        $service = \core\di::get(pad_service::class);
        $service->open($circlepad, $writer, true);
        $circlepad = \core\di::get(pad_repository::class)->get($circlepad->get_id());
        $this->assertStringContainsString('Gesichert vorher', $service->client()->get_text((string) $circlepad->get_pad_id()));
    }
}
