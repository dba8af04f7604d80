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
use local_digitalstrategy\local\strategy\resistance;
use local_digitalstrategy\local\strategy\resistance_advice;
use local_digitalstrategy\local\strategy\resistance_service;

/**
 * Web service local_digitalstrategy_get_analyses: the expert forum's resistance analyses and
 * process-advice notes about an organisation, for its leadership, the expert forum and the
 * project team only (never its staff, never another organisation).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_analyses extends external_api {
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
     * Returns the analyses and notes.
     *
     * @param int $orgid
     * @return array
     */
    public static function execute(int $orgid): array {
        global $USER;
        ['orgid' => $orgid] = self::validate_parameters(self::execute_parameters(), ['orgid' => $orgid]);
        self::validate_context(\context_system::instance());
        $organisation = \core\di::get(organisation_repository::class)->get($orgid);
        $service = \core\di::get(resistance_service::class);
        $content = $service->for_organisation($organisation, (int) $USER->id);
        $authors = $content['authors'];
        $name = fn(int $userid) => $authors[$userid] ?? \local_digitalstrategy\local\user_repository::deleted_name();
        return [
            'orgid' => $organisation->get_id(),
            'canwrite' => $service->can_write((int) $USER->id),
            'analyses' => array_map(fn(resistance $r) => [
                'id' => $r->id,
                'stakeholder' => $r->stakeholder,
                'kind' => $r->kind,
                'signals' => $r->signals,
                'cause' => $r->cause,
                'intensity' => $r->intensity,
                'response' => $r->response,
                'status' => $r->status,
                'followup' => $r->followup,
                'author' => $name($r->userid),
                'timecreated' => $r->timecreated,
                'timemodified' => $r->timemodified,
            ], $content['analyses']),
            'advice' => array_map(fn(resistance_advice $a) => [
                'id' => $a->id,
                'note' => $a->note,
                'author' => $name($a->userid),
                'timecreated' => $a->timecreated,
            ], $content['advice']),
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
            'canwrite' => new external_value(PARAM_BOOL, 'Whether the caller may write analyses (expert forum)'),
            'analyses' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_INT, 'Analysis id'),
                'stakeholder' => new external_value(PARAM_TEXT, 'Stakeholder group'),
                'kind' => new external_value(PARAM_ALPHA, 'cognitive, emotional, political, practical or other'),
                'signals' => new external_value(PARAM_TEXT, 'Observed signals'),
                'cause' => new external_value(PARAM_TEXT, 'Cause'),
                'intensity' => new external_value(PARAM_INT, 'Intensity 1 (weak) to 5 (strong)'),
                'response' => new external_value(PARAM_TEXT, 'Recommended response'),
                'status' => new external_value(PARAM_ALPHA, 'open, inprogress or resolved'),
                'followup' => new external_value(PARAM_INT, 'Follow-up date, 0 when none'),
                'author' => new external_value(PARAM_TEXT, 'Full name of the author'),
                'timecreated' => new external_value(PARAM_INT, 'When it was written'),
                'timemodified' => new external_value(PARAM_INT, 'When it was last changed'),
            ])),
            'advice' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_INT, 'Note id'),
                'note' => new external_value(PARAM_TEXT, 'Process-advice note'),
                'author' => new external_value(PARAM_TEXT, 'Full name of the author'),
                'timecreated' => new external_value(PARAM_INT, 'When it was written'),
            ])),
        ]);
    }
}
