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

namespace mod_devcircle\external;

use core_external\external_api;
use mod_devcircle\tests\bbb_double;
use mod_devcircle\webinar\attendance_repository;
use mod_devcircle\webinar\meeting_service;
use mod_devcircle\webinar\session;
use mod_devcircle\webinar\session_repository;
use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\DataProvider;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * Tests of the webinar web services: what they return, and whom they refuse.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\external\get_sessions_status
 * @covers     \mod_devcircle\external\get_join_url
 * @covers     \mod_devcircle\external\end_session
 * @covers     \mod_devcircle\external\get_recordings
 * @covers     \mod_devcircle\external\update_recording
 * @covers     \mod_devcircle\external\lookup
 */
#[CoversClass(\mod_devcircle\external\get_sessions_status::class)]
#[CoversClass(\mod_devcircle\external\get_join_url::class)]
#[CoversClass(\mod_devcircle\external\end_session::class)]
#[CoversClass(\mod_devcircle\external\get_recordings::class)]
#[CoversClass(\mod_devcircle\external\update_recording::class)]
#[CoversClass(\mod_devcircle\external\lookup::class)]
final class webinar_services_test extends \externallib_advanced_testcase {
    use bbb_double;

    /** @var \stdClass the course */
    private \stdClass $course;
    /** @var \stdClass the circle record */
    private \stdClass $circle;
    /** @var session the session */
    private session $session;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->use_bbb_double();
        $this->course = $this->getDataGenerator()->create_course();
        $this->circle = $this->getDataGenerator()->create_module(
            'devcircle',
            ['course' => $this->course->id, 'waitformoderator' => 1]
        );
        $this->session = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')
            ->create_session(['devcircle' => $this->circle->id, 'title' => 'Auftakt']);
    }

    /**
     * Calls a web service the way the AJAX endpoint does and cleans the answer.
     *
     * @param string $class the external class
     * @param array $args its arguments
     * @return array
     */
    private function call_service(string $class, array $args): array {
        $result = $class::execute(...$args);
        return external_api::clean_returnvalue($class::execute_returns(), $result);
    }

    public function test_a_moderator_gets_a_moderator_url_and_a_participant_a_viewer_url(): void {
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');

        $this->setUser($student);
        $waiting = $this->call_service(get_join_url::class, [$this->session->get_id()]);
        $this->setUser($teacher);
        $moderator = $this->call_service(get_join_url::class, [$this->session->get_id()]);
        $this->bbb_enter($moderator['url']);
        $this->setUser($student);
        $viewer = $this->call_service(get_join_url::class, [$this->session->get_id()]);
        $this->bbb_enter($viewer['url']);

        $this->assertSame(['status' => 'waiting', 'url' => '', 'role' => 'viewer', 'openmode' => 'window'], $waiting);
        $this->assertSame('ready', $moderator['status']);
        $this->assertSame('moderator', $moderator['role']);
        $this->assertSame('viewer', $viewer['role']);
        $this->assertSame(['MODERATOR', 'VIEWER'], array_column($this->bbb_joins(), 'role'));
        $this->assertSame([(string) $teacher->id, (string) $student->id], array_column($this->bbb_joins(), 'userID'));
    }

    public function test_status_shows_the_running_meeting_and_its_participants(): void {
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($teacher);
        $this->bbb_enter($this->call_service(get_join_url::class, [$this->session->get_id()])['url']);
        $this->setUser($student);

        $status = $this->call_service(get_sessions_status::class, [$this->circle->cmid]);

        $this->assertSame('', $status['error']);
        $this->assertCount(1, $status['sessions']);
        $this->assertTrue($status['sessions'][0]['running']);
        $this->assertTrue($status['sessions'][0]['open']);
        $this->assertSame(1, $status['sessions'][0]['participants']);
        $this->assertTrue($status['sessions'][0]['known']);
    }

    public function test_status_writes_nothing_even_when_a_meeting_is_gone(): void {
        global $DB;
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->setUser($teacher);
        $this->call_service(get_join_url::class, [$this->session->get_id()]);
        // The meeting is over on the server, long after it started; its end callback never came.
        $this->bbb_control('POST', 'meetings/' . $this->session->get_meetingid() . '/end');
        $longago = time() - meeting_service::GONE_AFTER - 60;
        $DB->set_field(session::TABLE, 'timestarted', $longago, ['id' => $this->session->get_id()]);
        $writes = $DB->perf_get_writes();

        $status = $this->call_service(get_sessions_status::class, [$this->circle->cmid]);

        $this->assertSame($writes, $DB->perf_get_writes(), 'the status web service does not write');
        $this->assertTrue($status['sessions'][0]['open'], 'closing it is the task\'s job');
        $this->assertFalse($status['sessions'][0]['running']);
    }

    public function test_status_turns_a_server_outage_into_a_message(): void {
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->setUser($teacher);
        $this->call_service(get_join_url::class, [$this->session->get_id()]);
        $this->bbb_fail(['mode' => 'down']);

        $status = $this->call_service(get_sessions_status::class, [$this->circle->cmid]);

        $this->assertSame(get_string('bbb_error_unreachable', 'mod_devcircle'), $status['error']);
        $this->assertFalse($status['sessions'][0]['running']);
        $this->assertFalse($status['sessions'][0]['known'], 'the live state of the open session is unknown, not "nobody in it"');
    }

    public function test_a_hung_server_costs_the_status_its_page_budget_and_the_recordings_right_after_nothing(): void {
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->setUser($teacher);
        $this->call_service(get_join_url::class, [$this->session->get_id()]);
        $this->bbb_add_recording($this->session->get_meetingid());
        $this->bbb_fail(['mode' => 'slow', 'delayMs' => 5000]);

        $start = microtime(true);
        $status = $this->call_service(get_sessions_status::class, [$this->circle->cmid]);
        $statustime = microtime(true) - $start;
        $start = microtime(true);
        $recordings = $this->call_service(get_recordings::class, [$this->circle->cmid]);
        $recordingstime = microtime(true) - $start;

        $this->assertFalse($status['sessions'][0]['known']);
        $this->assertLessThan(2, $statustime, 'the page budget is 1 s');
        $this->assertSame('unavailable', $recordings['status']);
        $this->assertSame(get_string('bbb_error_unreachable', 'mod_devcircle'), $recordings['error']);
        $this->assertSame([], $recordings['sessions'][0]['recordings']);
        $this->assertLessThan(0.5, $recordingstime, 'the server that failed a moment ago is not asked again');
    }

    public function test_recordings_of_a_server_that_cannot_be_asked_are_unavailable_not_none(): void {
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->setUser($teacher);
        $this->call_service(get_join_url::class, [$this->session->get_id()]);
        $this->bbb_add_recording($this->session->get_meetingid());
        $this->bbb_fail(['mode' => 'down']);

        $recordings = $this->call_service(get_recordings::class, [$this->circle->cmid]);

        $this->assertSame('unavailable', $recordings['status']);
        $this->assertSame([], $recordings['sessions'][0]['recordings']);
        $this->assertSame(get_string('bbb_error_unreachable', 'mod_devcircle'), $recordings['error']);
    }

    public function test_ending_is_for_moderators_only(): void {
        global $DB;
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($teacher);
        $this->call_service(get_join_url::class, [$this->session->get_id()]);

        $this->setUser($student);
        try {
            end_session::execute($this->session->get_id());
            $this->fail('a participant must not end the session');
        } catch (\required_capability_exception $e) {
            $this->assertStringContainsString(get_string('devcircle:moderate', 'mod_devcircle'), $e->getMessage());
        }
        $this->setUser($teacher);
        $result = $this->call_service(end_session::class, [$this->session->get_id()]);

        $this->assertTrue($result['ended']);
        $this->assertSame(0, $DB->count_records(attendance_repository::TABLE, ['timeleft' => 0]));
    }

    public function test_an_ended_session_is_not_started_or_joined_again(): void {
        global $DB;
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($teacher);
        $this->call_service(get_join_url::class, [$this->session->get_id()]);
        $this->call_service(end_session::class, [$this->session->get_id()]);
        $records = $DB->count_records(attendance_repository::TABLE);
        $joinsonserver = count($this->bbb_joins());

        foreach (['moderator' => $teacher, 'participant' => $student] as $who => $user) {
            $this->setUser($user);
            try {
                get_join_url::execute($this->session->get_id());
                $this->fail("the $who must not start or join an ended session");
            } catch (\moodle_exception $e) {
                $this->assertSame('error_sessionended', $e->errorcode);
                $this->assertSame(get_string('error_sessionended', 'mod_devcircle'), $e->getMessage());
            }
        }

        $this->assertSame($records, $DB->count_records(attendance_repository::TABLE), 'no attendance after the end');
        $this->assertSame($joinsonserver, count($this->bbb_joins()), 'no new join URL was made');
        $reloaded = \core\di::get(session_repository::class)->get_by_id($this->session->get_id());
        $this->assertFalse($reloaded->is_open(), 'the session stays ended');
    }

    public function test_status_counts_the_people_who_took_part_as_soon_as_the_session_ends(): void {
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($teacher);
        $this->bbb_enter($this->call_service(get_join_url::class, [$this->session->get_id()])['url']);
        $before = $this->call_service(get_sessions_status::class, [$this->circle->cmid]);
        $this->setUser($student);
        $this->bbb_enter($this->call_service(get_join_url::class, [$this->session->get_id()])['url']);
        // The student joins twice: still one person.
        $this->call_service(get_join_url::class, [$this->session->get_id()]);
        $this->setUser($teacher);
        $this->call_service(end_session::class, [$this->session->get_id()]);

        $after = $this->call_service(get_sessions_status::class, [$this->circle->cmid]);
        $this->setUser($student);
        $asparticipant = $this->call_service(get_sessions_status::class, [$this->circle->cmid]);

        $this->assertSame(get_string('attendeecount', 'mod_devcircle', 1), $before['sessions'][0]['attendeestext']);
        $this->assertTrue($after['sessions'][0]['ended']);
        $this->assertSame(get_string('attendeecount', 'mod_devcircle', 2), $after['sessions'][0]['attendeestext']);
        $this->assertSame('', $asparticipant['sessions'][0]['attendeestext'], 'attendance is for those who may see it');
    }

    /**
     * Every web service with its arguments, for the refusal tests.
     *
     * @return array
     */
    public static function services(): array {
        return [
            'status' => [get_sessions_status::class, 'cmid'],
            'join' => [get_join_url::class, 'session'],
            'end' => [end_session::class, 'session'],
            'recordings' => [get_recordings::class, 'cmid'],
            'update recording' => [update_recording::class, 'recording'],
        ];
    }

    /**
     * Every web service with the capability a participant lacks (or is denied) and how the refusal shows.
     *
     * Without mod/devcircle:view the activity itself is hidden from the user, so Moodle's login
     * check refuses before the capability check is reached.
     *
     * @return array
     */
    public static function services_and_capabilities(): array {
        return [
            'status without view' => [get_sessions_status::class, 'cmid', 'mod/devcircle:view', \require_login_exception::class],
            'join without join' => [get_join_url::class, 'session', 'mod/devcircle:join', \required_capability_exception::class],
            'end without moderate' => [end_session::class, 'session', null, \required_capability_exception::class],
            'recordings without view' => [get_recordings::class, 'cmid', 'mod/devcircle:view', \require_login_exception::class],
            'update recording without managerecordings' => [update_recording::class, 'recording', null,
                \required_capability_exception::class],
        ];
    }

    /**
     * The arguments of a service.
     *
     * @param string $kind cmid, session or recording
     * @return array
     */
    private function args(string $kind): array {
        return match ($kind) {
            'cmid' => [(int) $this->circle->cmid],
            'session' => [$this->session->get_id()],
            'recording' => [$this->session->get_id(), 'some-record-id', 'delete'],
        };
    }

    /**
     * A user from another course is refused.
     *
     * @dataProvider services
     * @param string $class the service
     * @param string $kind its arguments
     */
    #[DataProvider('services')]
    public function test_a_user_from_another_course_is_refused(string $class, string $kind): void {
        $othercourse = $this->getDataGenerator()->create_course();
        $outsider = $this->getDataGenerator()->create_and_enrol($othercourse, 'editingteacher');
        $this->setUser($outsider);

        $this->expectException(\require_login_exception::class);
        $class::execute(...$this->args($kind));
    }

    /**
     * A user without the capability is refused.
     *
     * @dataProvider services_and_capabilities
     * @param string $class the service
     * @param string $kind its arguments
     * @param string|null $capability the capability to deny, null when participants lack it anyway
     * @param string $exception the expected refusal
     */
    #[DataProvider('services_and_capabilities')]
    public function test_a_user_without_the_capability_is_refused(
        string $class,
        string $kind,
        ?string $capability,
        string $exception
    ): void {
        global $DB;
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $context = \context_module::instance($this->circle->cmid);
        if ($capability !== null) {
            $roleid = $DB->get_field('role', 'id', ['shortname' => 'student']);
            assign_capability($capability, CAP_PROHIBIT, $roleid, $context->id, true);
        }
        $this->setUser($student);

        $this->expectException($exception);
        $class::execute(...$this->args($kind));
    }

    public function test_a_session_of_another_circle_is_not_found(): void {
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($student);

        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage(get_string('sessionnotfound', 'mod_devcircle'));
        get_join_url::execute($this->session->get_id() + 1000);
    }

    public function test_recordings_are_listed_per_session_and_managed_by_teachers(): void {
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($teacher);
        $this->call_service(get_join_url::class, [$this->session->get_id()]);
        $meetingid = $this->session->get_meetingid();
        $published = $this->bbb_add_recording($meetingid, ['name' => 'Auftakt (Aufzeichnung)'])['recording']['recordID'];
        $hidden = $this->bbb_add_recording($meetingid, ['published' => false])['recording']['recordID'];

        $forteacher = $this->call_service(get_recordings::class, [$this->circle->cmid]);
        $this->setUser($student);
        $forstudent = $this->call_service(get_recordings::class, [$this->circle->cmid]);

        $this->assertSame('ok', $forteacher['status']);
        $this->assertTrue($forteacher['canmanage']);
        $this->assertSame([$published, $hidden], array_column($forteacher['sessions'][0]['recordings'], 'recordid'));
        $this->assertFalse($forstudent['canmanage']);
        $this->assertSame([$published], array_column($forstudent['sessions'][0]['recordings'], 'recordid'));
        $this->assertSame('Auftakt (Aufzeichnung)', $forstudent['sessions'][0]['recordings'][0]['name']);
        $this->assertStringContainsString('/mod/devcircle/recording.php', $forstudent['sessions'][0]['recordings'][0]['playurl']);

        try {
            update_recording::execute($this->session->get_id(), $published, 'delete');
            $this->fail('a participant must not delete recordings');
        } catch (\required_capability_exception $e) {
            $this->assertStringContainsString(get_string('devcircle:managerecordings', 'mod_devcircle'), $e->getMessage());
        }
        $this->setUser($teacher);
        $this->call_service(update_recording::class, [$this->session->get_id(), $hidden, 'publish']);
        $this->call_service(update_recording::class, [$this->session->get_id(), $published, 'delete']);
        $after = $this->call_service(get_recordings::class, [$this->circle->cmid]);
        $this->assertSame([$hidden], array_column($after['sessions'][0]['recordings'], 'recordid'));
        $this->assertTrue($after['sessions'][0]['recordings'][0]['published']);
    }

    public function test_a_recording_of_another_circle_cannot_be_changed(): void {
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->setUser($teacher);
        $other = $this->getDataGenerator()->create_module('devcircle', ['course' => $this->course->id]);
        $othersession = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')
            ->create_session(['devcircle' => $other->id]);
        $this->call_service(get_join_url::class, [$othersession->get_id()]);
        $foreign = $this->bbb_add_recording($othersession->get_meetingid())['recording']['recordID'];

        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage(get_string('recordingnotfound', 'mod_devcircle'));
        update_recording::execute($this->session->get_id(), $foreign, 'delete');
    }

    public function test_join_turns_an_error_key_into_a_clean_exception(): void {
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->setUser($teacher);
        $this->bbb_fail(['mode' => 'error', 'messageKey' => 'maxConcurrent', 'message' => 'Limit']);

        try {
            get_join_url::execute($this->session->get_id());
            $this->fail('expected an exception');
        } catch (\moodle_exception $e) {
            $this->assertSame('bbb_error_maxconcurrent', $e->errorcode);
            $this->assertStringStartsWith(get_string('bbb_error_maxconcurrent', 'mod_devcircle'), $e->getMessage());
        }
        $this->assertNotNull(\core\di::get(session_repository::class)->get((int) $this->circle->id, $this->session->get_id()));
    }
}
