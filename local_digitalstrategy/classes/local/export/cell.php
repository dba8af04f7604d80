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
 * What a cell of an export may hold, and how text is made safe for spreadsheet programs.
 *
 * A cell is a number (int or float: data, written as a number in every format) or text. Text
 * that a spreadsheet program could take for a formula gets a leading single quote, as OWASP's
 * guidance on CSV injection says: text beginning with =, +, -, @, tab (0x09), carriage return
 * (0x0D) or NUL (0x00, which OWASP's ASVS adds). Text whose first non-blank character is =, +,
 * - or @ is treated the same way (Moodle 5.0 escapes such cells in its own spreadsheets too), so
 * a file is the same whichever Moodle wrote it. Numbers are never changed: -2 or 75.0 are not
 * formulas. Pure: no Moodle API, tested by the domain suite.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class cell {
    /** Text that a spreadsheet program may evaluate: a formula character first, or after blanks; tab, CR or NUL first. */
    private const FORMULA_START = '/^(?:[\t\r\0]|[\s\0]*[=+\-@])/';

    /**
     * Text made safe to open in a spreadsheet program.
     *
     * @param string $text the text as stored
     * @return string the text, with a leading single quote where it could be taken for a formula
     */
    public static function text(string $text): string {
        return preg_match(self::FORMULA_START, $text) ? "'" . $text : $text;
    }

    /**
     * Text as HTML text (for the formats that take HTML): escaped once, exactly, so it shows as
     * written and no tag or entity in it means anything.
     *
     * @param string $text
     * @return string
     */
    public static function html(string $text): string {
        return htmlspecialchars($text, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8');
    }

    /**
     * A value as a cell: numbers stay numbers, null is an empty cell, everything else is text.
     *
     * @param mixed $value int, float, string, Stringable or null
     * @return int|float|string the cell: a number, or text made safe with text()
     * @throws \InvalidArgumentException for booleans, arrays and other objects (say what they mean as text)
     */
    public static function value(mixed $value): int|float|string {
        if ($value === null) {
            return '';
        }
        if (is_int($value)) {
            return $value;
        }
        if (is_float($value)) {
            // NAN and INF are no numbers a spreadsheet can store.
            return is_finite($value) ? $value : self::text((string) $value);
        }
        if (is_string($value) || $value instanceof \Stringable) {
            return self::text((string) $value);
        }
        throw new \InvalidArgumentException('An export cell is a number, text or null, not ' . get_debug_type($value));
    }

    /**
     * A row of values as cells, in column order.
     *
     * @param iterable|\stdClass $values the row's values (keys are dropped)
     * @return array<int, int|float|string>
     */
    public static function row(iterable|\stdClass $values): array {
        $cells = [];
        foreach (is_object($values) && !is_iterable($values) ? (array) $values : $values as $value) {
            $cells[] = self::value($value);
        }
        return $cells;
    }
}
