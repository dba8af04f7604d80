<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\external;

use core_external\external_api;
use core_external\external_function_parameters;
use core_external\external_multiple_structure;
use core_external\external_single_structure;
use core_external\external_value;
use mod_devcircle\pad;
use mod_devcircle\pad_snapshot;

/**
 * The pads of a development circle with the time of their last snapshot.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_pads extends external_api {
    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'cmid' => new external_value(PARAM_INT, 'Course module id of the circle'),
        ]);
    }

    /**
     * Lists the pads.
     *
     * @param int $cmid the circle's course module
     * @return array
     */
    public static function execute(int $cmid): array {
        ['cmid' => $cmid] = self::validate_parameters(self::execute_parameters(), ['cmid' => $cmid]);
        [, $cm] = get_course_and_cm_from_cmid($cmid, 'devcircle');
        $context = \context_module::instance($cm->id);
        self::validate_context($context);
        require_capability('mod/devcircle:view', $context);

        $pads = [];
        foreach (pad::get_for_circle((int) $cm->instance) as $pad) {
            $latest = pad_snapshot::get_latest($pad->get_id());
            $pads[] = [
                'id' => $pad->get_id(),
                'name' => \core_external\util::format_string($pad->get_name(), $context),
                'kind' => $pad->get_kind(),
                'sessionid' => $pad->get_session_id() ?? 0,
                'template' => $pad->get_template() ?? '',
                'url' => (new \moodle_url('/mod/devcircle/pad.php', ['id' => $pad->get_id()]))->out(false),
                'lastsnapshot' => $latest ? $latest->get_time_created() : 0,
            ];
        }
        return ['pads' => $pads];
    }

    /**
     * Return structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'pads' => new external_multiple_structure(new external_single_structure([
                'id' => new external_value(PARAM_INT, 'Id of the pad in Moodle'),
                'name' => new external_value(PARAM_TEXT, 'Name, formatted'),
                'kind' => new external_value(PARAM_ALPHA, 'circle, minutes or method'),
                'sessionid' => new external_value(PARAM_INT, 'Session of minutes, 0 otherwise'),
                'template' => new external_value(PARAM_ALPHA, 'Method template, empty otherwise'),
                'url' => new external_value(PARAM_URL, 'The pad page'),
                'lastsnapshot' => new external_value(PARAM_INT, 'Time of the last snapshot, 0 if none'),
            ])),
        ]);
    }
}
