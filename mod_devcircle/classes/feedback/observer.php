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

namespace mod_devcircle\feedback;

use mod_devcircle\instance_repository;
use mod_devcircle\webinar\session_repository;

/**
 * Sends the feedback invitations when a session ends — through the moderator's end, the BBB
 * server's end callback or the task that closes forgotten meetings: all of them trigger
 * session_ended, and inviting twice invites nobody twice.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class observer {
    /**
     * A session's webinar ended.
     *
     * @param \core\event\base $event mod_devcircle\event\session_ended (objectid: session)
     */
    public static function session_ended(\core\event\base $event): void {
        $session = \core\di::get(session_repository::class)->get_by_id((int) $event->objectid);
        $instance = $session ? \core\di::get(instance_repository::class)->get_by_id($session->get_circle_id()) : null;
        if (!$session || !$instance) {
            return;
        }
        \core\di::get(feedback_service::class)->invite_attendees($instance, $session);
    }
}
