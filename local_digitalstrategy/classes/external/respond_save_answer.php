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
use local_digitalstrategy\local\campaign\response_service;
use local_digitalstrategy\local\questionnaire\invalid_answer;
use moodle_exception;

/**
 * Web service local_digitalstrategy_respond_save_answer: saves one answer of a campaign's draft as
 * it is given (autosave), by link without login or logged in.
 *
 * The caller names the version of the answer it last saw; when the item was saved meanwhile (in
 * another tab, or by a colleague of the same organisation), nothing is saved and the stored answer
 * comes back with status "conflict". Names of other people are never returned.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class respond_save_answer extends external_api {
    /**
     * The parameters of the web service.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters(respond_common::parameters() + [
            'itemkey' => new external_value(PARAM_ALPHANUMEXT, 'Item key', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'value' => new external_value(
                PARAM_RAW,
                'Value (as the check stores answers); empty to clear',
                VALUE_DEFAULT,
                '',
                NULL_NOT_ALLOWED
            ),
            'dontknow' => new external_value(PARAM_BOOL, 'Don\'t know', VALUE_DEFAULT, false, NULL_NOT_ALLOWED),
            'version' => new external_value(
                PARAM_INT,
                'Version of the saved answer the caller saw, 0 for none',
                VALUE_REQUIRED,
                null,
                NULL_NOT_ALLOWED
            ),
        ]);
    }

    /**
     * Saves the answer.
     *
     * @param string $token
     * @param int $campaignid
     * @param string $itemkey
     * @param string $value
     * @param bool $dontknow
     * @param int $version
     * @return array
     */
    public static function execute(
        string $token,
        int $campaignid,
        string $itemkey,
        string $value,
        bool $dontknow,
        int $version
    ): array {
        $params = self::validate_parameters(self::execute_parameters(), ['token' => $token, 'campaignid' => $campaignid,
            'itemkey' => $itemkey, 'value' => $value, 'dontknow' => $dontknow, 'version' => $version]);
        $respondent = respond_common::respondent($params['token'], $params['campaignid']);
        $service = \core\di::get(response_service::class);
        try {
            $result = $service->save($respondent, $params['itemkey'], $params['value'], $params['dontknow'], $params['version']);
        } catch (invalid_answer $e) {
            throw new moodle_exception('answererror_' . $e->errorcode, 'local_digitalstrategy', '', (object) $e->params);
        }
        return [
            'status' => $result->status,
            'answer' => structures::export_answer($result->answer, []),
            'completeness' => structures::export_completeness($service->completeness($respondent)),
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
