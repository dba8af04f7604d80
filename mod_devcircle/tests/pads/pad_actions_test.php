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

namespace mod_devcircle\pads;

use core\output\notification;
use mod_devcircle\instance;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The changes to pads that the pages post as forms (padaction.php): start a method pad, delete
 * it, take a snapshot, restore one — each with its capability, and Etherpad problems as
 * plain-language messages. Against a real Etherpad.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\pads\pad_actions
 */
#[CoversClass(pad_actions::class)]
final class pad_actions_test extends \advanced_testcase {
    use \mod_devcircle\tests\etherpad_helper;

    /** @var \stdClass the circle */
    private \stdClass $circle;
    /** @var \stdClass a participant (student) */
    private \stdClass $student;
    /** @var \stdClass a moderator (editing teacher) */
    private \stdClass $teacher;

    /**
     * A course with a circle, a student and a teacher; Etherpad configured.
     *
     * @return void
     */
    private function setup_circle(): void {
        $this->resetAfterTest();
        $this->require_etherpad();
        $gen = $this->getDataGenerator();
        $course = $gen->create_course();
        $this->circle = $gen->create_module('devcircle', ['course' => $course->id, 'name' => 'Dienstplan']);
        $this->student = $gen->create_and_enrol($course, 'student');
        $this->teacher = $gen->create_and_enrol($course, 'editingteacher');
    }

    /**
     * Posts an action as padaction.php does: finds the circle, then runs it for a user.
     *
     * @param string $action the action
     * @param array $params its parameters
     * @param \stdClass $user who posts it
     * @return array{url: \moodle_url, message: string, type: string, undo: int}
     */
    private function post(string $action, array $params, \stdClass $user): array {
        $this->setUser($user);
        $actions = \core\di::get(pad_actions::class);
        $instance = $actions->circle_of($action, $params);
        $this->assertInstanceOf(instance::class, $instance);
        return $actions->run($instance, $action, $params, (int) $user->id);
    }

    /**
     * The pad service.
     *
     * @return pad_service
     */
    private function service(): pad_service {
        return \core\di::get(pad_service::class);
    }

    public function test_moderators_start_method_pads_and_participants_may_not(): void {
        $this->setup_circle();

        $next = $this->post(pad_actions::CREATE, ['cmid' => $this->circle->cmid, 'template' => 'designthinking',
            'lang' => 'de', 'name' => 'Ideen für die Pflege'], $this->teacher);

        $pads = array_values(array_filter(
            \core\di::get(pad_repository::class)->get_for_circle((int) $this->circle->id),
            fn(pad $p) => $p->get_kind() === pad::KIND_METHOD
        ));
        $this->assertCount(1, $pads);
        $this->assertSame('Ideen für die Pflege', $pads[0]->get_name());
        $this->assertSame('designthinking', $pads[0]->get_template());
        $this->assertSame((int) $this->teacher->id, $pads[0]->get_user_created());
        $this->assertStringEndsWith('/mod/devcircle/pad.php', $next['url']->get_path(false));
        $this->assertSame($pads[0]->get_id(), (int) $next['url']->param('id'));

        $this->expectException(\required_capability_exception::class);
        $this->post(pad_actions::CREATE, ['cmid' => $this->circle->cmid, 'template' => 'bmc', 'lang' => 'de'], $this->student);
    }

    public function test_an_unknown_template_is_refused_with_a_message(): void {
        $this->setup_circle();

        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage(get_string('padunknowntemplate', 'mod_devcircle'));
        $this->post(pad_actions::CREATE, ['cmid' => $this->circle->cmid, 'template' => 'kanban', 'lang' => 'de'], $this->teacher);
    }

