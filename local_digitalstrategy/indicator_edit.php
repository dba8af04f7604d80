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
 * Adds or edits an indicator of the catalogue: name, unit, direction, tolerance, source (a missing
 * one shown clearly), the source's options and a target per half-year.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use core\output\notification;
use local_digitalstrategy\form\indicator_form;
use local_digitalstrategy\local\controlling\indicator_catalogue_service;
use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\local\controlling\period;
use local_digitalstrategy\local\controlling\programme;

$id = optional_param('id', 0, PARAM_INT);

$context = context_system::instance();
require_login();
require_capability('local/digitalstrategy:managecontrolling', $context);
$catalogue = \core\di::get(indicator_catalogue_service::class);
$current = $id ? \core\di::get(indicator_repository::class)->get($id) : null;

$url = new moodle_url('/local/digitalstrategy/indicator_edit.php', $id ? ['id' => $id] : []);
$listurl = new moodle_url('/local/digitalstrategy/indicators.php');
$PAGE->set_context($context);
$PAGE->set_url($url);
$PAGE->set_pagelayout('admin');
// Plain text: Moodle formats (and so escapes) the title and heading once.
$title = $current ? get_string('indicatoredit_title', 'local_digitalstrategy', $current->display_name())
    : get_string('indicatoredit_add', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);
$PAGE->navbar->add(get_string('indicatoredit_catalogue', 'local_digitalstrategy'), $listurl);
$PAGE->navbar->add($title);

$form = new indicator_form($url, [
    'current' => $current,
    'sources' => $catalogue->source_options($current),
    'sourcemissing' => $current && $catalogue->source_missing($current),
    'periods' => array_map(fn(period $period) => $period->label(), \core\di::get(programme::class)->periods()),
]);
if ($current) {
    $form->set_data($catalogue->form_values($current));
}
if ($form->is_cancelled()) {
    redirect($listurl);
} else if ($data = $form->get_data()) {
    $catalogue->save((array) $data, $current, (int) $USER->id);
    redirect($listurl, get_string('indicatoredit_saved', 'local_digitalstrategy'), null, notification::NOTIFY_SUCCESS);
}

echo $OUTPUT->header();
echo $OUTPUT->heading($title);
$form->display();
echo $OUTPUT->footer();
