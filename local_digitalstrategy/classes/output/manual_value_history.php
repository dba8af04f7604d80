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

namespace local_digitalstrategy\output;

use local_digitalstrategy\local\controlling\manual_value_service;

/**
 * Every manual entry of an indicator in a half-year, newest first: who entered what when, the
 * comment and the evidence files. The newest entry is the one that counts.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class manual_value_history implements \renderable, \templatable {
    /**
     * Creates the list.
     *
     * @param string $periodlabel the half-year, e.g. "Half-year 2 of 2018"
     * @param array<int, array{entry: \stdClass, files: \stored_file[]}> $history newest first (manual_value_service::history)
     * @param array<int, string> $names full names by user id (deleted accounts missing)
     */
    public function __construct(
        /** @var string */
        private readonly string $periodlabel,
        /** @var array */
        private readonly array $history,
        /** @var array<int, string> */
        private readonly array $names,
    ) {
    }

    /**
     * The data of the template.
     *
     * @param \renderer_base $output
     * @return array
     */
    public function export_for_template(\renderer_base $output): array {
        $context = \context_system::instance();
        $rows = [];
        foreach ($this->history as $position => $item) {
            $entry = $item['entry'];
            $files = [];
            foreach ($item['files'] as $file) {
                $files[] = [
                    'name' => $file->get_filename(),
                    'url' => \moodle_url::make_pluginfile_url(
                        $context->id,
                        manual_value_service::COMPONENT,
                        manual_value_service::FILEAREA,
                        $file->get_itemid(),
                        $file->get_filepath(),
                        $file->get_filename(),
                        true
                    )->out(false),
                    'size' => display_size($file->get_filesize()),
                ];
            }
            $rows[] = [
                'id' => (int) $entry->id,
                'time' => userdate((int) $entry->timecreated, get_string('strftimedatetimeshort', 'core_langconfig')),
                'user' => $this->names[(int) $entry->userid] ?? \local_digitalstrategy\local\user_repository::deleted_name(),
                'value' => format_float((float) $entry->value, -1),
                'comment' => (string) $entry->comment,
                'files' => $files,
                'hasfiles' => (bool) $files,
                'current' => $position === 0,
            ];
        }
        return ['period' => $this->periodlabel, 'rows' => $rows, 'hasrows' => (bool) $rows];
    }
}