    public function test_only_method_pads_can_be_deleted_and_only_by_moderators(): void {
        $this->setup_circle();
        $circleid = (int) $this->circle->id;
        $method = $this->service()->create_method_pad($circleid, 'scrum', 'en', 'Sprint & Co', (int) $this->teacher->id);
        $circlepad = $this->service()->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan');

        try {
            $this->post(pad_actions::DELETE, ['padid' => $method->get_id()], $this->student);
            $this->fail('a participant must not delete pads');
        } catch (\required_capability_exception $e) {
            $this->assertNotNull(\core\di::get(pad_repository::class)->get($method->get_id()));
        }
        try {
            $this->post(pad_actions::DELETE, ['padid' => $circlepad->get_id()], $this->teacher);
            $this->fail('the circle pad must not be deleted');
        } catch (\moodle_exception $e) {
            $this->assertSame('padcannotdelete', $e->errorcode);
        }
        $next = $this->post(pad_actions::DELETE, ['padid' => $method->get_id()], $this->teacher);

        $this->assertNull(\core\di::get(pad_repository::class)->get($method->get_id()));
        $this->assertSame(notification::NOTIFY_SUCCESS, $next['type']);
        // Notifications show their message as HTML: the name is escaped once.
        $this->assertSame(get_string('paddeleted', 'mod_devcircle', 'Sprint &amp; Co'), $next['message']);
        $this->assertStringEndsWith('/mod/devcircle/view.php', $next['url']->get_path(false));
    }

