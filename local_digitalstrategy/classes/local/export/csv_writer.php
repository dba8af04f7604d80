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
 * CSV as RFC 4180 writes it, for safe_export only: UTF-8 with a byte order mark (so Excel reads
 * umlauts), CRLF line ends, every text field in double quotes (inner quotes doubled), numbers
 * bare.
 *
 * The cells come prepared by {@see cell}: text that begins like a formula is already
 * neutralised. A program that splits at another separator than "," (a German Excel opened by
 * double click splits at ";") leaves the quoting after the first field and starts a cell at
 * every ";", tab or line end inside a text, so inside a text a formula character after one of
 * these (and after ",") gets a single quote too: "Kita a;=1+2" is written "Kita a;'=1+2" and
 * cannot become a cell "=1+2", whichever separator the program uses.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class csv_writer extends \core\dataformat\base {
    /** Inside a text: a separator or line end, blanks, then a formula character. */
    private const FORMULA_AFTER_SEPARATOR = '/(?<=[,;\t\r\n])(\s*)(?=[=+\-@])/';

    /** @var string Media type */
    protected $mimetype = 'text/csv; charset=UTF-8';

    /** @var string File extension */
    protected $extension = '.csv';

    /**
     * The byte order mark.
     */
    public function start_output() {
        echo "\xEF\xBB\xBF";
    }

    /**
     * The header line.
     *
     * @param array $columns the column headings, prepared cells
     */
    public function start_sheet($columns) {
        echo self::line($columns);
    }

    /**
     * One line.
     *
     * @param array $record prepared cells
     * @param int $rownum row number from 0
     */
    public function write_record($record, $rownum) {
        echo self::line((array) $record);
    }

    /**
     * One CSV line.
     *
     * @param array $cells numbers and text
     * @return string
     */
    private static function line(array $cells): string {
        $fields = [];
        foreach ($cells as $cell) {
            if (is_int($cell) || is_float($cell)) {
                $fields[] = (string) $cell;
            } else {
                $text = preg_replace(self::FORMULA_AFTER_SEPARATOR, "\$1'", (string) $cell);
                $fields[] = '"' . str_replace('"', '""', $text) . '"';
            }
        }
        return implode(',', $fields) . "\r\n";
    }
}
