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

namespace local_digitalstrategy\local\export;

/**
 * The HTML table of an export: Moodle's writer (\dataformat_html\writer: page, styles, rows)
 * with the headings escaped. Moodle's writer puts headings and cells into the page raw (it
 * expects HTML); {@see safe_export} escapes the cells, as for every format that takes HTML, and
 * this writer the headings, so a heading such as "Kinder & Jugend" shows as written and a name
 * such as <script>…</script> runs nothing when the file is opened in a browser.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class html_table_writer extends \dataformat_html\writer {
    /**
     * The table and its header row, each heading as text.
     *
     * @param array $columns the column headings, prepared by {@see cell}
     */
    public function start_sheet($columns) {
        parent::start_sheet(array_map(fn($heading) => cell::html((string) $heading), (array) $columns));
    }
}
