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
use mod_devcircle\webinar\recording_service;

/**
 * Publishes, unpublishes or deletes a recording of a session.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class update_recording extends external_api {
    /** @var int Longest record ID accepted (BigBlueButton's are a SHA-1, a hyphen and a timestamp: 54 characters). */
    public const MAX_RECORDID_LENGTH = 128;

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'sessionid' => new external_value(PARAM_INT, 'Session id', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'recordid' => new external_value(PARAM_ALPHANUMEXT, 'BigBlueButton record ID', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'action' => new external_value(PARAM_ALPHA, 'publish, unpublish or delete', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
        ]);
    }

    /**
     * Applies the action.
     *
     * @param int $sessionid the session
     * @param string $recordid the record ID
     * @param string $action publish, unpublish or delete
     * @return array
     */
    public static function execute(int $sessionid, string $recordid, string $action): array {
        [
            'sessionid' => $sessionid,
            'recordid' => $recordid,
            'action' => $action,
        ] = self::validate_parameters(
            self::execute_parameters(),
            ['sessionid' => $sessionid, 'recordid' => $recordid, 'action' => $action]
        );
        $actions = [recording_service::ACTION_PUBLISH, recording_service::ACTION_UNPUBLISH, recording_service::ACTION_DELETE];
        if (!in_array($action, $actions, true)) {
            throw new \invalid_parameter_exception('Unknown action');
        }
        // An empty or overlong record ID names no recording: refused before BigBlueButton is asked.
        if ($recordid === '' || strlen($recordid) > self::MAX_RECORDID_LENGTH) {
            throw new \invalid_parameter_exception('recordid: 1 to ' . self::MAX_RECORDID_LENGTH . ' characters');
        }
        [$instance, $session] = lookup::session($sessionid);
        self::validate_context($instance->get_context());
        require_capability('mod/devcircle:managerecordings', $instance->get_context());

        \core\di::get(recording_service::class)->apply($session, $recordid, $action);
        return ['success' => true];
    }

    /**
     * Return structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'success' => new external_value(PARAM_BOOL, 'Always true; failures are exceptions'),
        ]);
    }
}
