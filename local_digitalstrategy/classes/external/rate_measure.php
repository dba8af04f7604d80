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
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\board_service;
use local_digitalstrategy\local\strategy\measure_repository;
use local_digitalstrategy\local\strategy\rating_repository;
use local_digitalstrategy\local\strategy\rating_service;
use local_digitalstrategy\local\strategy\strategy_summary_repository;
use local_digitalstrategy\local\user_repository;

/**
 * Web service local_digitalstrategy_rate_measure: rates a measure green, amber or red on one
 * criterion with a comment (red needs a counter-measure); the change is kept in the history.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class rate_measure extends external_api {
    /**
     * The parameters of the web service.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'measureid' => new external_value(PARAM_INT, 'Measure id', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'criterion' => new external_value(PARAM_RAW, 'quality, cost, staff or time', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'rating' => new external_value(PARAM_RAW, 'green, amber or red', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'comment' => new external_value(PARAM_TEXT, 'Why, plain text', VALUE_DEFAULT, '', NULL_NOT_ALLOWED),
            'countermeasure' => new external_value(
                PARAM_TEXT,
                'The counter-measure, required for red',
                VALUE_DEFAULT,
                '',
                NULL_NOT_ALLOWED
            ),
        ]);
    }

    /**
     * Rates the measure.
     *
     * @param int $measureid
     * @param string $criterion
     * @param string $rating
     * @param string $comment
     * @param string $countermeasure
     * @return array
     */
    public static function execute(
        int $measureid,
        string $criterion,
        string $rating,
        string $comment = '',
        string $countermeasure = ''
    ): array {
        global $USER;
        $params = self::validate_parameters(self::execute_parameters(), ['measureid' => $measureid, 'criterion' => $criterion,
            'rating' => $rating, 'comment' => $comment, 'countermeasure' => $countermeasure]);
        self::validate_context(\context_system::instance());
        $new = \core\di::get(rating_service::class)->rate(
            $params['measureid'],
            $params['criterion'],
            $params['rating'],
            $params['comment'],
            $params['countermeasure'],
            (int) $USER->id
        );
        $measure = \core\di::get(measure_repository::class)->get($params['measureid']);
        $ratings = \core\di::get(rating_repository::class)->current_for_measure($measure->id);
        $names = \core\di::get(user_repository::class)->full_names([$measure->ownerid]);
        $orgid = \core\di::get(organisation_repository::class)->get($measure->orgid)->get_id();
        $summary = \core\di::get(strategy_summary_repository::class)->for_organisations([$orgid])[$orgid];
        return [
            'rating' => ['criterion' => $new->criterion, 'rating' => $new->rating, 'previous' => $new->previous],
            'measure' => \core\di::get(board_service::class)->export_measure(
                $measure,
                $ratings,
                $names,
                \core\di::get(\core\clock::class)->time()
            ),
            'ampel' => board_structures::export_ampel($summary->ampel),
        ];
    }

    /**
     * What the web service returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'rating' => new external_single_structure([
                'criterion' => new external_value(PARAM_ALPHA, 'quality, cost, staff or time'),
                'rating' => new external_value(PARAM_ALPHA, 'green, amber or red'),
                'previous' => new external_value(PARAM_ALPHA, 'The rating before, empty for the first'),
            ]),
            'measure' => board_structures::measure(),
            'ampel' => board_structures::ampel(),
        ]);
    }
}
