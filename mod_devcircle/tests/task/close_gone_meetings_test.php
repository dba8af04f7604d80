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

namespace mod_devcircle\task;

use mod_devcircle\instance_repository;
use mod_devcircle\tests\bbb_double;
use mod_devcircle\webinar\meeting_service;
use mod_devcircle\webinar\session;
use mod_devcircle\webinar\session_repository;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The task that closes open sessions whose meeting the webinar server no longer knows (the end
 * callback did not come), against the BigBlueButton test double; it runs once at a time.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\task\close_gone_meetings
 */
#[CoversClass(close_gone_meetings::class)]
final class close_gone_meetings_test extends \advanced_testcase {
    use bbb_double;

    /** @var \stdClass the course */
    private \stdClass $course;
    /** @var \stdClass the moderator */
    private \stdClass $teacher;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->use_bbb_double();
        $this->course = $this->getDataGenerator()->create_course();
        $this->teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
    }

    /**
     * A session whose moderator started its meeting some time ago.
     *
     * @param int $minutesago when the meeting was started
     * @param bool $endedonserver whether the meeting has ended on the server since
     * @return session
     */
    private function started_session(int $minutesago, bool $endedonserver): session {
        global $DB;
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $this->course->id]);
        $session = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')->create_session(['devcircle' => $circle->id]);
        $instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $this->setUser($this->teacher);
        $this->bbb_enter(\core\di::get(meeting_service::class)->join($instance, $session, $this->teacher)['url']);
        $this->setUser(null);
        if ($endedonserver) {
            $this->bbb_control('POST', 'meetings/' . $session->get_meetingid() . '/end');
        }
        $DB->set_field(session::TABLE, 'timestarted', time() - $minutesago * MINSECS, ['id' => $session->get_id()]);
        return $session;
    }

    /**
     * Whether a session is still open.
     *
     * @param session $session the session
     * @return bool
     */
    private static function is_open(session $session): bool {
        return \core\di::get(session_repository::class)->get_by_id($session->get_id())->is_open();
    }

    /**
     * Runs the task and returns what it printed.
     *
     * @return string
     */
    private function run_task(): string {
        ob_start();
        (new close_gone_meetings())->execute();
        return ob_get_clean();
    }

    public function test_a_forgotten_meeting_is_closed_and_running_or_just_started_ones_are_left(): void {
        global $DB;
        $gone = $this->started_session(30, true);
        $running = $this->started_session(30, false);
        $juststarted = $this->started_session(0, true);
        $sink = $this->redirectEvents();

        $log = $this->run_task();

        $this->assertFalse(self::is_open($gone));
        $this->assertTrue(self::is_open($running));
        $this->assertTrue(self::is_open($juststarted), 'the server may not know a meeting started a moment ago');
        $this->assertSame(0, $DB->count_records('devcircle_attendance', ['sessionid' => $gone->get_id(), 'timeleft' => 0]));
        $ended = array_filter($sink->get_events(), fn($e) => $e instanceof \mod_devcircle\event\session_ended);
        $this->assertSame([$gone->get_id()], array_values(array_map(fn($e) => (int) $e->objectid, $ended)));
        $this->assertStringContainsString('Open sessions checked: 2, closed because their meeting is over: 1', $log);
        $this->assertStringContainsString('closed because their meeting is over: 0', $this->run_task(), 'closed once');
    }

    /**
     * Locks as on a cluster, where another process holds them: file locks conflict within one
     * process too (the database's advisory locks would be granted again to the same connection).
     *
     * @return void
     */
    private static function use_file_locks(): void {
        global $CFG;
        $CFG->lock_factory = '\\core\\lock\\file_lock_factory';
    }

    public function test_a_second_run_at_the_same_time_does_nothing(): void {
        self::use_file_locks();
        $gone = $this->started_session(30, true);
        $lock = \core\lock\lock_config::get_lock_factory('mod_devcircle')->get_lock(close_gone_meetings::LOCK, 0);
        $this->assertNotFalse($lock);

        try {
            $log = $this->run_task();
        } finally {
            $lock->release();
        }

        $this->assertStringContainsString('Another run of this task', $log);
        $this->assertTrue(self::is_open($gone));
        $this->run_task();
        $this->assertFalse(self::is_open($gone), 'the next run closes it');
    }

    public function test_a_session_being_ended_by_its_callback_is_not_ended_twice(): void {
        self::use_file_locks();
        $gone = $this->started_session(30, true);
        $lock = \core\lock\lock_config::get_lock_factory('mod_devcircle')->get_lock('session-end-' . $gone->get_id(), 0);
        $sink = $this->redirectEvents();

        try {
            $log = $this->run_task();
        } finally {
            $lock->release();
        }

        $this->assertStringContainsString('closed because their meeting is over: 0', $log);
        $this->assertCount(0, array_filter($sink->get_events(), fn($e) => $e instanceof \mod_devcircle\event\session_ended));
    }

    public function test_when_the_server_cannot_be_asked_nothing_is_closed(): void {
        $gone = $this->started_session(30, true);
        $this->bbb_fail(['mode' => 'down']);

        $log = $this->run_task();

        $this->assertTrue(self::is_open($gone));
        $this->assertStringContainsString(get_string('bbb_error_unreachable', 'mod_devcircle'), $log);
    }

    public function test_the_task_is_scheduled(): void {
        $task = \core\task\manager::get_scheduled_task(close_gone_meetings::class);

        $this->assertNotNull($task);
        $this->assertSame('*/5', $task->get_minute());
        $this->assertNotEmpty($task->get_name());
    }
}
