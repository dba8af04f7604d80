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
use core_external\external_function_parameters;
use core_external\external_multiple_structure;
use core_external\external_single_structure;
use core_external\external_value;
use mod_devcircle\local\bbb\bbb_exception;
use mod_devcircle\local\http\timeouts;
use mod_devcircle\webinar\attendance_repository;
use mod_devcircle\webinar\meeting_service;
use mod_devcircle\webinar\session_repository;

/**
 * Live status of a circle's sessions: whether each meeting runs and how many are in it, and,
 * for those who may see attendance, how many took part so far (so the count is right as soon as
 * a session ends, without reloading the page).
 *
 * Only sessions that were started and have not ended are asked about on the server. A problem
 * with the server does not fail the call: the answer carries a plain-language message instead.
 * The call only reads: an open session whose meeting the server no longer knows is closed by
 * the task {@see \mod_devcircle\task\close_gone_meetings}.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_sessions_status extends external_api {
    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'cmid' => new external_value(PARAM_INT, 'Course module id of the circle', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
        ]);
    }

    /**
     * Returns the status of every session of the circle.
     *
     * @param int $cmid course module id
     * @return array
     */
    public static function execute(int $cmid): array {
        global $USER;
        ['cmid' => $cmid] = self::validate_parameters(self::execute_parameters(), ['cmid' => $cmid]);
        $instance = lookup::circle($cmid);
        self::validate_context($instance->get_context());
        require_capability('mod/devcircle:view', $instance->get_context());

        $sessions = \core\di::get(session_repository::class)->list_for_circle($instance->get_instance_id());
        // Polled by the circle page: the page budget, and the circuit breaker answers at once after a failure.
        $meetings = \core\di::get(meeting_service::class)->with_timeouts(timeouts::for_page());
        $showattendees = $instance->can_view_attendance((int) $USER->id);
        $attendees = $showattendees
            ? \core\di::get(attendance_repository::class)->attendee_counts(array_keys($sessions)) : [];
        $error = '';
        $result = [];
        foreach ($sessions as $session) {
            $status = ['running' => false, 'participants' => 0];
            // Only an open session has a live state, and it is known only when the server answered.
            $known = !$session->is_open();
            if ($session->is_open() && $error === '') {
                try {
                    $status = $meetings->status($session);
                    $known = true;
                } catch (bbb_exception $e) {
                    $error = get_string($e->errorcode, 'mod_devcircle');
                }
            }
            $result[] = [
                'id' => $session->get_id(),
                'open' => $session->is_open(),
                'ended' => !$session->is_open() && $session->was_started(),
                'running' => (bool) $status['running'],
                'participants' => (int) $status['participants'],
                'known' => $known,
                'recordingsrevision' => $session->get_recordings_revision(),
                'attendeestext' => $showattendees
                    ? get_string('attendeecount', 'mod_devcircle', $attendees[$session->get_id()] ?? 0) : '',
            ];
        }
        return ['sessions' => $result, 'error' => $error];
    }

    /**
     * Return structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'sessions' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_INT, 'Session id'),
                'open' => new external_value(PARAM_BOOL, 'Started and not ended since'),
                'ended' => new external_value(PARAM_BOOL, 'Was started and has ended'),
                'running' => new external_value(PARAM_BOOL, 'Somebody is in the meeting'),
                'participants' => new external_value(PARAM_INT, 'How many are in the meeting'),
                'known' => new external_value(PARAM_BOOL, 'False for an open session whose server could not be asked now'),
                'recordingsrevision' => new external_value(PARAM_INT, 'Changes when the recordings may have changed'),
                'attendeestext' => new external_value(
                    PARAM_TEXT,
                    'How many people took part so far, as the page shows it; empty without the attendance capability'
                ),
            ])),
            'error' => new external_value(PARAM_TEXT, 'Plain-language message when the server could not be asked, else empty'),
        ]);
    }
}
