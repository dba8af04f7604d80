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
 * Feedback on a circle's sessions, for those who may manage it (mod/devcircle:managefeedback):
 * attach a feedback form to a session or the whole circle, see the trend over the circle's
 * feedback, and the results of one feedback form.
 *
 *   feedback.php?id=42                 attach, list and trend
 *   feedback.php?id=42&campaign=7      the results of one feedback campaign of the circle
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\campaign\campaign_repository;
use local_digitalstrategy\local\campaign\feedback_ampel;
use local_digitalstrategy\local\campaign\feedback_results_service;
use local_digitalstrategy\local\settings;
use local_digitalstrategy\output\feedback_results;
use local_digitalstrategy\output\feedback_trend_view;
use mod_devcircle\feedback\feedback_service;
use mod_devcircle\instance_repository;
use mod_devcircle\webinar\session_repository;

$id = required_param('id', PARAM_INT); // Course module id.
$campaignid = optional_param('campaign', 0, PARAM_INT);

$instance = \core\di::get(instance_repository::class)->get_by_cmid($id);
if (!$instance) {
    throw new moodle_exception('invalidcoursemodule', 'error');
}
require_login($instance->get_course(), false, $instance->get_cm());
$context = $instance->get_context();
require_capability('mod/devcircle:managefeedback', $context);

$url = new moodle_url('/mod/devcircle/feedback.php', ['id' => $id]);
$title = get_string('feedback_title', 'mod_devcircle');
$PAGE->set_url($campaignid ? new moodle_url($url, ['campaign' => $campaignid]) : $url);
$PAGE->set_title($title . moodle_page::TITLE_SEPARATOR . $instance->get_formatted_name());
$PAGE->set_heading(format_string(
    $instance->get_course()->fullname,
    true,
    ['context' => context_course::instance($instance->get_course_id())]
));
$PAGE->set_activity_record($instance->get_record());
$PAGE->navbar->add($title, $url);

$results = \core\di::get(feedback_results_service::class);
$ampel = feedback_ampel::from_settings(\core\di::get(settings::class));

if ($campaignid) {
    try {
        $campaign = \core\di::get(campaign_repository::class)->get($campaignid);
    } catch (dml_missing_record_exception $e) {
        $campaign = null;
    }
    // Only the circle's own feedback: another circle's campaign is not found here.
    if (!$campaign || $campaign->contextid !== (int) $context->id || $campaign->kind !== 'feedback') {
        throw new moodle_exception('feedback_notfound', 'mod_devcircle', $url);
    }
    $name = format_string($campaign->name, true, ['context' => $context]);
    $PAGE->navbar->add($name);
    echo $OUTPUT->header();
    echo $OUTPUT->heading($name);
    echo $OUTPUT->render(new feedback_results($results->summary($campaign, current_language()), $ampel));
    echo html_writer::link($url, get_string('feedback_back', 'mod_devcircle'));
    echo $OUTPUT->footer();
    exit;
}

$service = \core\di::get(feedback_service::class);
$forms = $service->forms(current_language());
$sessions = [];
foreach (\core\di::get(session_repository::class)->list_for_circle($instance->get_instance_id()) as $session) {
    $sessions[$session->get_id()] = format_string($session->get_title(), true, ['context' => $context, 'escape' => false])
        . ' (' . userdate($session->get_timestart(), get_string('strftimedatetimeshort', 'langconfig')) . ')';
}
$form = new \mod_devcircle\form\feedback_attach_form($url, ['forms' => $forms, 'sessions' => $sessions]);
$form->set_data(['id' => $id, 'name' => get_string('feedback_defaultname', 'mod_devcircle', $instance->get_name())]);
if ($forms && ($data = $form->get_data())) {
    // The form checks the sesskey of its submission.
    $sessionid = (int) $data->sessionid;
    $session = $sessionid ? \core\di::get(session_repository::class)->get($instance->get_instance_id(), $sessionid) : null;
    $service->attach($instance, (int) $data->instrumentid, $session, $data->name, !empty($data->anonymous), (int) $USER->id);
    redirect($url, get_string('feedback_attached', 'mod_devcircle'), null, \core\output\notification::NOTIFY_SUCCESS);
}

echo $OUTPUT->header();
echo $OUTPUT->heading($title);
if ($forms) {
    $form->display();
} else {
    echo $OUTPUT->notification(get_string('feedback_noform', 'mod_devcircle'), \core\output\notification::NOTIFY_WARNING);
}
echo $OUTPUT->heading(get_string('feedback_trend', 'mod_devcircle'), 3);
$timezone = core_date::get_server_timezone_object();
echo $OUTPUT->render(new feedback_trend_view(
    $results->trend((int) $context->id, $timezone),
    $ampel,
    $context,
    fn(int $campaignid) => (new moodle_url($url, ['campaign' => $campaignid]))->out(false)
));
echo html_writer::link($instance->get_view_url(), get_string('backtocircle', 'mod_devcircle'));
echo $OUTPUT->footer();
