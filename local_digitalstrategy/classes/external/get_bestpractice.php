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
use local_digitalstrategy\local\strategy\bestpractice_service;

/**
 * Web service local_digitalstrategy_get_bestpractice: one page of the best-practice collection,
 * found by text, experiment field and check dimension. An anonymised entry carries no
 * organisation (its name is empty), no owner, no author and no strategy.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_bestpractice extends external_api {
    /**
     * The parameters of the web service.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'search' => new external_value(
                PARAM_TEXT,
                'Words to find in title, description or lesson',
                VALUE_DEFAULT,
                '',
                NULL_NOT_ALLOWED
            ),
            'fieldid' => new external_value(PARAM_INT, 'Experiment field id, 0 for any', VALUE_DEFAULT, 0, NULL_NOT_ALLOWED),
            'dimension' => new external_value(
                PARAM_ALPHANUMEXT,
                'Check dimension key, empty for any',
                VALUE_DEFAULT,
                '',
                NULL_NOT_ALLOWED
            ),
            'page' => new external_value(PARAM_INT, 'Page, from 0', VALUE_DEFAULT, 0, NULL_NOT_ALLOWED),
        ]);
    }

    /**
     * Returns one page of the collection.
     *
     * @param string $search
     * @param int $fieldid
     * @param string $dimension
     * @param int $page
     * @return array
     */
    public static function execute(string $search = '', int $fieldid = 0, string $dimension = '', int $page = 0): array {
        global $USER;
        $params = self::validate_parameters(
            self::execute_parameters(),
            ['search' => $search, 'fieldid' => $fieldid, 'dimension' => $dimension, 'page' => $page]
        );
        $context = \context_system::instance();
        self::validate_context($context);
        $service = \core\di::get(bestpractice_service::class);
        $service->require_can_view_collection($USER->id);

        $found = $service->search(
            trim($params['search']),
            $params['fieldid'],
            $params['dimension'],
            max(0, $params['page']),
            bestpractice_service::PER_PAGE,
            current_language()
        );
        $entries = array_map(fn(array $entry) => [
            'id' => $entry['id'],
            'title' => \core_external\util::format_string($entry['title'], $context),
            'description' => \core_external\util::format_text($entry['description'], FORMAT_MOODLE, $context)[0],
            'lesson' => \core_external\util::format_text($entry['lesson'], FORMAT_MOODLE, $context)[0],
            'fieldid' => $entry['fieldid'],
            'fieldname' => $entry['fieldname'],
            'dimension' => $entry['dimension'],
            'dimensionname' => $entry['dimensionname'],
            'named' => $entry['named'],
            'orgname' => $entry['named'] ? \core_external\util::format_string($entry['orgname'], $context) : '',
            'timemodified' => $entry['timemodified'],
        ], $found['entries']);
        return ['entries' => $entries, 'total' => $found['total'], 'perpage' => bestpractice_service::PER_PAGE];
    }

    /**
     * What the web service returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'entries' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_INT, 'Measure id'),
                'title' => new external_value(PARAM_RAW, 'Title (formatted)'),
                'description' => new external_value(PARAM_RAW, 'Description (formatted HTML)'),
                'lesson' => new external_value(PARAM_RAW, 'Lesson learned (formatted HTML)'),
                'fieldid' => new external_value(PARAM_INT, 'Experiment field id, 0 when none'),
                'fieldname' => new external_value(PARAM_TEXT, 'Experiment field name, empty when none'),
                'dimension' => new external_value(PARAM_ALPHANUMEXT, 'The goal\'s check dimension key, empty when none'),
                'dimensionname' => new external_value(PARAM_TEXT, 'The dimension\'s name'),
                'named' => new external_value(PARAM_BOOL, 'Released with the organisation\'s name'),
                'orgname' => new external_value(PARAM_RAW, 'The organisation\'s name (formatted); empty when anonymised'),
                'timemodified' => new external_value(PARAM_INT, 'When the measure last changed (its release too)'),
            ])),
            'total' => new external_value(PARAM_INT, 'Entries matching the filter'),
            'perpage' => new external_value(PARAM_INT, 'Entries per page'),
        ]);
    }
}
