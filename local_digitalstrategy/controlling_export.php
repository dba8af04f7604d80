<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

/**
 * The funder report in one click: the controlling workbook (cover sheet, indicator timeline with
 * Ampel colours, attendance, survey participation, feedback means, document access) as XLSX or ODS.
 *
 * Parameters: format (xlsx or ods), period (optional: one half-year of the programme; without it
 * the whole programme).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\event\funder_report_downloaded;
use local_digitalstrategy\local\controlling\funder_report;
use local_digitalstrategy\local\controlling\programme;

$format = optional_param('format', 'xlsx', PARAM_ALPHA);
$periodindex = optional_param('period', 0, PARAM_INT);

require_login(null, false);
$context = context_system::instance();
$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/controlling_export.php', array_filter([
    'format' => $format,
    'period' => $periodindex,
])));
require_capability('local/digitalstrategy:viewcontrolling', $context);

if (!isset(funder_report::FORMATS[$format])) {
    throw new moodle_exception('funderreport_error_format', 'local_digitalstrategy', '', $format);
}
if ($periodindex !== 0) {
    // Throws error_periodoutside, which names the programme's half-years.
    \core\di::get(programme::class)->period($periodindex);
}

$now = \core\di::get(\core\clock::class)->time();
$workbook = funder_report::workbook($format, funder_report::filename($now));
\core_php_time_limit::raise();
\core\di::get(funder_report::class)->write($workbook, $periodindex ?: null, $now, fullname($USER));
funder_report_downloaded::create_for_download($format, $periodindex, (int) $USER->id)->trigger();
// The user's other tabs need not wait for the file.
\core\session\manager::write_close();
$workbook->close();
die();
