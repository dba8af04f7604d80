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
use mod_devcircle\output\pad_page;
use mod_devcircle\pads\pad;
use mod_devcircle\pads\pad_repository;
use mod_devcircle\pads\snapshot_repository;

/**
 * The last snapshot of a pad, cleaned for display: what the pad page shows read-only when the
 * pad does not load in the browser (the AMD module mod_devcircle/pad asks for it). HTML cleaned
 * by Moodle, or the plain text when the snapshot has no HTML.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_pad_snapshot extends external_api {
    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'padid' => new external_value(PARAM_INT, 'Id of the pad in Moodle', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
        ]);
    }

    /**
     * Returns the last snapshot.
     *
     * @param int $padid the pad
     * @return array
     */
    public static function execute(int $padid): array {
        ['padid' => $padid] = self::validate_parameters(self::execute_parameters(), ['padid' => $padid]);
        $pad = self::load_pad($padid);
        $context = $pad->get_context();
        self::validate_context($context);
        require_capability('mod/devcircle:view', $context);

        $snapshot = \core\di::get(snapshot_repository::class)->latest($pad->get_id());
        if ($snapshot === null) {
            return ['found' => false, 'html' => '', 'text' => '', 'timecreated' => 0, 'time' => ''];
        }
        $content = pad_page::snapshot_content($snapshot, $context);
        return [
            'found' => true,
            'html' => $content['html'],
            'text' => $content['text'],
            'timecreated' => $snapshot->get_time_created(),
            'time' => userdate($snapshot->get_time_created(), get_string('strftimedatetime', 'langconfig')),
        ];
    }

    /**
     * Loads a pad or fails with a clear message.
     *
     * @param int $padid the pad
     * @return pad
     */
    private static function load_pad(int $padid): pad {
        $pad = \core\di::get(pad_repository::class)->get($padid);
        if ($pad === null) {
            throw new \moodle_exception('padnotfound', 'mod_devcircle');
        }
        return $pad;
    }

    /**
     * Return structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'found' => new external_value(PARAM_BOOL, 'Whether a snapshot exists'),
            'html' => new external_value(PARAM_RAW, 'The snapshot as HTML cleaned by Moodle, empty when it has only text'),
            'text' => new external_value(PARAM_RAW, 'The snapshot as plain text when it has no HTML, else empty'),
            'timecreated' => new external_value(PARAM_INT, 'When it was taken'),
            'time' => new external_value(PARAM_TEXT, 'When it was taken, formatted for the user'),
        ]);
    }
}
