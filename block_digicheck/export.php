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
 * Exports the check results of all organisations (local_digitalstrategy's safe_export), as
 * local/digitalstrategy/allresults.php does (the page the block links to, with the heat map);
 * without a data format it leads there.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\check\aggregate_export;
use local_digitalstrategy\local\export\safe_export;
use local_digitalstrategy\local\questionnaire\instrument_repository;

$dataformat = optional_param('dataformat', '', PARAM_ALPHA);
require_login(null, false);
$context = context_system::instance();
require_capability('local/digitalstrategy:viewallresults', $context);
if ($dataformat === '') {
    redirect(new moodle_url('/local/digitalstrategy/allresults.php'));
}

$current = \core\di::get(instrument_repository::class)->get_current_check();
if (!$current) {
    throw new moodle_exception('instrumentnotfound', 'local_digitalstrategy');
}
$lang = current_language();
$export = \core\di::get(aggregate_export::class);
$filename = clean_filename(get_string('allresults_filename', 'local_digitalstrategy') . '-' . userdate(time(), '%Y-%m-%d'));
\core\di::get(safe_export::class)->download(
    $filename,
    $dataformat,
    $export->columns($current['instrument'], $lang),
    $export->rows($current['instrument'], $lang)
);
die();
