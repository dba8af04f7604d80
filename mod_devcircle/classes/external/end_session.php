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
use core_external\external_single_structure;
use core_external\external_value;
use mod_devcircle\webinar\meeting_service;

/**
 * Ends a session's meeting for everyone (moderators only).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class end_session extends external_api {
    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'sessionid' => new external_value(PARAM_INT, 'Session id', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
        ]);
    }

    /**
     * Ends the meeting.
     *
     * @param int $sessionid the session
     * @return array
     */
    public static function execute(int $sessionid): array {
        ['sessionid' => $sessionid] = self::validate_parameters(self::execute_parameters(), ['sessionid' => $sessionid]);
        [$instance, $session] = lookup::session($sessionid);
        self::validate_context($instance->get_context());
        require_capability('mod/devcircle:moderate', $instance->get_context());

        return ['ended' => \core\di::get(meeting_service::class)->end($instance, $session)];
    }

    /**
     * Return structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'ended' => new external_value(PARAM_BOOL, 'True when the session was open and has been ended now'),
        ]);
    }
}
