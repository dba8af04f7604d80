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
use local_digitalstrategy\local\check\check_service;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\run_repository;

/**
 * Web service local_digitalstrategy_submit_run: submits the run of the current user's
 * organisation when it is complete enough; otherwise says what is missing.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class submit_run extends external_api {
    /**
     * The parameters of the web service.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'runid' => new external_value(PARAM_INT, 'Run id', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
        ]);
    }

    /**
     * Submits the run.
     *
     * @param int $runid
     * @return array
     */
    public static function execute(int $runid): array {
        global $USER;
        ['runid' => $runid] = self::validate_parameters(self::execute_parameters(), ['runid' => $runid]);
        $run = \core\di::get(run_repository::class)->get($runid);
        $organisation = \core\di::get(organisation_repository::class)->get($run->get_orgid());
        self::validate_context(\context_system::instance());
        \core\di::get(organisation_access::class)->require_can_answer($organisation, $USER->id);

        [$submitted, $completeness] = \core\di::get(check_service::class)->submit($run, $USER->id);
        return [
            'submitted' => $submitted !== null,
            'completeness' => structures::export_completeness($completeness),
            'resultsurl' => (new \moodle_url('/local/digitalstrategy/results.php', ['runid' => $run->get_id()]))->out(false),
        ];
    }

    /**
     * What the web service returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'submitted' => new external_value(PARAM_BOOL, 'Whether the run was submitted'),
            'completeness' => structures::completeness(),
            'resultsurl' => new external_value(PARAM_URL, 'The results page of the run'),
        ]);
    }
}
