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
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\goal;
use local_digitalstrategy\local\strategy\strategy_field_repository;
use local_digitalstrategy\local\strategy\strategy_service;

/**
 * The strategy of an organisation: state, vision, values, goals and chosen experiment fields.
 * Only for those who may see it (its members holding the capability, the project team).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_strategy extends external_api {
    /**
     * The parameters of the web service.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'orgid' => new external_value(PARAM_INT, 'Organisation id', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
        ]);
    }

    /**
     * Returns the strategy.
     *
     * @param int $orgid
     * @return array
     */
    public static function execute(int $orgid): array {
        global $USER;
        ['orgid' => $orgid] = self::validate_parameters(self::execute_parameters(), ['orgid' => $orgid]);
        self::validate_context(\context_system::instance());
        $organisation = \core\di::get(organisation_repository::class)->get($orgid);
        $strategy = \core\di::get(strategy_service::class)->get($organisation, $USER->id);
        if (!$strategy) {
            return [
                'orgid' => $orgid, 'exists' => false, 'status' => 'none', 'version' => 0, 'adoptedversion' => 0,
                'vision' => '', 'guidingvalues' => '', 'goals' => [], 'fields' => [],
            ];
        }
        return [
            'orgid' => $orgid,
            'exists' => true,
            'status' => $strategy->status,
            'version' => $strategy->version,
            'adoptedversion' => $strategy->adoptedversion,
            'vision' => $strategy->vision,
            'guidingvalues' => $strategy->guidingvalues,
            'goals' => array_map(fn(goal $g) => [
                'id' => $g->id,
                'title' => $g->title,
                'rationale' => $g->rationale,
                'target' => $g->target,
                'duedate' => $g->duedate,
                'dimension' => $g->dimension,
                'baseline' => $g->baseline,
                'baselinerunid' => $g->baselinerunid,
            ], $strategy->goals),
            'fields' => array_map(fn(array $f) => [
                'fieldid' => $f['fieldid'],
                'name' => strategy_field_repository::display_name($f['idnumber'], $f['name']),
                'steps' => $f['steps'],
                'archived' => $f['archived'],
            ], $strategy->fields),
        ];
    }

    /**
     * What the web service returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'orgid' => new external_value(PARAM_INT, 'Organisation id'),
            'exists' => new external_value(PARAM_BOOL, 'Whether the strategy was started'),
            'status' => new external_value(PARAM_ALPHA, 'none, draft, adopted or revision'),
            'version' => new external_value(PARAM_INT, 'Version to name when changing it'),
            'adoptedversion' => new external_value(PARAM_INT, 'Number of the last adopted version, 0 before the first'),
            'vision' => new external_value(PARAM_RAW, 'Vision, plain text'),
            'guidingvalues' => new external_value(PARAM_RAW, 'Guiding values, plain text'),
            'goals' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_INT, 'Goal id'),
                'title' => new external_value(PARAM_RAW, 'Title, plain text'),
                'rationale' => new external_value(PARAM_RAW, 'Why, plain text'),
                'target' => new external_value(PARAM_RAW, 'Measurable target, plain text'),
                'duedate' => new external_value(PARAM_INT, 'Due date, 0 when open'),
                'dimension' => new external_value(PARAM_ALPHANUMEXT, 'Check dimension key, empty when none'),
                'baseline' => new external_value(
                    PARAM_FLOAT,
                    'Dimension score when made from the check',
                    VALUE_REQUIRED,
                    null,
                    NULL_ALLOWED
                ),
                'baselinerunid' => new external_value(PARAM_INT, 'Run of the baseline', VALUE_REQUIRED, null, NULL_ALLOWED),
            ])),
            'fields' => new external_multiple_structure(new external_single_structure([
                'fieldid' => new external_value(PARAM_INT, 'Experiment field id'),
                'name' => new external_value(PARAM_TEXT, 'Name of the field'),
                'steps' => new external_value(PARAM_RAW, 'Implementation steps, plain text'),
                'archived' => new external_value(PARAM_BOOL, 'Whether the field is no longer offered'),
            ])),
        ]);
    }
}
