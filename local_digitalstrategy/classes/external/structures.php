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

use core_external\external_multiple_structure;
use core_external\external_single_structure;
use core_external\external_value;
use local_digitalstrategy\local\questionnaire\answer;
use local_digitalstrategy\local\questionnaire\completeness;
use local_digitalstrategy\local\questionnaire\run;

/**
 * Return structures the check's web services share, and the code that fills them.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class structures {
    /**
     * An answer as the web services return it.
     *
     * @return external_single_structure
     */
    public static function answer(): external_single_structure {
        return new external_single_structure([
            'itemkey' => new external_value(PARAM_ALPHANUMEXT, 'Item key'),
            'value' => new external_value(
                PARAM_RAW,
                'Stored value; null when not answered or don\'t know',
                VALUE_REQUIRED,
                null,
                NULL_ALLOWED
            ),
            'dontknow' => new external_value(PARAM_BOOL, 'Whether the answer is don\'t know'),
            'relevance' => new external_value(PARAM_INT, 'Relevance 0 (not given) to 3'),
            'version' => new external_value(PARAM_INT, 'Version of the stored answer, 0 when none is stored'),
            'userfullname' => new external_value(PARAM_TEXT, 'Who answered last, empty when nobody did'),
            'timemodified' => new external_value(PARAM_INT, 'When it was answered last, 0 when never'),
        ]);
    }

    /**
     * Exports an answer.
     *
     * @param answer $answer
     * @param array<int, string> $names full names by user id
     * @return array
     */
    public static function export_answer(answer $answer, array $names): array {
        return [
            'itemkey' => $answer->itemkey,
            'value' => $answer->value,
            'dontknow' => $answer->dontknow,
            'relevance' => $answer->relevance,
            'version' => $answer->version,
            'userfullname' => $names[$answer->userid] ?? '',
            'timemodified' => $answer->timemodified,
        ];
    }

    /**
     * How complete a run is.
     *
     * @return external_single_structure
     */
    public static function completeness(): external_single_structure {
        return new external_single_structure([
            'answered' => new external_value(PARAM_INT, 'Items answered'),
            'items' => new external_value(PARAM_INT, 'Items of the instrument'),
            'needed' => new external_value(PARAM_INT, 'Items that must be answered before submitting'),
            'cansubmit' => new external_value(PARAM_BOOL, 'Whether the run may be submitted now'),
            'unanswered' => new external_multiple_structure(
                new external_value(PARAM_ALPHANUMEXT, 'Item key'),
                'Unanswered items in document order'
            ),
            'requiredmissing' => new external_multiple_structure(
                new external_value(PARAM_ALPHANUMEXT, 'Item key'),
                'Unanswered required items'
            ),
        ]);
    }

    /**
     * Exports completeness.
     *
     * @param completeness $completeness
     * @return array
     */
    public static function export_completeness(completeness $completeness): array {
        return [
            'answered' => $completeness->answered,
            'items' => $completeness->items,
            'needed' => $completeness->needed,
            'cansubmit' => $completeness->can_submit(),
            'unanswered' => $completeness->unanswered,
            'requiredmissing' => $completeness->requiredmissing,
        ];
    }

    /**
     * A run.
     *
     * @return external_single_structure
     */
    public static function run(): external_single_structure {
        return new external_single_structure([
            'id' => new external_value(PARAM_INT, 'Run id'),
            'orgid' => new external_value(PARAM_INT, 'Organisation id'),
            'orgname' => new external_value(PARAM_TEXT, 'Organisation name'),
            'instrumentid' => new external_value(PARAM_INT, 'Instrument version id'),
            'status' => new external_value(PARAM_ALPHA, 'open or submitted'),
            'timecreated' => new external_value(PARAM_INT, 'When it was started'),
            'timesubmitted' => new external_value(PARAM_INT, 'When it was submitted, 0 while open'),
        ]);
    }

    /**
     * Exports a run.
     *
     * @param run $run
     * @param \local_digitalstrategy\organisation $organisation
     * @return array
     */
    public static function export_run(run $run, \local_digitalstrategy\organisation $organisation): array {
        return [
            'id' => $run->get_id(),
            'orgid' => $organisation->get_id(),
            'orgname' => $organisation->get_formatted_name(),
            'instrumentid' => $run->get_instrumentid(),
            'status' => $run->is_open() ? 'open' : 'submitted',
            'timecreated' => $run->get_timecreated(),
            'timesubmitted' => $run->get_timesubmitted(),
        ];
    }
}
