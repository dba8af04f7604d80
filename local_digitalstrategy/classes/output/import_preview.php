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

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\local\plural;

/**
 * The preview of a CSV import: what each row would do, or what is wrong with it.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class import_preview implements named_templatable, renderable {
    /**
     * Creates the preview.
     *
     * @param \stdClass[] $rows from organisation_import::preview()
     * @param array<int, array{0: string, 1: mixed}> $fileerrors problems with the file as a whole
     */
    public function __construct(
        /** @var \stdClass[] previewed rows */
        private readonly array $rows,
        /** @var array problems with the file as a whole */
        private readonly array $fileerrors = [],
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/import_preview';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $rows = [];
        $valid = 0;
        foreach ($this->rows as $row) {
            $actions = [];
            if ($row->orgaction !== 'none') {
                $actions[] = get_string('importaction_org' . $row->orgaction, 'local_digitalstrategy');
            }
            if ($row->memberaction !== 'none') {
                $actions[] = get_string(
                    'importaction_member' . $row->memberaction,
                    'local_digitalstrategy',
                    ($row->values['username'] ?? '') ?: ($row->values['email'] ?? '')
                );
            }
            $errors = array_map(fn($e) => get_string($e[0], 'local_digitalstrategy', $e[1]), $row->errors);
            $valid += $errors ? 0 : 1;
            $rows[] = [
                'line' => $row->line,
                'idnumber' => $row->values['idnumber'] ?? '',
                'name' => $row->values['name'] ?? '',
                'user' => ($row->values['username'] ?? '') ?: ($row->values['email'] ?? ''),
                'actions' => $actions ? implode('; ', $actions) : get_string('importaction_none', 'local_digitalstrategy'),
                'errors' => $errors,
                'haserrors' => (bool) $errors,
            ];
        }
        return [
            'rows' => $rows,
            'hasrows' => (bool) $rows,
            'valid' => $valid,
            'invalid' => count($rows) - $valid,
            'validtext' => plural::get_string('importsummary_valid', 'local_digitalstrategy', $valid),
            'invalidtext' => plural::get_string('importsummary_invalid', 'local_digitalstrategy', count($rows) - $valid),
            'fileerrors' => array_map(fn($e) => get_string($e[0], 'local_digitalstrategy', $e[1]), $this->fileerrors),
            'hasfileerrors' => (bool) $this->fileerrors,
        ];
    }
}
