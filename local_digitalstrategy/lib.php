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

/**
 * Callbacks of local_digitalstrategy for Moodle core.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

/**
 * Serves the evidence files of manual indicator values to the project team (those who see the
 * controlling figures), always as a download.
 *
 * @param stdClass $course
 * @param stdClass|null $cm
 * @param context $context
 * @param string $filearea
 * @param array $args itemid (the entry), then the file path
 * @param bool $forcedownload
 * @param array $options
 * @return bool false when there is no such file
 */
function local_digitalstrategy_pluginfile($course, $cm, $context, $filearea, $args, $forcedownload, array $options = []) {
    if (
        $context->contextlevel !== CONTEXT_SYSTEM
            || $filearea !== \local_digitalstrategy\local\controlling\manual_value_service::FILEAREA
    ) {
        return false;
    }
    require_login(null, false);
    require_capability('local/digitalstrategy:viewcontrolling', $context);
    $itemid = (int) array_shift($args);
    $filename = array_pop($args);
    $filepath = $args ? '/' . implode('/', $args) . '/' : '/';
    $file = get_file_storage()->get_file(
        $context->id,
        'local_digitalstrategy',
        $filearea,
        $itemid,
        $filepath,
        (string) $filename
    );
    if (!$file || $file->is_directory()) {
        return false;
    }
    send_stored_file($file, DAYSECS, 0, true, $options);
}
