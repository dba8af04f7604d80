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
 * Exports the check results of all organisations through Moodle's dataformat API.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\questionnaire\instrument_repository;

$dataformat = required_param('dataformat', PARAM_ALPHA);
require_login(null, false);
$context = context_system::instance();
require_capability('local/digitalstrategy:viewallresults', $context);

$current = (new instrument_repository())->get_current_check();
if (!$current) {
    throw new moodle_exception('instrumentnotfound', 'local_digitalstrategy');
}
$export = new \block_digicheck\local\aggregate_export($current['instrument'], current_language());
$filename = clean_filename(get_string('exportfilename', 'block_digicheck') . '-' . userdate(time(), '%Y-%m-%d'));
\core\dataformat::download_data($filename, $dataformat, $export->columns(), $export->rows());
