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
use core_external\external_single_structure;
use core_external\external_value;
use mod_devcircle\local\etherpad\etherpad_exception;
use mod_devcircle\local\pads\snapshotter;
use mod_devcircle\pad_snapshot;

/**
 * Puts an earlier snapshot back into its pad.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class restore_pad_snapshot extends external_api {
    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'snapshotid' => new external_value(PARAM_INT, 'The snapshot to restore'),
        ]);
    }

    /**
     * Restores the snapshot.
     *
     * @param int $snapshotid the snapshot
     * @return array
     */
    public static function execute(int $snapshotid): array {
        global $USER;
        ['snapshotid' => $snapshotid] = self::validate_parameters(self::execute_parameters(), ['snapshotid' => $snapshotid]);
        $snapshot = pad_snapshot::get_by_id($snapshotid, IGNORE_MISSING);
        if ($snapshot === null) {
            throw new \moodle_exception('padnotfound', 'mod_devcircle');
        }
        $pad = get_pad_snapshot::load_pad($snapshot->get_pad_id());
        $context = $pad->get_context();
        self::validate_context($context);
        require_capability('mod/devcircle:restoresnapshot', $context);

        try {
            $restored = snapshotter::from_config()->restore($snapshot, (int) $USER->id);
        } catch (etherpad_exception $e) {
            // A clean message for the user; the snapshot stays in Moodle.
            throw new \moodle_exception($e->errorcode, 'mod_devcircle', '', $e->a);
        }
        return ['snapshotid' => $restored->get_id(), 'timecreated' => $restored->get_time_created()];
    }

    /**
     * Return structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'snapshotid' => new external_value(PARAM_INT, 'The snapshot that records the restored state'),
            'timecreated' => new external_value(PARAM_INT, 'When it was restored'),
        ]);
    }
}
