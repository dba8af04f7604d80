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
use core_external\external_multiple_structure;
use core_external\external_single_structure;
use core_external\external_value;
use local_digitalstrategy\local\check\check_service;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\local\user_repository;

/**
 * Web service local_digitalstrategy_get_run: a run with its answers (and, on request, its
 * instrument), for members of the run's organisation and those who may see all results.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_run extends external_api {
    /**
     * The parameters of the web service.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'runid' => new external_value(PARAM_INT, 'Run id', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'includeinstrument' => new external_value(
                PARAM_BOOL,
                'Also return the instrument document',
                VALUE_DEFAULT,
                false,
                NULL_NOT_ALLOWED
            ),
        ]);
    }

    /**
     * Returns the run.
     *
     * @param int $runid
     * @param bool $includeinstrument
     * @return array
     */
    public static function execute(int $runid, bool $includeinstrument = false): array {
        global $USER;
        ['runid' => $runid, 'includeinstrument' => $includeinstrument] = self::validate_parameters(
            self::execute_parameters(),
            ['runid' => $runid, 'includeinstrument' => $includeinstrument]
        );
        $runs = \core\di::get(run_repository::class);
        $run = $runs->get($runid);
        $organisation = \core\di::get(organisation_repository::class)->get($run->get_orgid());
        self::validate_context(\context_system::instance());
        $access = \core\di::get(organisation_access::class);
        $access->require_can_view($organisation, $USER->id);

        $answers = $runs->get_answers($run);
        $names = \core\di::get(user_repository::class)->full_names(array_map(fn($a) => $a->userid, $answers));
        $instrument = \core\di::get(instrument_repository::class)->get($run->get_instrumentid());
        return [
            'run' => structures::export_run($run, $organisation),
            'instrument' => $includeinstrument ? $instrument->to_json() : '',
            'answers' => array_values(array_map(fn($a) => structures::export_answer($a, $names), $answers)),
            'completeness' => structures::export_completeness(\core\di::get(check_service::class)->get_completeness($run)),
            'canedit' => $run->is_open() && $access->can_answer($organisation, $USER->id),
        ];
    }

    /**
     * What the web service returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'run' => structures::run(),
            'instrument' => new external_value(PARAM_RAW, 'The instrument as JSON, empty unless requested'),
            'answers' => new external_multiple_structure(structures::answer(), 'Stored answers'),
            'completeness' => structures::completeness(),
            'canedit' => new external_value(PARAM_BOOL, 'Whether the current user may change the answers'),
        ]);
    }
}
