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
use local_digitalstrategy\local\questionnaire\answer_validator;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\invalid_answer;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\local\user_repository;
use moodle_exception;

/**
 * Web service local_digitalstrategy_save_answer: saves one answer of the current user's
 * organisation as it is given (autosave).
 *
 * The caller names the version of the answer it last saw; when a colleague changed the item
 * since, nothing is saved and the colleague's answer comes back with status "conflict".
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class save_answer extends external_api {
    /**
     * The parameters of the web service.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'runid' => new external_value(PARAM_INT, 'Run id', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'itemkey' => new external_value(PARAM_ALPHANUMEXT, 'Item key', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'value' => new external_value(
                PARAM_RAW,
                'Value (see local_digitalstrategy\local\questionnaire\answer); empty to clear',
                VALUE_DEFAULT,
                '',
                NULL_NOT_ALLOWED
            ),
            'dontknow' => new external_value(PARAM_BOOL, 'Don\'t know', VALUE_DEFAULT, false, NULL_NOT_ALLOWED),
            'relevance' => new external_value(PARAM_INT, 'Relevance 0 (not given) to 3', VALUE_DEFAULT, 0, NULL_NOT_ALLOWED),
            'version' => new external_value(
                PARAM_INT,
                'Version of the stored answer the caller saw, 0 for none',
                VALUE_REQUIRED,
                null,
                NULL_NOT_ALLOWED
            ),
        ]);
    }

    /**
     * Saves the answer.
     *
     * @param int $runid
     * @param string $itemkey
     * @param string $value
     * @param bool $dontknow
     * @param int $relevance
     * @param int $version
     * @return array
     */
    public static function execute(
        int $runid,
        string $itemkey,
        string $value,
        bool $dontknow,
        int $relevance,
        int $version
    ): array {
        global $USER;
        $params = self::validate_parameters(self::execute_parameters(), ['runid' => $runid, 'itemkey' => $itemkey,
            'value' => $value, 'dontknow' => $dontknow, 'relevance' => $relevance, 'version' => $version]);
        $runs = \core\di::get(run_repository::class);
        $run = $runs->get($params['runid']);
        $organisation = \core\di::get(organisation_repository::class)->get($run->get_orgid());
        self::validate_context(\context_system::instance());
        \core\di::get(organisation_access::class)->require_can_answer($organisation, $USER->id);
        if (!$run->is_open()) {
            throw new moodle_exception('runsubmitted', 'local_digitalstrategy');
        }

        $instrument = \core\di::get(instrument_repository::class)->get($run->get_instrumentid());
        try {
            $proposed = (new answer_validator($instrument))->normalise(
                $params['itemkey'],
                $params['value'],
                $params['dontknow'],
                $params['relevance']
            );
        } catch (invalid_answer $e) {
            throw new moodle_exception('answererror_' . $e->errorcode, 'local_digitalstrategy', '', (object) $e->params);
        }
        $result = $runs->save_answer($run, $proposed, max(0, $params['version']), $USER->id);
        return [
            'status' => $result->status,
            'answer' => structures::export_answer(
                $result->answer,
                \core\di::get(user_repository::class)->full_names([$result->answer->userid])
            ),
            'completeness' => structures::export_completeness(\core\di::get(check_service::class)->get_completeness($run)),
        ];
    }

    /**
     * What the web service returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'status' => new external_value(PARAM_ALPHA, 'saved, unchanged or conflict'),
            'answer' => structures::answer(),
            'completeness' => structures::completeness(),
        ]);
    }
}
