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
 * Feedback across the programme, for the project team (local/digitalstrategy:managecampaigns):
 * the trend of all feedback (circles, sessions and events) per half-year and per feedback round,
 * feedback on events that happened elsewhere with an open link and QR code, and the results of
 * one feedback round.
 *
 *   feedback.php                                  trend, events, create an event feedback
 *   feedback.php?campaign=7                       the results of one feedback round
 *   feedback.php?campaign=7&newlink=1 (POST)      a new open link for an event (the old one stops)
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\campaign\campaign_repository;
use local_digitalstrategy\local\campaign\feedback_ampel;
use local_digitalstrategy\local\campaign\feedback_event_service;
use local_digitalstrategy\local\campaign\feedback_results_service;
use local_digitalstrategy\local\settings;
use local_digitalstrategy\output\feedback_event_link;
use local_digitalstrategy\output\feedback_results;
use local_digitalstrategy\output\feedback_trend_view;

$campaignid = optional_param('campaign', 0, PARAM_INT);
$newlink = optional_param('newlink', 0, PARAM_BOOL);

require_login(null, false);
$context = context_system::instance();
require_capability('local/digitalstrategy:managecampaigns', $context);

$url = new moodle_url('/local/digitalstrategy/feedback.php');
$title = get_string('feedback_programme', 'local_digitalstrategy');
$PAGE->set_context($context);
$PAGE->set_url($campaignid ? new moodle_url($url, ['campaign' => $campaignid]) : $url);
$PAGE->set_pagelayout('report');
$PAGE->set_title($title);
$PAGE->set_heading($title);
$PAGE->navbar->add($title, $url);

$results = \core\di::get(feedback_results_service::class);
$events = \core\di::get(feedback_event_service::class);
$ampel = feedback_ampel::from_settings(\core\di::get(settings::class));

if ($campaignid) {
    $campaign = \core\di::get(campaign_repository::class)->find($campaignid);
    if (!$campaign || $campaign->kind !== 'feedback') {
        throw new moodle_exception('invalidrecord', 'error', $url);
    }
    $name = format_string($campaign->name, true, ['context' => $context]);
    $PAGE->navbar->add($name);
    echo $OUTPUT->header();
    echo $OUTPUT->heading($name);
    if ($newlink && $campaign->target === 'event' && confirm_sesskey()) {
        $token = $events->new_link($campaign, (int) $USER->id);
        echo $OUTPUT->notification(get_string('feedback_event_created', 'local_digitalstrategy'), 'info', false);
        echo $OUTPUT->render(new feedback_event_link($campaign->name, $campaign->eventdate, feedback_event_service::link($token)));
    } else if ($campaign->target === 'event') {
        echo $OUTPUT->single_button(
            new moodle_url($url, ['campaign' => $campaign->id, 'newlink' => 1]),
            get_string('feedback_event_newlink', 'local_digitalstrategy'),
            'post',
            ['confirmmessage' => get_string('feedback_event_newlink_confirm', 'local_digitalstrategy')]
        );
    }
    echo $OUTPUT->render(new feedback_results($results->summary($campaign, current_language()), $ampel));
    echo html_writer::link($url, get_string('back'));
    echo $OUTPUT->footer();
    exit;
}

$forms = $events->forms(current_language());
$form = new \local_digitalstrategy\form\feedback_event_form($url, ['forms' => $forms]);
if ($forms && ($data = $form->get_data())) {
    // The form checks the sesskey of its submission. The link is shown once, here: no redirect.
    [$campaign, $token] = $events->create($data->name, (int) $data->eventdate, (int) $data->instrumentid, (int) $USER->id);
    echo $OUTPUT->header();
    echo $OUTPUT->heading(format_string($campaign->name, true, ['context' => $context]));
    echo $OUTPUT->notification(get_string('feedback_event_created', 'local_digitalstrategy'), 'info', false);
    echo $OUTPUT->render(new feedback_event_link($campaign->name, $campaign->eventdate, feedback_event_service::link($token)));
    echo html_writer::link($url, get_string('back'));
    echo $OUTPUT->footer();
    exit;
}

echo $OUTPUT->header();
echo $OUTPUT->heading($title);
echo $OUTPUT->render(new feedback_trend_view(
    $results->trend(null, core_date::get_server_timezone_object()),
    $ampel,
    $context,
    fn(int $id) => (new moodle_url($url, ['campaign' => $id]))->out(false)
));
echo $OUTPUT->heading(get_string('feedback_events', 'local_digitalstrategy'), 3);
if ($forms) {
    $form->display();
}
echo $OUTPUT->footer();
