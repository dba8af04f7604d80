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
 * The process Ampel of the programme plan: each process rated on quality, cost, staff and
 * timeliness per half-year with a note. Without a process, the half-year's overview; with one,
 * the form to rate it and its history in that half-year.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use core\output\notification;
use local_digitalstrategy\form\process_rating_form;
use local_digitalstrategy\local\controlling\process_rating;
use local_digitalstrategy\local\controlling\process_rating_repository;
use local_digitalstrategy\local\controlling\process_rating_service;
use local_digitalstrategy\local\controlling\programme;
use local_digitalstrategy\local\user_repository;
use local_digitalstrategy\output\process_ampel_page;

$periodindex = optional_param('period', 0, PARAM_INT);
$process = optional_param('process', '', PARAM_ALPHANUMEXT);

$context = context_system::instance();
$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/processes.php', ['period' => $periodindex, 'process' => $process]));
$PAGE->set_pagelayout('admin');
require_login();
require_capability('local/digitalstrategy:viewcontrolling', $context);
$canmanage = has_capability('local/digitalstrategy:managecontrolling', $context);
$service = \core\di::get(process_rating_service::class);
$programme = \core\di::get(programme::class);
// A half-year outside the programme ends here with a clear message.
$period = $periodindex ? $programme->period($periodindex) : $service->default_period();
if ($process !== '' && !in_array($process, process_rating::PROCESSES, true)) {
    throw new moodle_exception('process_error_process', 'local_digitalstrategy');
}
$begun = !$period->is_future(\core\di::get(\core\clock::class)->time());

$params = ['period' => $period->index] + ($process !== '' ? ['process' => $process] : []);
$url = new moodle_url('/local/digitalstrategy/processes.php', $params);
$PAGE->set_url($url);
$title = get_string('process_title', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);

$repository = \core\di::get(process_rating_repository::class);
$form = null;
if ($process !== '' && $canmanage && $begun) {
    $form = new process_rating_form($url);
    $defaults = ['process' => $process, 'period' => $period->index];
    $latest = $repository->current_all()[$process][$period->index] ?? null;
    foreach (process_rating::CRITERIA as $criterion) {
        $defaults[$criterion] = $latest ? (string) $latest->$criterion : '';
    }
    $form->set_data($defaults);
    if ($form->is_cancelled()) {
        redirect(new moodle_url('/local/digitalstrategy/processes.php', ['period' => $period->index]));
    } else if ($data = $form->get_data()) {
        $colours = [];
        foreach (process_rating::CRITERIA as $criterion) {
            $colours[$criterion] = (string) ($data->$criterion ?? '');
        }
        $service->rate($process, $period->index, $colours, (string) ($data->note ?? ''), (int) $USER->id);
        redirect($url, get_string('process_saved', 'local_digitalstrategy'), null, notification::NOTIFY_SUCCESS);
    }
}

$current = [];
foreach ($repository->current_all() as $name => $byperiod) {
    if (isset($byperiod[$period->index])) {
        $current[$name] = $byperiod[$period->index];
    }
}
$history = $process !== '' ? $repository->history($process, $period->index) : [];
$names = \core\di::get(user_repository::class)->full_names(array_merge(
    array_map(fn($rating) => (int) $rating->userid, $current),
    array_map(fn($rating) => (int) $rating->userid, $history)
));
$periods = [];
foreach ($programme->periods() as $index => $option) {
    $periods[$index] = $option->label();
}

echo $OUTPUT->header();
echo $OUTPUT->heading($title);
echo $OUTPUT->single_select(
    new moodle_url('/local/digitalstrategy/processes.php', $process !== '' ? ['process' => $process] : []),
    'period',
    $periods,
    $period->index,
    null,
    null,
    ['label' => get_string('process_period', 'local_digitalstrategy')]
);
if ($canmanage && !$begun) {
    echo $OUTPUT->notification(get_string('process_notbegun', 'local_digitalstrategy'), notification::NOTIFY_INFO, false);
}
if ($form) {
    echo $OUTPUT->heading(get_string('process_rateheading', 'local_digitalstrategy', (object) [
        'process' => process_rating_service::process_name($process), 'period' => $period->label(),
    ]), 3);
    $form->display();
}
echo $OUTPUT->render(new process_ampel_page($period, $current, $process, $history, $names, $canmanage && $begun));
echo $OUTPUT->footer();
