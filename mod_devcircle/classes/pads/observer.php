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

use mod_devcircle\local\etherpad\etherpad_exception;
use mod_devcircle\local\http\timeouts;
use mod_devcircle\task\snapshot_circle_pads;

/**
 * Reacts to the end of a session: the circle's pads (above all the session's minutes) are
 * copied into Moodle at once; if Etherpad does not answer, an ad-hoc task tries again later.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class observer {
    /**
     * A session's webinar ended.
     *
     * @param \core\event\base $event mod_devcircle\event\session_ended (objectid: session, other.circleid)
     * @return void
     */
    public static function session_ended(\core\event\base $event): void {
        $circleid = (int) ($event->other['circleid'] ?? 0);
        $snapshotter = \core\di::get(snapshotter::class);
        if ($circleid <= 0 || !\core\di::get(pad_service::class)->is_configured()) {
            return;
        }
        try {
            // Short timeouts: this runs inside the request that ended the session.
            $snapshotter->with_timeouts(new timeouts(2, 5))->snapshot_circle($circleid, pad_snapshot::REASON_SESSIONEND);
        } catch (etherpad_exception $e) {
            $task = new snapshot_circle_pads();
            $task->set_custom_data(['circleid' => $circleid]);
            \core\task\manager::queue_adhoc_task($task, true);
        }
    }
}
