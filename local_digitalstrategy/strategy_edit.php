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
 * Edits the strategy's draft: vision, guiding values and the chosen experiment fields with their
 * implementation steps. A save based on an older version is refused and the form keeps what the
 * user typed.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\form\strategy_form;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\strategy_conflict;
use local_digitalstrategy\local\strategy\strategy_service;

require_login(null, false);
$orgid = optional_param('orgid', 0, PARAM_INT);
$organisations = \core\di::get(organisation_repository::class);
$organisation = $orgid ? $organisations->get($orgid) : $organisations->get_for_user($USER->id);
if (!$organisation) {
    throw new moodle_exception('strategy_noorganisation', 'local_digitalstrategy');
}
$service = \core\di::get(strategy_service::class);
$strategy = $service->get_for_edit($organisation, $USER->id);

$PAGE->set_context(context_system::instance());
$PAGE->set_url(new moodle_url('/local/digitalstrategy/strategy_edit.php', ['orgid' => $organisation->get_id()]));
$PAGE->set_pagelayout('standard');
$title = get_string('strategy_edit', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading(get_string('strategy_of', 'local_digitalstrategy', $organisation->get_name()));
$returnurl = new moodle_url('/local/digitalstrategy/strategy.php', ['orgid' => $organisation->get_id()]);
$PAGE->navbar->add(get_string('strategy', 'local_digitalstrategy'), $returnurl);
$PAGE->navbar->add($title);

$fields = $service->choosable_fields($strategy);
$form = new strategy_form($PAGE->url, ['fields' => $fields]);
$conflict = null;
if ($form->is_cancelled()) {
    redirect($returnurl);
} else if ($data = $form->get_data()) {
    try {
        $service->save_draft(
            $organisation,
            $USER->id,
            (int) $data->version,
            (string) $data->vision,
            (string) $data->guidingvalues,
            $form->chosen_fields($data)
        );
        $message = get_string('strategy_saved', 'local_digitalstrategy');
        redirect($returnurl, $message, null, \core\output\notification::NOTIFY_SUCCESS);
    } catch (strategy_conflict $e) {
        // Shown again with what the user typed; saving once more replaces the colleague's version knowingly.
        $conflict = $e;
        $form = new strategy_form($PAGE->url, ['fields' => $fields, 'currentversion' => $e->currentversion]);
    }
} else {
    $defaults = [
        'orgid' => $organisation->get_id(),
        'version' => $strategy->version,
        'vision' => $strategy->vision,
        'guidingvalues' => $strategy->guidingvalues,
    ];
    foreach ($strategy->fields as $field) {
        $defaults['field_' . $field['fieldid']] = 1;
        $defaults['steps_' . $field['fieldid']] = $field['steps'];
    }
    $form->set_data($defaults);
}

echo $OUTPUT->header();
echo $OUTPUT->heading($title);
if ($conflict) {
    echo $OUTPUT->notification(get_string('strategy_conflict', 'local_digitalstrategy'), 'error', false);
}
$form->display();
echo $OUTPUT->footer();
