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
use local_digitalstrategy\local\strategy\board_service;
use local_digitalstrategy\local\user_repository;

/**
 * Web service local_digitalstrategy_move_measure: moves a measure to a phase and position of the
 * PDCA board. The caller names the version it saw; when a colleague changed the measure since,
 * nothing moves and the colleague's state comes back with status "conflict" and a message.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class move_measure extends external_api {
    /**
     * The parameters of the web service.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'measureid' => new external_value(PARAM_INT, 'Measure id', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'phase' => new external_value(PARAM_RAW, 'plan, do, check or act', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'position' => new external_value(PARAM_INT, 'Position in the phase, from 0', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'version' => new external_value(PARAM_INT, 'Version the caller saw', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
        ]);
    }

    /**
     * Moves the measure.
     *
     * @param int $measureid
     * @param string $phase
     * @param int $position
     * @param int $version
     * @return array
     */
    public static function execute(int $measureid, string $phase, int $position, int $version): array {
        global $USER;
        $params = self::validate_parameters(self::execute_parameters(), ['measureid' => $measureid, 'phase' => $phase,
            'position' => $position, 'version' => $version]);
        self::validate_context(\context_system::instance());
        $service = \core\di::get(board_service::class);
        $result = $service->move($params['measureid'], $params['phase'], $params['position'], $params['version'], (int) $USER->id);
        $measure = $result['measure'];
        $message = '';
        if ($result['status'] === 'conflict') {
            $message = get_string('board_conflict', 'local_digitalstrategy', (object) [
                'title' => $measure->title,
                'phase' => get_string('board_phase_' . $measure->phase, 'local_digitalstrategy'),
            ]);
        }
        $ratings = \core\di::get(\local_digitalstrategy\local\strategy\rating_repository::class)->current_for_measure($measure->id);
        $names = \core\di::get(user_repository::class)->full_names([$measure->ownerid]);
        return [
            'status' => $result['status'],
            'message' => $message,
            'measure' => $service->export_measure($measure, $ratings, $names, \core\di::get(\core\clock::class)->time()),
        ];
    }

    /**
     * What the web service returns.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'status' => new external_value(PARAM_ALPHA, 'moved, unchanged or conflict'),
            'message' => new external_value(PARAM_RAW, 'For a conflict: what the colleague changed, plain text for the user'),
            'measure' => board_structures::measure(),
        ]);
    }
}