    public function test_a_snapshot_on_request_is_taken_when_the_pad_changed(): void {
        $this->setup_circle();
        $pad = $this->service()->ensure_remote($this->service()->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan'));
        $this->service()->client()->set_text((string) $pad->get_pad_id(), "Stand heute\n");

        $taken = $this->post(pad_actions::SNAPSHOT, ['padid' => $pad->get_id()], $this->teacher);
        $unchanged = $this->post(pad_actions::SNAPSHOT, ['padid' => $pad->get_id()], $this->teacher);

        $this->assertSame(get_string('padsnapshottaken', 'mod_devcircle'), $taken['message']);
        $this->assertSame(get_string('padsnapshotunchanged', 'mod_devcircle'), $unchanged['message']);
        $latest = \core\di::get(snapshot_repository::class)->latest($pad->get_id());
        $this->assertSame(pad_snapshot::REASON_MANUAL, $latest->get_reason());
        $this->assertSame((int) $this->teacher->id, $latest->get_user_id());
        $this->assertStringEndsWith('/mod/devcircle/padhistory.php', $taken['url']->get_path(false));
        $this->expectException(\required_capability_exception::class);
        $this->post(pad_actions::SNAPSHOT, ['padid' => $pad->get_id()], $this->student);
    }

    public function test_moderators_restore_a_snapshot_and_participants_may_not(): void {
        $this->setup_circle();
        $pad = $this->service()->ensure_remote($this->service()->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan'));
        $this->service()->client()->set_text((string) $pad->get_pad_id(), "Gute Fassung\n");
        $good = \core\di::get(snapshotter::class)->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $this->service()->client()->set_text((string) $pad->get_pad_id(), "Kaputt\n");

        $next = $this->post(pad_actions::RESTORE, ['snapshotid' => $good->get_id()], $this->teacher);

        $this->assertStringContainsString('Gute Fassung', $this->service()->client()->get_text((string) $pad->get_pad_id()));
        $latest = \core\di::get(snapshot_repository::class)->latest($pad->get_id());
        $this->assertSame(pad_snapshot::REASON_RESTORE, $latest->get_reason());
        $this->assertSame((int) $this->teacher->id, $latest->get_user_id());
        $this->assertSame(notification::NOTIFY_SUCCESS, $next['type']);

        $this->expectException(\required_capability_exception::class);
        $this->post(pad_actions::RESTORE, ['snapshotid' => $good->get_id()], $this->student);
    }

    public function test_deleting_a_pad_keeps_its_last_text_and_undo_brings_the_pad_back_with_it(): void {
        $this->setup_circle();
        $circleid = (int) $this->circle->id;
        $pads = \core\di::get(pad_repository::class);
        $method = $this->service()->ensure_remote(
            $this->service()->create_method_pad($circleid, 'scrum', 'de', 'Sprint & Co', (int) $this->teacher->id)
        );
        $etherpadid = (string) $method->get_pad_id();
        // Written after the last scheduled snapshot: the deletion itself keeps it.
        $this->service()->client()->set_text($etherpadid, "Retro: weniger Meetings 🌻\n");

        $deleted = $this->post(pad_actions::DELETE, ['padid' => $method->get_id()], $this->teacher);

        $this->assertSame($method->get_id(), $deleted['undo'], 'the message offers the undo');
        $this->assertNull($pads->get($method->get_id()), 'the pad is gone from the circle');
        $this->assertArrayNotHasKey($method->get_id(), $this->service()->pads_of_circle($circleid, 'Dienstplan')[0]);
        $this->assertFalse($this->service()->client()->pad_exists($etherpadid), 'and from Etherpad');
        $kept = \core\di::get(snapshot_repository::class)->latest($method->get_id());
        $this->assertSame(pad_snapshot::REASON_DELETE, $kept->get_reason());
        $this->assertStringContainsString('weniger Meetings 🌻', $kept->get_text());
        try {
            $this->post(pad_actions::UNDELETE, ['padid' => $method->get_id()], $this->student);
            $this->fail('a participant must not undo a deletion');
        } catch (\required_capability_exception $e) {
            $this->assertNull($pads->get($method->get_id()));
        }

        $undone = $this->post(pad_actions::UNDELETE, ['padid' => $method->get_id()], $this->teacher);

        $this->assertSame(notification::NOTIFY_SUCCESS, $undone['type']);
        $this->assertSame(get_string('padundeleted', 'mod_devcircle', 'Sprint &amp; Co'), $undone['message']);
        $this->assertSame($method->get_id(), (int) $undone['url']->param('id'), 'on to the pad');
        $back = $pads->get($method->get_id());
        $this->assertSame('Sprint & Co', $back->get_name());
        $this->assertArrayHasKey($method->get_id(), $this->service()->pads_of_circle($circleid, 'Dienstplan')[0]);
        // Opened again, Etherpad has the pad back with the text of its last snapshot.
        $reopened = $this->service()->ensure_remote($back);
        $text = $this->service()->client()->get_text((string) $reopened->get_pad_id());
        $this->assertStringContainsString('weniger Meetings 🌻', $text);
        // Undo works once: the pad is in use again.
        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage(get_string('padnotfound', 'mod_devcircle'));
        $this->post(pad_actions::UNDELETE, ['padid' => $method->get_id()], $this->teacher);
    }

    public function test_deleting_the_circle_removes_deleted_pads_and_their_snapshots_too(): void {
        global $DB;
        $this->setup_circle();
        $circleid = (int) $this->circle->id;
        $method = $this->service()->create_method_pad($circleid, 'bmc', 'de', 'Canvas', (int) $this->teacher->id);
        $this->post(pad_actions::DELETE, ['padid' => $method->get_id()], $this->teacher);
        \core\di::get(snapshot_repository::class)->create($method->get_id(), 1, "Text\n", '', pad_snapshot::REASON_MANUAL, 0, []);

        $this->service()->delete_circle($circleid);

        $this->assertSame(0, $DB->count_records(pad_repository::TABLE, ['devcircle' => $circleid]));
        $this->assertSame(0, $DB->count_records(snapshot_repository::TABLE, ['pad' => $method->get_id()]));
    }

    public function test_restore_with_etherpad_down_gives_a_clean_message_and_keeps_the_snapshot(): void {
        $this->setup_circle();
        $pad = $this->service()->ensure_remote($this->service()->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan'));
        $this->service()->client()->set_text((string) $pad->get_pad_id(), "Gesichert\n");
        $good = \core\di::get(snapshotter::class)->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $this->allow_outgoing_requests_to(self::down_url());
        $this->use_etherpad_at(self::down_url());

        $next = $this->post(pad_actions::RESTORE, ['snapshotid' => $good->get_id()], $this->teacher);

        $this->assertSame(notification::NOTIFY_ERROR, $next['type']);
        $this->assertStringStartsWith(get_string('etherpad_unreachable', 'mod_devcircle'), $next['message']);
        $this->assertStringEndsWith('/mod/devcircle/padhistory.php', $next['url']->get_path(false));
        $history = \core\di::get(snapshot_repository::class)->history($pad->get_id());
        $this->assertCount(1, $history);
        $this->assertStringContainsString('Gesichert', $history[0]->get_text());
    }

    public function test_unknown_actions_and_pads_are_refused(): void {
        $this->setup_circle();
        $actions = \core\di::get(pad_actions::class);

        try {
            $actions->circle_of('rename', ['padid' => 1]);
            $this->fail('unknown action');
        } catch (\moodle_exception $e) {
            $this->assertSame('invalidrequest', $e->errorcode);
        }
        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage(get_string('padnotfound', 'mod_devcircle'));
        $actions->circle_of(pad_actions::SNAPSHOT, ['padid' => 987654]);
    }
}
