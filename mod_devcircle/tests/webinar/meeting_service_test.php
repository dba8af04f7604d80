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

namespace mod_devcircle\webinar;

use mod_devcircle\event;
use mod_devcircle\instance;
use mod_devcircle\instance_repository;
use mod_devcircle\local\bbb\bbb_exception;
use mod_devcircle\tests\bbb_double;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Tests of a session's meeting against the BigBlueButton API test double.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\webinar\meeting_service
 * @covers     \mod_devcircle\webinar\session_manager
 * @covers     \mod_devcircle\webinar\session_repository
 * @covers     \mod_devcircle\webinar\attendance_repository
 * @covers     \mod_devcircle\webinar\session
 * @covers     \mod_devcircle\instance
 */
#[CoversClass(meeting_service::class)]
#[CoversClass(session_manager::class)]
#[CoversClass(session_repository::class)]
#[CoversClass(attendance_repository::class)]
#[CoversClass(session::class)]
#[CoversClass(instance::class)]
final class meeting_service_test extends \advanced_testcase {
    use bbb_double;

    /** @var \stdClass the course */
    private \stdClass $course;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->use_bbb_double();
        $this->course = $this->getDataGenerator()->create_course();
    }

    /**
     * The meeting service, as pages get it.
     *
     * @return meeting_service
     */
    private function meetings(): meeting_service {
        return \core\di::get(meeting_service::class);
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

    /**
     * The attendance records.
     *
     * @return attendance_repository
     */
    private function attendance(): attendance_repository {
        return \core\di::get(attendance_repository::class);
    }

    /**
     * A circle with one session.
     *
     * @param array $settings circle settings
     * @return array{0: instance, 1: session}
     */
    private function circle(array $settings = []): array {
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $this->course->id] + $settings);
        $session = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')
            ->create_session(['devcircle' => $circle->id, 'title' => 'Auftakt']);
        return [\core\di::get(instance_repository::class)->get_by_id($circle->id), $session];
    }

    public function test_meeting_ids_are_deterministic_unguessable_and_unique(): void {
        [$instance, $session] = $this->circle();
        [, $other] = $this->circle();

        $this->assertSame(session::meeting_id_for($instance->get_instance_id(), $session->get_id()), $session->get_meetingid());
        $this->assertMatchesRegularExpression('/^[0-9a-f]{64}$/', $session->get_meetingid());
        $this->assertNotSame($session->get_meetingid(), $other->get_meetingid());
        $this->assertStringNotContainsString((string) $session->get_id(), substr($session->get_meetingid(), 0, 8));
    }

    public function test_a_moderator_starts_the_meeting_with_the_circles_settings_and_joins_as_moderator(): void {
        [$instance, $session] = $this->circle(['record' => 1, 'muteonstart' => 1, 'welcome' => 'Willkommen im Zirkel',
            'lockcam' => 1, 'lockpublicchat' => 1]);
        $teacher = $this->getDataGenerator()->create_and_enrol(
            $this->course,
            'editingteacher',
            ['firstname' => 'Maria', 'lastname' => 'Moderatorin']
        );
        $this->setUser($teacher);
        $sink = $this->redirectEvents();

        $result = $this->meetings()->join($instance, $session, $teacher);

        $this->assertSame(meeting_service::JOIN_READY, $result['status']);
        $this->assertSame(attendance_repository::ROLE_MODERATOR, $result['role']);
        $this->bbb_open($result['url']);
        $joins = $this->bbb_joins();
        $this->assertSame('MODERATOR', $joins[0]['role']);
        $this->assertSame('Maria Moderatorin', $joins[0]['fullName']);
        $this->assertSame((string) $teacher->id, $joins[0]['userID']);
        $meetings = $this->bbb_control('GET', 'state')['meetings'];
        $this->assertSame($session->get_meetingid(), $meetings[0]['meetingID']);
        $params = $meetings[0]['params'];
        $this->assertSame('true', $params['record']);
        $this->assertSame('true', $params['muteOnStart']);
        $this->assertSame('Willkommen im Zirkel', $params['welcome']);
        $this->assertSame('true', $params['lockSettingsDisableCam']);
        $this->assertSame('false', $params['lockSettingsDisableMic']);
        $this->assertSame('true', $params['lockSettingsDisablePublicChat']);
        $meta = $meetings[0]['metadata'];
        $this->assertSame('Moodle', $meta['bbb-origin']);
        $this->assertSame((string) $session->get_id(), $meta['devcircle-session']);
        $this->assertSame(meeting_service::site_tag(), $meta['devcircle-site']);
        $this->assertStringContainsString('/mod/devcircle/callback.php?action=end', $meta['endcallbackurl']);
        $this->assertStringContainsString('/mod/devcircle/callback.php?action=recordingready', $meta['bbb-recording-ready-url']);
        $events = array_map(fn($e) => get_class($e), $sink->get_events());
        $this->assertContains(event\session_started::class, $events);
        $this->assertContains(event\session_joined::class, $events);
        $this->assertTrue($this->reload($session)->is_open());
    }

    public function test_starting_twice_creates_the_meeting_once(): void {
        global $DB;
        [$instance, $session] = $this->circle();
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->setUser($teacher);

        $this->meetings()->join($instance, $session, $teacher);
        $this->meetings()->join($instance, $this->reload($session), $teacher);

        $state = $this->bbb_control('GET', 'state');
        $this->assertCount(1, $state['meetings']);
        $creates = array_filter($this->bbb_calls(), fn($c) => $c['call'] === 'create');
        $this->assertCount(2, $creates);
        $this->assertSame(2, $DB->count_records(attendance_repository::TABLE, ['sessionid' => $session->get_id()]));
    }

    public function test_a_participant_waits_for_the_moderator_then_joins_as_viewer(): void {
        [$instance, $session] = $this->circle(['waitformoderator' => 1]);
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student', ['firstname' => 'Anna']);
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->setUser($student);

        $waiting = $this->meetings()->join($instance, $session, $student);

        $this->assertSame(meeting_service::JOIN_WAITING, $waiting['status']);
        $this->assertSame('', $waiting['url']);
        $this->assertSame(0, $this->attendance()->count_sessions_attended($instance->get_instance_id(), $student->id));

        $this->setUser($teacher);
        $moderator = $this->meetings()->join($instance, $session, $teacher);
        $this->bbb_enter($moderator['url']); // The moderator enters the client: the meeting runs.
        $this->setUser($student);
        $ready = $this->meetings()->join($instance, $this->reload($session), $student);

        $this->assertSame(meeting_service::JOIN_READY, $ready['status']);
        $this->assertSame(attendance_repository::ROLE_VIEWER, $ready['role']);
        $this->bbb_open($ready['url']);
        $joins = $this->bbb_joins();
        $this->assertSame(['MODERATOR', 'VIEWER'], array_column($joins, 'role'));
        $this->assertSame(1, $this->attendance()->count_sessions_attended($instance->get_instance_id(), $student->id));
    }

    public function test_without_waiting_a_participant_opens_the_meeting_as_viewer(): void {
        [$instance, $session] = $this->circle(['waitformoderator' => 0]);
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($student);

        $result = $this->meetings()->join($instance, $session, $student);

        $this->assertSame(meeting_service::JOIN_READY, $result['status']);
        $this->assertSame(attendance_repository::ROLE_VIEWER, $result['role']);
        $this->bbb_open($result['url']);
        $this->assertSame('VIEWER', $this->bbb_joins()[0]['role']);
    }

    public function test_the_role_follows_the_moderate_capability(): void {
        [$instance, $session] = $this->circle(['waitformoderator' => 0]);
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $roleid = $this->getDataGenerator()->create_role();
        assign_capability('mod/devcircle:moderate', CAP_ALLOW, $roleid, $instance->get_context()->id);
        role_assign($roleid, $student->id, $instance->get_context()->id);
        $this->setUser($student);

        $result = $this->meetings()->join($instance, $session, $student);

        $this->assertSame(attendance_repository::ROLE_MODERATOR, $result['role']);
    }

    public function test_ending_closes_attendance_once_and_triggers_session_ended(): void {
        global $DB;
        [$instance, $session] = $this->circle(['waitformoderator' => 0]);
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($student);
        $this->meetings()->join($instance, $session, $student);
        $this->setUser($teacher);
        $this->meetings()->join($instance, $this->reload($session), $teacher);
        $sink = $this->redirectEvents();

        $ended = $this->meetings()->end($instance, $this->reload($session));
        $again = \core\di::get(session_manager::class)->mark_ended($instance, $this->reload($session));

        $this->assertTrue($ended);
        $this->assertFalse($again);
        $this->assertNull(self::bbb_client()->get_meeting_info($session->get_meetingid()));
        $open = $DB->count_records(attendance_repository::TABLE, ['sessionid' => $session->get_id(), 'timeleft' => 0]);
        $this->assertSame(0, $open);
        $this->assertSame(2, $DB->count_records(attendance_repository::TABLE, ['sessionid' => $session->get_id()]));
        $ends = array_values(array_filter($sink->get_events(), fn($e) => $e instanceof event\session_ended));
        $this->assertCount(1, $ends);
        $this->assertEquals($session->get_id(), $ends[0]->objectid);
        $this->assertEquals($instance->get_instance_id(), $ends[0]->other['circleid']);
        $this->assertFalse($this->reload($session)->is_open());
    }

    public function test_status_reports_running_and_participants_of_open_sessions_only(): void {
        [$instance, $session] = $this->circle();
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->assertSame(
            ['running' => false, 'participants' => 0, 'moderators' => 0],
            $this->meetings()->status($session)
        );
        $this->assertSame([], $this->bbb_calls());

        $this->setUser($teacher);
        $this->meetings()->join($instance, $session, $teacher);
        $this->bbb_start_meeting($session->get_meetingid());
        $this->bbb_control('POST', 'meetings/' . $session->get_meetingid() . '/participants', [['fullName' => 'Ben']]);

        $status = $this->meetings()->status($this->reload($session));

        $this->assertTrue($status['running']);
        $this->assertSame(2, $status['participants']);
    }

    public function test_the_status_of_a_meeting_the_server_forgot_changes_nothing(): void {
        global $DB;
        [$instance, $session] = $this->circle(['waitformoderator' => 0]);
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($student);
        $this->meetings()->join($instance, $session, $student);
        // The meeting ends on the server; its end callback cannot reach this test site.
        $this->bbb_control('POST', 'meetings/' . $session->get_meetingid() . '/end');
        $DB->set_field(session::TABLE, 'timestarted', time() - meeting_service::GONE_AFTER - 10, ['id' => $session->get_id()]);
        $writes = $DB->perf_get_writes();

        $status = $this->meetings()->status($this->reload($session));

        $this->assertFalse($status['running']);
        $this->assertSame($writes, $DB->perf_get_writes(), 'asking for the status writes nothing');
        $this->assertTrue($this->reload($session)->is_open());
    }

    public function test_a_meeting_the_server_forgot_is_closed_once_it_has_had_time_to_start(): void {
        global $DB;
        [$instance, $session] = $this->circle(['waitformoderator' => 0]);
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($student);
        $this->meetings()->join($instance, $session, $student);
        // The meeting ends on the server; its end callback cannot reach this test site.
        $this->bbb_control('POST', 'meetings/' . $session->get_meetingid() . '/end');

        $fresh = $this->meetings()->close_if_gone($instance, $this->reload($session));
        $this->assertFalse($fresh, 'just started: not yet taken as over');
        $this->assertTrue($this->reload($session)->is_open());
        $DB->set_field(session::TABLE, 'timestarted', time() - meeting_service::GONE_AFTER - 10, ['id' => $session->get_id()]);
        $sink = $this->redirectEvents();
        $later = $this->meetings()->close_if_gone($instance, $this->reload($session));

        $this->assertTrue($later);
        $this->assertFalse($this->reload($session)->is_open());
        $this->assertSame(0, $DB->count_records(attendance_repository::TABLE, ['timeleft' => 0]));
        $this->assertCount(1, array_filter($sink->get_events(), fn($e) => $e instanceof event\session_ended));
        $this->assertFalse($this->meetings()->close_if_gone($instance, $this->reload($session)), 'closed once');
    }

    public function test_a_running_meeting_is_not_closed(): void {
        global $DB;
        [$instance, $session] = $this->circle();
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->setUser($teacher);
        $this->bbb_enter($this->meetings()->join($instance, $session, $teacher)['url']);
        $DB->set_field(session::TABLE, 'timestarted', time() - HOURSECS, ['id' => $session->get_id()]);

        $this->assertFalse($this->meetings()->close_if_gone($instance, $this->reload($session)));
        $this->assertTrue($this->reload($session)->is_open());
    }

    public function test_a_server_error_while_joining_keeps_the_session_and_records_no_attendance(): void {
        global $DB;
        [$instance, $session] = $this->circle();
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->setUser($teacher);
        $this->bbb_fail(['mode' => 'error', 'messageKey' => 'maxConcurrent', 'message' => 'Too many']);

        try {
            $this->meetings()->join($instance, $session, $teacher);
            $this->fail('expected an exception');
        } catch (bbb_exception $e) {
            $this->assertSame(bbb_exception::MAX_CONCURRENT, $e->errorcode);
        }
        $this->assertTrue($DB->record_exists(session::TABLE, ['id' => $session->get_id()]));
        $this->assertSame(0, $DB->count_records(attendance_repository::TABLE));
        $this->assertFalse($this->reload($session)->is_open());
    }

    public function test_attending_the_required_number_of_sessions_completes_the_activity(): void {
        global $CFG;
        require_once($CFG->libdir . '/completionlib.php');
        $CFG->enablecompletion = 1;
        $course = $this->getDataGenerator()->create_course(['enablecompletion' => 1]);
        $circle = $this->getDataGenerator()->create_module(
            'devcircle',
            ['course' => $course->id, 'waitformoderator' => 0, 'completionattended' => 2],
            ['completion' => COMPLETION_TRACKING_AUTOMATIC]
        );
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_devcircle');
        $first = $generator->create_session(['devcircle' => $circle->id]);
        $second = $generator->create_session(['devcircle' => $circle->id]);
        $instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $student = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $this->setUser($student);
        $completion = new \completion_info($course);
        $cm = get_fast_modinfo($course)->get_cm($circle->cmid);

        $this->meetings()->join($instance, $first, $student);
        $this->meetings()->join($instance, $first, $student);
        $this->assertEquals(COMPLETION_INCOMPLETE, $completion->get_data($cm, false, $student->id)->completionstate);
        $this->meetings()->join($instance, $second, $student);

        $this->assertEquals(COMPLETION_COMPLETE, $completion->get_data($cm, false, $student->id)->completionstate);
    }
}
