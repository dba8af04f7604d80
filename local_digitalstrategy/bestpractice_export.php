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
 * The (filtered) best-practice collection as a PDF for the project's publication.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/filelib.php');

use local_digitalstrategy\local\strategy\bestpractice_document;
use local_digitalstrategy\local\strategy\bestpractice_service;

require_login(null, false);
$search = trim(optional_param('search', '', PARAM_TEXT));
$fieldid = optional_param('fieldid', 0, PARAM_INT);
$dimension = optional_param('dimension', '', PARAM_ALPHANUMEXT);

$PAGE->set_context(context_system::instance());
$PAGE->set_url(new moodle_url(
    '/local/digitalstrategy/bestpractice_export.php',
    array_filter(['search' => $search, 'fieldid' => $fieldid, 'dimension' => $dimension])
));
$service = \core\di::get(bestpractice_service::class);
$service->require_can_view_collection($USER->id);

$lang = current_language();
$found = $service->search($search, $fieldid, $dimension, 0, 0, $lang);
$filter = [];
if ($search !== '') {
    $filter[] = get_string('bestpractice_search', 'local_digitalstrategy') . ': ' . $search;
}
if ($fieldid) {
    $filter[] = get_string('bestpractice_field', 'local_digitalstrategy') . ': ' . ($service->field_names()[$fieldid] ?? $fieldid);
}
if ($dimension !== '') {
    $filter[] = get_string('bestpractice_dimension', 'local_digitalstrategy') . ': '
        . ($service->dimension_names($lang)[$dimension] ?? $dimension);
}
$time = \core\di::get(\core\clock::class)->time();
$bytes = bestpractice_document::pdf($PAGE->get_renderer('core'), $found['entries'], implode('; ', $filter), $time);
$filename = clean_filename(get_string('bestpractice_filename', 'local_digitalstrategy') . '-' . date('Y-m-d', $time) . '.pdf');
send_file($bytes, $filename, 0, 0, true, true, 'application/pdf');
