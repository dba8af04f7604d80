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
use moodle_url;

/**
 * The stored questionnaire instruments (every version), with export links.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class instruments_page implements named_templatable, renderable {
    /**
     * Creates the list.
     *
     * @param \stdClass[] $versions from instrument_repository::list_versions()
     * @param array<int, string> $names instrument names by id, in the viewer's language
     * @param array<int, array{path: string, message: string}> $errors errors of a rejected import
     */
    public function __construct(
        /** @var \stdClass[] versions */
        private readonly array $versions,
        /** @var array<int, string> names by id */
        private readonly array $names,
        /** @var array errors of a rejected import */
        private readonly array $errors = [],
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/instruments_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        return [
            'instruments' => array_map(fn($v) => [
                'name' => $this->names[$v->id] ?? $v->idnumber,
                'idnumber' => $v->idnumber,
                'version' => (int) $v->version,
                'kind' => get_string('kind_' . $v->kind, 'local_digitalstrategy'),
                'runs' => (int) $v->runs,
                'timecreated' => userdate($v->timecreated, get_string('strftimedatetimeshort', 'langconfig')),
                'exporturl' => (new moodle_url('/local/digitalstrategy/instruments.php', ['export' => $v->id]))->out(false),
            ], $this->versions),
            'errors' => $this->errors,
            'haserrors' => (bool) $this->errors,
        ];
    }
}
