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

/**
 * Web service local_digitalstrategy_respond_submit: submits the response of a campaign's draft
 * when every required question is answered, by link without login or logged in. A second
 * submission (another tab) is refused with respond_error_submitted.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class respond_submit extends external_api {
    /**
     * The parameters of the web service.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters(respond_common::parameters());
    }

    /**
     * Submits the response.
     *
     * @param string $token
     * @param int $campaignid
     * @return array
     */
    public static function execute(string $token, int $campaignid): array {
        $params = self::validate_parameters(self::execute_parameters(), ['token' => $token, 'campaignid' => $campaignid]);
        $respondent = respond_common::respondent($params['token'], $params['campaignid']);
        [$submitted, $completeness] = \core\di::get(response_service::class)->submit($respondent);
        return [
            'submitted' => $submitted,
            'completeness' => structures::export_completeness($completeness),
        ];
    }

    /**
     * What the web service returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'submitted' => new external_value(PARAM_BOOL, 'Whether the response was submitted (false: required questions missing)'),
            'completeness' => structures::completeness(),
        ]);
    }
}
