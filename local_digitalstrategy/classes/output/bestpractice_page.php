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
 * The best-practice collection: the filter (text, experiment field, dimension), one page of
 * released measures, the paging bar and the export link for the same filter. An anonymised entry
 * shows nothing of its organisation.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class bestpractice_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param array[] $entries from bestpractice_service::search()
     * @param int $total entries matching the filter
     * @param int $page from 0
     * @param int $perpage
     * @param string $search
     * @param int $fieldid
     * @param string $dimension
     * @param array<int, string> $fields experiment field names by id
     * @param array<string, string> $dimensions dimension names by key
     */
    public function __construct(
        /** @var array[] */
        private readonly array $entries,
        /** @var int */
        private readonly int $total,
        /** @var int */
        private readonly int $page,
        /** @var int */
        private readonly int $perpage,
        /** @var string */
        private readonly string $search,
        /** @var int */
        private readonly int $fieldid,
        /** @var string */
        private readonly string $dimension,
        /** @var array<int, string> */
        private readonly array $fields,
        /** @var array<string, string> */
        private readonly array $dimensions,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/bestpractice_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = \context_system::instance();
        $filter = array_filter(['search' => $this->search, 'fieldid' => $this->fieldid, 'dimension' => $this->dimension]);
        $baseurl = new moodle_url('/local/digitalstrategy/bestpractice.php', $filter);
        $fields = [];
        foreach ($this->fields as $id => $name) {
            $fields[] = ['value' => $id, 'name' => $name, 'selected' => $id === $this->fieldid];
        }
        $dimensions = [];
        foreach ($this->dimensions as $key => $name) {
            $dimensions[] = ['value' => $key, 'name' => $name, 'selected' => $key === $this->dimension];
        }
        $entries = array_map(fn(array $entry) => [
            'id' => $entry['id'],
            'title' => format_string($entry['title'], true, ['context' => $context]),
            'description' => format_text($entry['description'], FORMAT_MOODLE, ['context' => $context]),
            'lesson' => format_text($entry['lesson'], FORMAT_MOODLE, ['context' => $context]),
            'haslesson' => trim($entry['lesson']) !== '',
            'hasdescription' => trim($entry['description']) !== '',
            'fieldname' => $entry['fieldname'],
            'dimensionname' => $entry['dimensionname'],
            'named' => $entry['named'],
            'orgname' => $entry['named'] ? format_string($entry['orgname'], true, ['context' => $context]) : '',
            'changed' => userdate($entry['timemodified'], get_string('strftimedate', 'langconfig')),
        ], $this->entries);
        return [
            'actionurl' => (new moodle_url('/local/digitalstrategy/bestpractice.php'))->out(false),
            'search' => $this->search,
            'fields' => $fields,
            'dimensions' => $dimensions,
            'filtered' => (bool) $filter,
            'reseturl' => $baseurl->out_omit_querystring(),
            'entries' => $entries,
            'hasentries' => (bool) $entries,
            'total' => $this->total,
            'exporturl' => (new moodle_url('/local/digitalstrategy/bestpractice_export.php', $filter))->out(false),
            'pagingbar' => $output->render(new \paging_bar($this->total, $this->page, $this->perpage, $baseurl)),
        ];
    }
}
