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
 * The list of experiment fields the project team keeps: name (shipped fields by their language
 * string), whether shipped or archived, and the actions rename, archive and offer again.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_fields_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param array[] $fields from strategy_field_repository::list(true)
     * @param string $sesskey the session key the archive buttons send
     */
    public function __construct(
        /** @var array[] */
        private readonly array $fields,
        /** @var string */
        private readonly string $sesskey,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/strategy_fields_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        return [
            'fields' => array_map(fn($f) => [
                'id' => $f['id'],
                'name' => $f['displayname'],
                'description' => $f['description'],
                'shipped' => $f['idnumber'] !== '',
                'archived' => $f['archived'],
                'editurl' => (new moodle_url('/local/digitalstrategy/field_edit.php', ['id' => $f['id']]))->out(false),
            ], $this->fields),
            'actionurl' => (new moodle_url('/local/digitalstrategy/fields.php'))->out(false),
            'addurl' => (new moodle_url('/local/digitalstrategy/field_edit.php'))->out(false),
            'sesskey' => $this->sesskey,
        ];
    }
}
