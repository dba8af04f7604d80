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
use local_digitalstrategy\local\check\result_summary;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\run_repository;

/**
 * Web service local_digitalstrategy_get_results: the scores of a run per dimension and overall,
 * the anonymous peer averages (only from k organisations), strengths, weaknesses,
 * recommendations, priorities and the history of the organisation's runs.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_results extends external_api {
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
     * Returns the results.
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
        \core\di::get(organisation_access::class)->require_can_view($organisation, $USER->id);

        return ['run' => structures::export_run($run, $organisation)]
            + \core\di::get(result_summary::class)->build($run, $organisation, current_language());
    }

    /**
     * What the web service returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        $score = fn(string $desc) => new external_value(PARAM_FLOAT, $desc, VALUE_REQUIRED, null, NULL_ALLOWED);
        $item = new external_single_structure([
            'itemkey' => new external_value(PARAM_ALPHANUMEXT, 'Item key'),
            'dimension' => new external_value(PARAM_ALPHANUMEXT, 'Dimension key'),
            'dimensionname' => new external_value(PARAM_TEXT, 'Dimension name'),
            'text' => new external_value(PARAM_TEXT, 'Item text'),
            'recommendation' => new external_value(PARAM_TEXT, 'Recommendation, empty when the item has none'),
            'score' => $score('Item score 0-100'),
            'relevance' => new external_value(PARAM_INT, 'Relevance 0 (not given) to 3'),
        ]);
        return new external_single_structure([
            'run' => structures::run(),
            'score' => $score('Overall score 0-100, null without scored answers'),
            'maturity' => new external_value(PARAM_INT, 'Maturity level 0-4', VALUE_REQUIRED, null, NULL_ALLOWED),
            'maturitylabel' => new external_value(PARAM_TEXT, 'Name of the maturity level'),
            'answered' => new external_value(PARAM_INT, 'Items answered'),
            'items' => new external_value(PARAM_INT, 'Items of the instrument'),
            'dimensions' => new external_multiple_structure(new external_single_structure([
                'key' => new external_value(PARAM_ALPHANUMEXT, 'Dimension key'),
                'name' => new external_value(PARAM_TEXT, 'Dimension name'),
                'score' => $score('Score 0-100'),
                'peer' => $score('Mean of other organisations, null when hidden'),
                'change' => $score('Change from the first to the latest submitted run, in points'),
                'answered' => new external_value(PARAM_INT, 'Items answered'),
                'scored' => new external_value(PARAM_INT, 'Items scored'),
                'items' => new external_value(PARAM_INT, 'Items'),
            ])),
            'peers' => new external_single_structure([
                'available' => new external_value(PARAM_BOOL, 'Whether the comparison is shown'),
                'organisations' => new external_value(PARAM_INT, 'Other organisations with results'),
                'threshold' => new external_value(PARAM_INT, 'Organisations needed (k)'),
                'missing' => new external_value(PARAM_INT, 'Organisations still missing'),
                'score' => $score('Mean overall score of other organisations'),
            ]),
            'strengths' => new external_multiple_structure(new external_value(PARAM_ALPHANUMEXT, 'Dimension key')),
            'weaknesses' => new external_multiple_structure(new external_value(PARAM_ALPHANUMEXT, 'Dimension key')),
            'recommendations' => new external_multiple_structure($item),
            'priorities' => new external_multiple_structure($item),
            'history' => new external_multiple_structure(new external_single_structure([
                'runid' => new external_value(PARAM_INT, 'Run id'),
                'timesubmitted' => new external_value(PARAM_INT, 'When it was submitted'),
                'score' => $score('Overall score'),
            ])),
            'overallchange' => $score('Change of the overall score from the first to the latest run'),
        ]);
    }
}
