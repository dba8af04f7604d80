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
 * Creates (?orgid=N) or changes (?id=N) a measure of an organisation's strategy.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use core\output\notification;
use local_digitalstrategy\form\measure_form;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\board_service;
use local_digitalstrategy\local\strategy\measure_repository;
use local_digitalstrategy\local\strategy\strategy_service;

require_login(null, false);
$id = optional_param('id', 0, PARAM_INT);
$organisations = \core\di::get(organisation_repository::class);
$measures = \core\di::get(measure_repository::class);
$service = \core\di::get(board_service::class);
$measure = $id ? $measures->get($id) : null;
$organisation = $organisations->get($measure ? $measure->orgid : required_param('orgid', PARAM_INT));
if (!\core\di::get(organisation_access::class)->can_edit_strategy($organisation, (int) $USER->id)) {
    throw new moodle_exception('board_error_noedit', 'local_digitalstrategy');
}
// A measure made from a weakness or recommendation of the check (its results page links here).
$fromcheck = $id ? [] : array_filter([
    'runid' => optional_param('runid', 0, PARAM_INT),
    'dimension' => optional_param('dimension', '', PARAM_ALPHANUMEXT),
    'item' => optional_param('item', '', PARAM_ALPHANUMEXT),
]);
$strategyid = $measures->strategy_id($organisation->get_id());
if (isset($fromcheck['runid']) && ($strategyid === null || !$measures->goals($strategyid))) {
    // A measure belongs to a goal: without one, the check's proposal becomes the goal first.
    redirect(
        new moodle_url('/local/digitalstrategy/goal_edit.php', ['orgid' => $organisation->get_id()] + $fromcheck),
        get_string('measure_needsgoal', 'local_digitalstrategy'),
        null,
        notification::NOTIFY_INFO
    );
}
if ($strategyid === null) {
    throw new moodle_exception('board_nostrategy', 'local_digitalstrategy');
}

$url = new moodle_url(
    '/local/digitalstrategy/measure_edit.php',
    $id ? ['id' => $id] : ['orgid' => $organisation->get_id()] + $fromcheck
);
$boardurl = new moodle_url('/local/digitalstrategy/board.php', ['orgid' => $organisation->get_id()]);
$PAGE->set_context(context_system::instance());
$PAGE->set_url($url);
$PAGE->set_pagelayout('standard');
$title = get_string($id ? 'measure_edit' : 'measure_add', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);

$members = [];
foreach ($organisations->get_members($organisation) as $member) {
    $members[(int) $member->id] = fullname($member);
}
$form = new measure_form($url, [
    'organisation' => $organisation,
    'goals' => $measures->goals($strategyid),
    'members' => $members,
    'fields' => $measures->fields($measure?->fieldid),
]);
if ($measure) {
    $form->set_data([
        'id' => $measure->id, 'orgid' => $organisation->get_id(), 'version' => $measure->version, 'goalid' => $measure->goalid,
        'title' => $measure->title, 'description' => $measure->description, 'ownerid' => $measure->ownerid,
        'startdate' => $measure->startdate, 'duedate' => $measure->duedate, 'fieldid' => (int) $measure->fieldid,
        'phase' => $measure->phase, 'evaluation' => $measure->evaluation, 'evaluationurl' => $measure->evaluationurl,
        'lesson' => $measure->lesson, 'transferable' => (int) $measure->transferable,
    ]);
} else {
    $defaults = ['orgid' => $organisation->get_id()];
    $proposal = isset($fromcheck['runid'], $fromcheck['dimension']) ? \core\di::get(strategy_service::class)->from_check(
        $organisation,
        $fromcheck['runid'],
        $fromcheck['dimension'],
        $fromcheck['item'] ?? '',
        current_language()
    ) : null;
    if ($proposal) {
        $defaults += ['title' => $proposal['title'], 'description' => $proposal['text']];
        $goalid = $measures->goal_for_dimension($strategyid, $proposal['dimension']);
        if ($goalid) {
            $defaults['goalid'] = $goalid;
        }
    }
    $form->set_data($defaults);
}

$conflict = null;
if ($form->is_cancelled()) {
    redirect($boardurl);
} else if ($data = $form->get_data()) {
    if ($measure) {
        [$saved, $current] = $service->update($measure->id, (int) $data->version, $data, (int) $USER->id);
        if ($saved) {
            redirect($boardurl, get_string('measure_saved', 'local_digitalstrategy'), null, notification::NOTIFY_SUCCESS);
        }
        // A colleague changed the measure meanwhile: keep what the user entered, say so, and let a
        // second save (naming the colleague's version) decide.
        $conflict = $current;
        $form->set_version($current->version);
    } else {
        $service->create($organisation, $data, (int) $USER->id);
        redirect($boardurl, get_string('measure_saved', 'local_digitalstrategy'), null, notification::NOTIFY_SUCCESS);
    }
}

echo $OUTPUT->header();
if ($conflict) {
    echo $OUTPUT->notification(get_string('measure_conflict', 'local_digitalstrategy', (object) [
        'title' => $conflict->title,
        'phase' => get_string('board_phase_' . $conflict->phase, 'local_digitalstrategy'),
    ]), \core\output\notification::NOTIFY_WARNING);
}
$form->display();
echo $OUTPUT->footer();
