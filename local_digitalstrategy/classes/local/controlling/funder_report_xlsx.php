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

namespace local_digitalstrategy\local\controlling;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/excellib.class.php');

/**
 * The funder report as an Excel workbook (XLSX): Moodle's workbook, which either sends itself
 * (close()) or hands over its bytes (content(), for a file or a test).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class funder_report_xlsx extends \MoodleExcelWorkbook {
    /**
     * The workbook as the bytes of an XLSX file.
     *
     * @return string
     */
    public function content(): string {
        $path = make_request_directory() . '/funderreport.xlsx';
        $this->objspreadsheet->setActiveSheetIndex(0);
        \PhpOffice\PhpSpreadsheet\IOFactory::createWriter($this->objspreadsheet, 'Xlsx')->save($path);
        return (string) file_get_contents($path);
    }
}
