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
 * The indicator catalogue of project controlling: every indicator with its unit, direction,
 * tolerance, source and targets per half-year; links to edit them and to enter manual values.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

use local_digitalstrategy\local\controlling\indicator_catalogue_service;
use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\local\controlling\programme;
use local_digitalstrategy\output\indicator_catalogue_page;

// Checks the login and local/digitalstrategy:viewcontrolling, and places the page in the admin tree.
admin_externalpage_setup('local_digitalstrategy_indicators');
$context = context_system::instance();
$canmanage = has_capability('local/digitalstrategy:managecontrolling', $context);

$title = get_string('indicatoredit_catalogue', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);

$repository = \core\di::get(indicator_repository::class);
$catalogue = \core\di::get(indicator_catalogue_service::class);
$indicators = $repository->all();
$missing = [];
foreach ($indicators as $indicator) {
    $missing[$indicator->id] = $catalogue->source_missing($indicator);
}
$page = new indicator_catalogue_page(
    $indicators,
    $repository->targets(),
    $missing,
    \core\di::get(programme::class)->periods(),
    $canmanage
);

echo $OUTPUT->header();
echo $OUTPUT->heading($title);
echo $OUTPUT->render($page);
echo $OUTPUT->footer();
