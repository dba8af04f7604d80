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

/**
 * Adds or renames an experiment field.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\form\strategy_field_form;
use local_digitalstrategy\local\strategy\strategy_field_repository;

require_login(null, false);
$context = context_system::instance();
require_capability('local/digitalstrategy:manageorganisations', $context);
$id = optional_param('id', 0, PARAM_INT);
$fields = \core\di::get(strategy_field_repository::class);
$field = $id ? $fields->get($id) : null;

$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/field_edit.php', $id ? ['id' => $id] : []));
$PAGE->set_pagelayout('admin');
$returnurl = new moodle_url('/local/digitalstrategy/fields.php');
$title = get_string($field ? 'field_rename' : 'field_add', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading(get_string('field_list', 'local_digitalstrategy'));
$PAGE->navbar->add(get_string('field_list', 'local_digitalstrategy'), $returnurl);
$PAGE->navbar->add($title);

$form = new strategy_field_form($PAGE->url, ['shipped' => $field && $field['idnumber'] !== '']);
if ($field) {
    $form->set_data(['id' => $field['id'], 'name' => $field['name'], 'description' => $field['description']]);
}
if ($form->is_cancelled()) {
    redirect($returnurl);
} else if ($data = $form->get_data()) {
    $name = trim($data->name);
    if ($field) {
        $fields->rename($field['id'], $name, (string) $data->description, $USER->id);
    } else {
        $fields->add($name, (string) $data->description, $USER->id);
    }
    redirect($returnurl, get_string('field_saved', 'local_digitalstrategy'), null, \core\output\notification::NOTIFY_SUCCESS);
}

echo $OUTPUT->header();
echo $OUTPUT->heading($title);
$form->display();
echo $OUTPUT->footer();
