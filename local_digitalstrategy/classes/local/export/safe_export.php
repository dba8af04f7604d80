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
 * The one way a table leaves the suite as a file: every export of local_digitalstrategy,
 * mod_devcircle and block_digicheck (and every one still to come) is written here, with Moodle's
 * data format plugins (CSV, Excel, ODS, HTML table, PDF, JSON: whichever the site enables).
 *
 * What it guarantees, in every format, for headings and cells alike:
 * - text that a spreadsheet program could take for a formula (beginning with =, +, -, @, tab or
 *   carriage return) gets a leading single quote ({@see cell}, after OWASP's guidance on CSV
 *   injection); numbers (int, float) stay numbers. In XLSX and ODS such text is therefore a
 *   string cell (Moodle's writers make a formula only of text beginning with "="), a number a
 *   numeric cell on Moodle 5.0 too ({@see spreadsheet_rows});
 * - CSV: every text field in double quotes, and a formula character after a separator or line
 *   end inside a text behind a single quote too, so a program that splits at ";" cannot start a
 *   formula cell inside a text ({@see csv_writer}: Moodle's CSV writer quotes only where "," needs it);
 * - formats that take HTML (HTML table, PDF): every value escaped, so a name such as
 *   <script>…</script> or <img onerror> shows as written and runs or fetches nothing; the HTML
 *   table's headings too ({@see html_table_writer}).
 *
 * How an export uses it: give the export class this service through its constructor (\core\di
 * autowires it); build headings and rows as plain values (text as stored, never escaped, numbers
 * as int or float, null for an empty cell); send them with download() from the page (after
 * require_login() and the capability check), or write them to a file with write(). Offer the
 * formats with $OUTPUT->download_dataformat_selector(). Never call \core\dataformat::download_data()
 * or a data format writer directly.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class safe_export {
    /** @var array<string, class-string<\core\dataformat\base>> Formats whose Moodle writer is replaced by a safe one. */
    private const WRITERS = [
        'csv' => csv_writer::class,
        'excel' => xlsx_writer::class,
        'ods' => ods_writer::class,
        'html' => html_table_writer::class,
    ];

    /**
     * Sends a table as a file to the browser. The caller ends the request afterwards (die()).
     *
     * @param string $filename the file's name without extension (cleaned here)
     * @param string $format an enabled data format (csv, excel, ods, html, pdf, json, …)
     * @param array $columns the headings, text as stored
     * @param iterable $rows each row an array (or object) of cells in column order: text as
     *     stored, numbers as int or float, null for an empty cell
     * @throws \invalid_parameter_exception when the format is not an enabled data format
     */
    public function download(string $filename, string $format, array $columns, iterable $rows): void {
        $writer = self::writer($format);
        if (ob_get_length()) {
            throw new \coding_exception('Output can not be buffered before an export is sent');
        }
        \core_php_time_limit::raise();
        // The user's other tabs need not wait for the file.
        \core\session\manager::write_close();
        \core_form\util::form_download_complete();
        $writer->set_filename(clean_filename($filename));
        $writer->send_http_headers();
        $writer->start_output();
        self::write_table($writer, $columns, $rows);
        $writer->close_output();
    }

    /**
     * Writes a table into a file of its own in a request directory.
     *
     * @param string $filename the file's name without extension (cleaned here)
     * @param string $format an enabled data format
     * @param array $columns the headings, text as stored
     * @param iterable $rows as for download()
     * @return string the path of the file
     * @throws \invalid_parameter_exception when the format is not an enabled data format
     */
    public function write(string $filename, string $format, array $columns, iterable $rows): string {
        $writer = self::writer($format);
        \core_php_time_limit::raise();
        $path = make_request_directory() . '/' . clean_filename($filename) . $writer->get_extension();
        $writer->set_filepath($path);
        $writer->start_output_to_file();
        self::write_table($writer, $columns, $rows);
        $writer->close_output_to_file();
        return $path;
    }

    /**
     * The writer of a format: the suite's where Moodle's is not safe, else Moodle's.
     *
     * @param string $format
     * @return \core\dataformat\base
     * @throws \invalid_parameter_exception when the format is not an enabled data format
     */
    private static function writer(string $format): \core\dataformat\base {
        $plugins = \core_plugin_manager::instance()->get_plugins_of_type('dataformat');
        if (!isset($plugins[$format]) || !$plugins[$format]->is_enabled()) {
            throw new \invalid_parameter_exception('Not an enabled data format: ' . $format);
        }
        $class = self::WRITERS[$format] ?? null;
        return $class ? new $class() : \core\dataformat::get_format_instance($format);
    }

    /**
     * Headings and rows, each value made safe for the writer's format.
     *
     * @param \core\dataformat\base $writer
     * @param array $columns
     * @param iterable $rows
     */
    private static function write_table(\core\dataformat\base $writer, array $columns, iterable $rows): void {
        $headings = cell::row($columns);
        $writer->start_sheet($headings);
        $html = $writer->supports_html();
        $rownum = 0;
        foreach ($rows as $row) {
            $cells = cell::row($row);
            if ($html) {
                $cells = array_map(fn($cell) => is_string($cell) ? cell::html($cell) : $cell, $cells);
            }
            $writer->write_record($cells, $rownum++);
        }
        $writer->close_sheet($headings);
    }
}
