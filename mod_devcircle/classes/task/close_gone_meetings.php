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
use mod_devcircle\local\bbb\bbb_exception;
use mod_devcircle\webinar\meeting_service;
use mod_devcircle\webinar\session_repository;

/**
 * Closes open sessions whose meeting the webinar server no longer knows: the meeting has ended
 * even if its end callback never reached Moodle (BigBlueButton forgets meetings after their
 * end). Closing records the end, closes the attendance records and copies the circle's pads.
 *
 * Runs once at a time on a cluster: besides the cron lock of scheduled tasks it takes a lock
 * of its own, so that a run started by hand does not overlap one started by cron; each session
 * is ended under its own lock, so the moderator's end or the server's callback arriving at the
 * same time end it once. When the server cannot be asked the task stops and tries again later.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class close_gone_meetings extends \core\task\scheduled_task {
    /** @var string the name of the task's own lock */
    public const LOCK = 'close-gone-meetings';

    /**
     * The name shown to admins.
     *
     * @return string
     */
    public function get_name(): string {
        return get_string('taskclosegonemeetings', 'mod_devcircle');
    }

    /**
     * Closes the sessions.
     *
     * @return void
     */
    public function execute(): void {
        $lock = \core\lock\lock_config::get_lock_factory('mod_devcircle')->get_lock(self::LOCK, 0);
        if (!$lock) {
            mtrace('Another run of this task is closing forgotten meetings: nothing to do.');
            return;
        }
        try {
            $this->close();
        } finally {
            $lock->release();
        }
    }

    /**
     * Asks the server about every session open for longer than a moment.
     *
     * @return void
     */
    private function close(): void {
        $meetings = \core\di::get(meeting_service::class);
        $instances = \core\di::get(instance_repository::class);
        $clock = \core\di::get(\core\clock::class);
        $sessions = \core\di::get(session_repository::class)
            ->list_open_started_before($clock->time() - meeting_service::GONE_AFTER);
        $closed = 0;
        foreach ($sessions as $session) {
            $instance = $instances->get_by_id($session->get_circle_id());
            if (!$instance) {
                continue;
            }
            try {
                if ($meetings->close_if_gone($instance, $session)) {
                    $closed++;
                }
            } catch (bbb_exception $e) {
                mtrace('The webinar server cannot be asked: ' . $e->getMessage() . ' Trying again on the next run.');
                break;
            }
        }
        mtrace('Open sessions checked: ' . count($sessions) . ", closed because their meeting is over: $closed");
    }
}
