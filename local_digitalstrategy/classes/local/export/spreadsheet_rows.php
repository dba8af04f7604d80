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

use OpenSpout\Common\Entity\Row;

/**
 * Rows of the suite's spreadsheets (XLSX, ODS) as Moodle 4.5 writes them: each value's type
 * kept, a number a numeric cell, text a string cell.
 *
 * Moodle 5.0's writers pass every value through \core\dataformat::escape_spreadsheet_formula(),
 * whose string return type turns numbers into text: scores and counts would be text cells
 * nobody can calculate with. The cells come prepared by {@see safe_export}: no text begins
 * with "=", so OpenSpout's Cell::fromValue() makes no formula of them.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
trait spreadsheet_rows {
    /**
     * One row.
     *
     * @param array $record cells prepared by {@see cell}
     * @param int $rownum row number from 0
     */
    public function write_record($record, $rownum) {
        $this->writer->addRow(Row::fromValues($this->format_record($record)));
    }
}
