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
 * The best-practice collection: transferable measures their organisations' leadership released,
 * found by text, experiment field and check dimension, with an export for the publication.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\strategy\bestpractice_service;
use local_digitalstrategy\output\bestpractice_page;

require_login(null, false);
$search = trim(optional_param('search', '', PARAM_TEXT));
$fieldid = optional_param('fieldid', 0, PARAM_INT);
$dimension = optional_param('dimension', '', PARAM_ALPHANUMEXT);
$page = max(0, optional_param('page', 0, PARAM_INT));
$filter = array_filter(['search' => $search, 'fieldid' => $fieldid, 'dimension' => $dimension]);

$context = context_system::instance();
$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/bestpractice.php', $filter + ($page ? ['page' => $page] : [])));
$PAGE->set_pagelayout('standard');
$service = \core\di::get(bestpractice_service::class);
$service->require_can_view_collection($USER->id);

$title = get_string('bestpractice_title', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);

$lang = current_language();
$found = $service->search($search, $fieldid, $dimension, $page, bestpractice_service::PER_PAGE, $lang);
echo $OUTPUT->header();
echo $OUTPUT->render(new bestpractice_page(
    $found['entries'],
    $found['total'],
    $page,
    bestpractice_service::PER_PAGE,
    $search,
    $fieldid,
    $dimension,
    $service->field_names(),
    $service->dimension_names($lang)
));
echo $OUTPUT->footer();
