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
use local_digitalstrategy\local\strategy\board_service;

/**
 * Web service local_digitalstrategy_get_board: the measures of an organisation's PDCA board with
 * their current ratings and the strategy's overall Ampel. A poller names the revision it has; when
 * nothing changed since, the answer carries no measures ("changed" false).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_board extends external_api {
    /**
     * The parameters of the web service.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'orgid' => new external_value(PARAM_INT, 'Organisation id', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
            'revision' => new external_value(
                PARAM_RAW,
                'The revision the caller has, empty for none',
                VALUE_DEFAULT,
                '',
                NULL_NOT_ALLOWED
            ),
        ]);
    }

    /**
     * Reads the board.
     *
     * @param int $orgid
     * @param string $revision
     * @return array
     */
    public static function execute(int $orgid, string $revision = ''): array {
        global $USER;
        $params = self::validate_parameters(self::execute_parameters(), ['orgid' => $orgid, 'revision' => $revision]);
        self::validate_context(\context_system::instance());
        $organisation = \core\di::get(organisation_repository::class)->get($params['orgid']);
        $service = \core\di::get(board_service::class);
        $current = $service->revision($organisation, (int) $USER->id);
        if ($params['revision'] !== '' && $params['revision'] === $current) {
            return ['orgid' => $organisation->get_id(), 'revision' => $current, 'changed' => false, 'canedit' => false,
                'now' => \core\di::get(\core\clock::class)->time(), 'measures' => [], 'ampel' => []];
        }
        $board = $service->board($organisation, (int) $USER->id);
        return [
            'orgid' => $board['orgid'],
            'revision' => $board['revision'],
            'changed' => true,
            'canedit' => $board['canedit'],
            'now' => $board['now'],
            'measures' => $board['measures'],
            'ampel' => board_structures::export_ampel($board['ampel']),
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
            'revision' => new external_value(PARAM_RAW, 'Revision of the board; name it in the next poll'),
            'changed' => new external_value(PARAM_BOOL, 'False when the board is as of the revision named (no measures sent)'),
            'canedit' => new external_value(PARAM_BOOL, 'Whether the user may move and rate measures'),
            'now' => new external_value(PARAM_INT, 'Server time the overdue marks refer to'),
            'measures' => new external_multiple_structure(board_structures::measure(), 'Measures in board order'),
            'ampel' => board_structures::ampel(),
        ]);
    }
}
