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
 * Adds or edits a goal of the strategy. Opened from the check's results ("Make this a goal") it is
 * prefilled with the dimension, the recommendation and the run's score of that dimension, which is
 * kept as the goal's baseline.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\form\goal_form;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\strategy_conflict;
use local_digitalstrategy\local\strategy\strategy_service;

require_login(null, false);
$orgid = optional_param('orgid', 0, PARAM_INT);
$goalid = optional_param('id', 0, PARAM_INT);
$runid = optional_param('runid', 0, PARAM_INT);
$dimension = optional_param('dimension', '', PARAM_ALPHANUMEXT);
$itemkey = optional_param('item', '', PARAM_ALPHANUMEXT);
$organisations = \core\di::get(organisation_repository::class);
$organisation = $orgid ? $organisations->get($orgid) : $organisations->get_for_user($USER->id);
if (!$organisation) {
    throw new moodle_exception('strategy_noorganisation', 'local_digitalstrategy');
}
$service = \core\di::get(strategy_service::class);
$strategy = $service->get_for_edit($organisation, $USER->id);
$goal = null;
if ($goalid) {
    $goal = $strategy->get_goal($goalid);
    if (!$goal) {
        throw new moodle_exception('goal_notfound', 'local_digitalstrategy');
    }
}

$params = ['orgid' => $organisation->get_id()] + ($goalid ? ['id' => $goalid] : [])
    + ($runid ? ['runid' => $runid, 'dimension' => $dimension] : []) + ($itemkey ? ['item' => $itemkey] : []);
$PAGE->set_context(context_system::instance());
$PAGE->set_url(new moodle_url('/local/digitalstrategy/goal_edit.php', $params));
$PAGE->set_pagelayout('standard');
$title = get_string($goal ? 'goal_edit' : 'goal_add', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading(get_string('strategy_of', 'local_digitalstrategy', $organisation->get_name()));
$returnurl = new moodle_url('/local/digitalstrategy/strategy.php', ['orgid' => $organisation->get_id()]);
$PAGE->navbar->add(get_string('strategy', 'local_digitalstrategy'), $returnurl);
$PAGE->navbar->add($title);

if ($goal && optional_param('delete', 0, PARAM_BOOL) && data_submitted()) {
    require_sesskey();
    try {
        $service->delete_goal($organisation, $USER->id, required_param('version', PARAM_INT), $goal->id);
    } catch (strategy_conflict $e) {
        $message = get_string('strategy_conflict', 'local_digitalstrategy');
        redirect($PAGE->url, $message, null, \core\output\notification::NOTIFY_ERROR);
    }
    redirect($returnurl, get_string('goal_deleted', 'local_digitalstrategy'), null, \core\output\notification::NOTIFY_SUCCESS);
}

$dimensions = $service->dimensions(current_language());
$defaults = ['orgid' => $organisation->get_id(), 'version' => $strategy->version];
$baseline = null;
if ($goal) {
    $defaults += [
        'id' => $goal->id, 'title' => $goal->title, 'rationale' => $goal->rationale, 'target' => $goal->target,
        'duedate' => $goal->duedate, 'dimension' => $goal->dimension,
    ];
    $baseline = $goal->baseline;
} else if ($runid && ($proposal = $service->from_check($organisation, $runid, $dimension, $itemkey, current_language()))) {
    // Made from the check: the run's score of the dimension becomes the baseline.
    $baseline = $proposal['baseline'];
    $defaults += ['dimension' => $proposal['dimension'], 'baselinerunid' => $proposal['baselinerunid'],
        'title' => $proposal['title']] + ($proposal['text'] === '' ? [] : ['rationale' => $proposal['text']]);
}

$customdata = [
    'dimensions' => $dimensions,
    'baseline' => $baseline === null ? null : format_float($baseline, 1),
    'validate' => fn(array $data) => $service->validate_goal((object) $data, $goal),
];
$form = new goal_form($PAGE->url, $customdata);
$conflict = false;
if ($form->is_cancelled()) {
    redirect($returnurl);
} else if ($data = $form->get_data()) {
    $data->id = $goal?->id ?? 0;
    $data->duedate = (int) ($data->duedate ?? 0);
    try {
        $service->save_goal($organisation, $USER->id, (int) $data->version, $data);
        redirect($returnurl, get_string('goal_saved', 'local_digitalstrategy'), null, \core\output\notification::NOTIFY_SUCCESS);
    } catch (strategy_conflict $e) {
        $conflict = true;
        $form = new goal_form($PAGE->url, $customdata + ['currentversion' => $e->currentversion]);
    }
} else {
    $form->set_data($defaults);
}

echo $OUTPUT->header();
echo $OUTPUT->heading($title);
if ($conflict) {
    echo $OUTPUT->notification(get_string('strategy_conflict', 'local_digitalstrategy'), 'error', false);
}
$form->display();
if ($goal) {
    $delete = new single_button(
        new moodle_url($PAGE->url, ['delete' => 1, 'version' => $strategy->version, 'sesskey' => sesskey()]),
        get_string('goal_delete', 'local_digitalstrategy'),
        'post',
        single_button::BUTTON_DANGER
    );
    $delete->add_confirm_action(get_string('goal_deleteconfirm', 'local_digitalstrategy', $goal->title));
    echo $OUTPUT->render($delete);
}
echo $OUTPUT->footer();
