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
 * Enters a manual value of an indicator for a half-year, with a comment and evidence files, and
 * shows every entry of that half-year (who entered what, when). The newest entry counts.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use core\output\notification;
use local_digitalstrategy\form\manual_value_form;
use local_digitalstrategy\local\controlling\indicator_catalogue_service;
use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\local\controlling\manual_value_service;
use local_digitalstrategy\local\controlling\period;
use local_digitalstrategy\local\controlling\programme;
use local_digitalstrategy\local\user_repository;
use local_digitalstrategy\output\manual_value_history;

$indicatorid = required_param('indicator', PARAM_INT);
$periodindex = optional_param('period', 0, PARAM_INT);

$context = context_system::instance();
$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/indicator_value.php', ['indicator' => $indicatorid,
    'period' => $periodindex]));
$PAGE->set_pagelayout('admin');
require_login();
require_capability('local/digitalstrategy:viewcontrolling', $context);
$canmanage = has_capability('local/digitalstrategy:managecontrolling', $context);
$service = \core\di::get(manual_value_service::class);
$indicator = \core\di::get(indicator_repository::class)->all()[$indicatorid] ?? null;
if (!$indicator) {
    throw new moodle_exception('manualvalue_error_noindicator', 'local_digitalstrategy');
}
$periods = $service->entry_periods();
if ($periodindex) {
    // A half-year outside the programme or not yet begun ends here with a clear message.
    $period = $service->period_for_entry($periodindex);
} else {
    $now = \core\di::get(\core\clock::class)->time();
    $period = \core\di::get(programme::class)->period_at($now) ?? ($periods ? end($periods) : null);
    if (!$period) {
        throw new moodle_exception('manualvalue_error_notbegun', 'local_digitalstrategy');
    }
}

$url = new moodle_url('/local/digitalstrategy/indicator_value.php', ['indicator' => $indicator->id, 'period' => $period->index]);
$listurl = new moodle_url('/local/digitalstrategy/indicators.php');
$PAGE->set_url($url);
// Plain text: Moodle formats (and so escapes) the title and heading once.
$title = get_string('manualvalue_title', 'local_digitalstrategy', $indicator->display_name());
$PAGE->set_title($title);
$PAGE->set_heading($title);
$PAGE->navbar->add(get_string('indicatoredit_catalogue', 'local_digitalstrategy'), $listurl);
$PAGE->navbar->add($title);

$form = null;
if ($canmanage && $service->takes_values($indicator)) {
    $options = $service->file_options();
    $form = new manual_value_form($url, [
        'indicator' => $indicator,
        'periods' => array_map(fn(period $p) => $p->label(), $periods),
        'fileoptions' => $options,
    ]);
    $draftitemid = file_get_submitted_draft_itemid('evidence');
    file_prepare_draft_area(
        $draftitemid,
        $context->id,
        manual_value_service::COMPONENT,
        manual_value_service::FILEAREA,
        null,
        $options
    );
    $form->set_data(['indicator' => $indicator->id, 'period' => $period->index, 'evidence' => $draftitemid]);
    if ($form->is_cancelled()) {
        redirect($listurl);
    } else if ($data = $form->get_data()) {
        $service->add(
            $indicator,
            (int) $data->period,
            (string) $data->value,
            (string) ($data->comment ?? ''),
            (int) $data->evidence,
            (int) $USER->id
        );
        redirect(
            new moodle_url('/local/digitalstrategy/indicator_value.php', ['indicator' => $indicator->id,
                'period' => $data->period]),
            get_string('manualvalue_saved', 'local_digitalstrategy'),
            null,
            notification::NOTIFY_SUCCESS
        );
    }
}

$history = $service->history($indicator, $period->index);
$names = \core\di::get(user_repository::class)->full_names(array_map(fn($item) => (int) $item['entry']->userid, $history));

echo $OUTPUT->header();
echo $OUTPUT->heading($title);
if (!$service->takes_values($indicator)) {
    echo $OUTPUT->notification(format_string(get_string(
        'manualvalue_notmanual',
        'local_digitalstrategy',
        indicator_catalogue_service::source_name($indicator->source)
    ), true, ['context' => $context]), notification::NOTIFY_INFO, false);
}
if ($form) {
    $form->display();
}
echo $OUTPUT->render(new manual_value_history($period->label(), $history, $names));
echo $OUTPUT->footer();
