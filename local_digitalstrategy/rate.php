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
 * Rates a measure on the Ampel (quality, cost, staff, time) and shows every rating change: who,
 * when, old → new, with comment and counter-measure.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use core\output\notification;
use local_digitalstrategy\form\measure_rating_form;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\board_service;
use local_digitalstrategy\local\strategy\measure_repository;
use local_digitalstrategy\local\strategy\rating_repository;
use local_digitalstrategy\local\strategy\rating_service;
use local_digitalstrategy\local\user_repository;

require_login(null, false);
$id = required_param('id', PARAM_INT);
$measure = \core\di::get(measure_repository::class)->get($id);
$organisation = \core\di::get(organisation_repository::class)->get($measure->orgid);
\core\di::get(board_service::class)->require_view($organisation, (int) $USER->id);
$canedit = \core\di::get(organisation_access::class)->can_edit_strategy($organisation, (int) $USER->id);

$url = new moodle_url('/local/digitalstrategy/rate.php', ['id' => $id]);
$PAGE->set_context(context_system::instance());
$PAGE->set_url($url);
$PAGE->set_pagelayout('standard');
// Plain text: Moodle formats (and so escapes) the title and heading once.
$title = get_string('ampel_ratetitle', 'local_digitalstrategy', $measure->title);
$PAGE->set_title($title);
$PAGE->set_heading($title);

$form = null;
if ($canedit) {
    $form = new measure_rating_form($url);
    $form->set_data(['id' => $id]);
    if ($data = $form->get_data()) {
        \core\di::get(rating_service::class)->rate(
            $id,
            (string) $data->criterion,
            (string) $data->rating,
            (string) $data->comment,
            (string) $data->countermeasure,
            (int) $USER->id
        );
        redirect($url, get_string('ampel_saved', 'local_digitalstrategy'), null, notification::NOTIFY_SUCCESS);
    }
}

$history = \core\di::get(rating_repository::class)->history($id);
$names = \core\di::get(user_repository::class)->full_names(array_map(fn($r) => $r->userid, $history));
$rows = [];
foreach ($history as $rating) {
    $rows[] = [
        'criterion' => get_string('ampel_criterion_' . $rating->criterion, 'local_digitalstrategy'),
        'previous' => \local_digitalstrategy\output\board_page::ampel_cell($rating->criterion, $rating->previous),
        'rating' => \local_digitalstrategy\output\board_page::ampel_cell($rating->criterion, $rating->rating),
        'user' => $names[$rating->userid] ?? \local_digitalstrategy\local\user_repository::deleted_name(),
        'time' => userdate($rating->timecreated),
        'comment' => $rating->comment,
        'countermeasure' => $rating->countermeasure,
    ];
}

echo $OUTPUT->header();
if ($form) {
    $form->display();
}
echo $OUTPUT->render_from_template('local_digitalstrategy/ampel_history', [
    'hasrows' => (bool) $rows,
    'rows' => $rows,
    'boardurl' => (new moodle_url('/local/digitalstrategy/board.php', ['orgid' => $organisation->get_id()]))->out(false),
]);
echo $OUTPUT->footer();
