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
use mod_devcircle\instance;
use mod_devcircle\meeting;
use mod_devcircle\session;

/**
 * The signed join URL of a session for the current user, with the role their capabilities give.
 *
 * Moderators start the meeting. Viewers get status "waiting" (and no URL) while the circle asks
 * them to wait for a moderator and nobody has started the meeting yet.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_join_url extends external_api {
    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'sessionid' => new external_value(PARAM_INT, 'Session id'),
        ]);
    }

    /**
     * Lets the current user into the session's meeting.
     *
     * @param int $sessionid the session
     * @return array
     */
    public static function execute(int $sessionid): array {
        global $USER;
        ['sessionid' => $sessionid] = self::validate_parameters(self::execute_parameters(), ['sessionid' => $sessionid]);
        [$instance, $session] = self::load($sessionid);
        self::validate_context($instance->get_context());
        require_capability('mod/devcircle:join', $instance->get_context());

        $result = (new meeting($instance, $session))->join($USER);
        return $result + ['openmode' => $instance->get_open_mode()];
    }

    /**
     * Loads the circle and the session, or fails with a clear message.
     *
     * @param int $sessionid the session
     * @return array{0: instance, 1: session}
     */
    public static function load(int $sessionid): array {
        $instance = instance::get_from_sessionid($sessionid);
        $session = $instance ? session::get($instance, $sessionid) : null;
        if (!$instance || !$session) {
            throw new \moodle_exception('sessionnotfound', 'mod_devcircle');
        }
        return [$instance, $session];
    }

    /**
     * Return structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'status' => new external_value(PARAM_ALPHA, 'ready: open the URL; waiting: a moderator has not started yet'),
            'url' => new external_value(PARAM_URL, 'Signed join URL, empty while waiting'),
            'role' => new external_value(PARAM_ALPHA, 'moderator or viewer'),
            'openmode' => new external_value(PARAM_ALPHA, 'window or embed'),
        ]);
    }
}
