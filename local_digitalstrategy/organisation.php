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
 * Creates or edits an organisation.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

use local_digitalstrategy\local\organisation_repository;

$id = optional_param('id', 0, PARAM_INT);
admin_externalpage_setup(
    'local_digitalstrategy_organisations',
    '',
    null,
    new moodle_url('/local/digitalstrategy/organisation.php', ['id' => $id])
);
require_capability('local/digitalstrategy:manageorganisations', context_system::instance());

$repository = \core\di::get(organisation_repository::class);
$organisation = $id ? $repository->get($id) : null;
$returnurl = new moodle_url('/local/digitalstrategy/organisations.php');
$form = new \local_digitalstrategy\form\organisation_form($PAGE->url);
if ($organisation) {
    $form->set_data($organisation->to_record());
}
if ($form->is_cancelled()) {
    redirect($returnurl);
} else if ($data = $form->get_data()) {
    $saved = $organisation ? $repository->update($organisation, $data, $USER->id) : $repository->create($data, $USER->id);
    redirect(
        $returnurl,
        get_string('organisationsaved', 'local_digitalstrategy', $saved->get_formatted_name()),
        null,
        \core\output\notification::NOTIFY_SUCCESS
    );
}

$title = $organisation ? get_string('editorganisation', 'local_digitalstrategy', $organisation->get_formatted_name())
    : get_string('addorganisation', 'local_digitalstrategy');
$PAGE->navbar->add($title);
echo $OUTPUT->header();
echo $OUTPUT->heading($title);
$form->display();
echo $OUTPUT->footer();
