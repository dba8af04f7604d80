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

/**
 * Return structures shared by the board's web services.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class board_structures {
    /**
     * A measure as the board shows it (board_service::export_measure()).
     *
     * @return external_single_structure
     */
    public static function measure(): external_single_structure {
        return new external_single_structure([
            'id' => new external_value(PARAM_INT, 'Measure id'),
            'title' => new external_value(PARAM_RAW, 'Title, plain text as entered (show it as text)'),
            'phase' => new external_value(PARAM_ALPHA, 'plan, do, check or act'),
            'position' => new external_value(PARAM_INT, 'Position within the phase, from 0'),
            'version' => new external_value(PARAM_INT, 'Version; a change naming an older one is a conflict'),
            'ownerid' => new external_value(PARAM_INT, 'Owner user id, 0 for nobody'),
            'ownername' => new external_value(PARAM_RAW, 'Owner full name, plain text; empty for nobody'),
            'duedate' => new external_value(PARAM_INT, 'Due date timestamp, 0 when open'),
            'duedatetext' => new external_value(PARAM_RAW, 'Due date in the user\'s format, empty when open'),
            'overdue' => new external_value(PARAM_BOOL, 'Past its due date and not in Act'),
            'transferable' => new external_value(PARAM_BOOL, 'Flagged as a transferable recommendation'),
            'ratings' => self::ampel(),
        ]);
    }

    /**
     * Ampel ratings per criterion.
     *
     * @return external_multiple_structure
     */
    public static function ampel(): external_multiple_structure {
        return new external_multiple_structure(new external_single_structure([
            'criterion' => new external_value(PARAM_ALPHA, 'quality, cost, staff or time'),
            'rating' => new external_value(PARAM_ALPHA, 'green, amber, red, or empty when unrated'),
        ]));
    }

    /**
     * An overall Ampel (criterion => worst rating or null) as the list ampel() describes.
     *
     * @param array<string, string|null> $ampel
     * @return array
     */
    public static function export_ampel(array $ampel): array {
        $rows = [];
        foreach ($ampel as $criterion => $rating) {
            $rows[] = ['criterion' => $criterion, 'rating' => (string) $rating];
        }
        return $rows;
    }
}
