<?php
// This file is part of Moodle - https://moodle.org/
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
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\external;

use core_external\external_api;
use core_external\external_function_parameters;
use core_external\external_single_structure;
use core_external\external_value;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run_repository;
use moodle_exception;

/**
 * Web service local_digitalstrategy_start_run: starts the check for the current user's
 * organisation, or returns the run already open.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class start_run extends external_api {
    /**
     * The parameters of the web service.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'orgid' => new external_value(
                PARAM_INT,
                'Organisation id; 0 for the current user\'s organisation',
                VALUE_DEFAULT,
                0,
                NULL_NOT_ALLOWED
            ),
        ]);
    }

    /**
     * Starts (or finds) the run.
     *
     * @param int $orgid
     * @return array
     */
    public static function execute(int $orgid = 0): array {
        global $USER;
        ['orgid' => $orgid] = self::validate_parameters(self::execute_parameters(), ['orgid' => $orgid]);
        self::validate_context(\context_system::instance());
        $organisations = \core\di::get(organisation_repository::class);
        $organisation = $orgid ? $organisations->get($orgid) : $organisations->get_for_user($USER->id);
        if (!$organisation) {
            throw new moodle_exception('notmember', 'local_digitalstrategy');
        }
        \core\di::get(organisation_access::class)->require_can_answer($organisation, $USER->id);
        $current = \core\di::get(instrument_repository::class)->get_current_check();
        if (!$current) {
            throw new moodle_exception('instrumentnotfound', 'local_digitalstrategy');
        }
        [$run, $created] = \core\di::get(run_repository::class)->start($organisation, $current['id'], $USER->id);
        return ['runid' => $run->get_id(), 'created' => $created];
    }

    /**
     * What the web service returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'runid' => new external_value(PARAM_INT, 'The open run'),
            'created' => new external_value(PARAM_BOOL, 'Whether it was started now'),
        ]);
    }
}
