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
 * The measures of an organisation's strategy by due date, overdue ones marked (in words).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\board_service;

require_login(null, false);
$orgid = optional_param('orgid', 0, PARAM_INT);
$organisations = \core\di::get(organisation_repository::class);
$organisation = $orgid ? $organisations->get($orgid) : $organisations->get_for_user((int) $USER->id);
if (!$organisation) {
    throw new moodle_exception('notmember', 'local_digitalstrategy');
}
$board = \core\di::get(board_service::class)->board($organisation, (int) $USER->id);

$PAGE->set_context(context_system::instance());
$PAGE->set_url(new moodle_url('/local/digitalstrategy/timeline.php', ['orgid' => $organisation->get_id()]));
$PAGE->set_pagelayout('standard');
$title = get_string('board_timeline', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);

// By due date; measures without one last, in board order.
$measures = $board['measures'];
usort($measures, fn($a, $b) => [$a['duedate'] === 0, $a['duedate']] <=> [$b['duedate'] === 0, $b['duedate']]);
$rows = [];
foreach ($measures as $measure) {
    $rows[] = [
        'title' => $measure['title'],
        'duedate' => $measure['duedatetext'],
        'overdue' => $measure['overdue'],
        'phase' => get_string('board_phase_' . $measure['phase'], 'local_digitalstrategy'),
        'owner' => $measure['ownername'],
    ];
}

echo $OUTPUT->header();
echo $OUTPUT->render_from_template('local_digitalstrategy/board_timeline', [
    'orgname' => $organisation->get_formatted_name(),
    'hasrows' => (bool) $rows,
    'rows' => $rows,
    'boardurl' => (new moodle_url('/local/digitalstrategy/board.php', ['orgid' => $organisation->get_id()]))->out(false),
]);
echo $OUTPUT->footer();
