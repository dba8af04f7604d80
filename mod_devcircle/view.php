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
 * Shows a development circle.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->dirroot . '/mod/devcircle/lib.php');

use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\strategy_summary_repository;
use local_digitalstrategy\output\strategy_status_panel;
use mod_devcircle\feedback\feedback_service;
use mod_devcircle\instance_repository;
use mod_devcircle\output\feedback_section;
use mod_devcircle\output\pads_section;
use mod_devcircle\output\sessions_section;
use mod_devcircle\output\view_page;
use mod_devcircle\pads\method_templates;
use mod_devcircle\pads\pad_service;
use mod_devcircle\webinar\session_overview;

$id = required_param('id', PARAM_INT); // Course module id.

$instance = \core\di::get(instance_repository::class)->get_by_cmid($id);
if (!$instance) {
    throw new moodle_exception('invalidcoursemodule', 'error');
}
$course = $instance->get_course();
$cm = $instance->get_cm();
$circle = $instance->get_record();

require_login($course, true, $cm);
$context = $instance->get_context();
require_capability('mod/devcircle:view', $context);

devcircle_view($circle, $course, $cm, $context);

$PAGE->set_url('/mod/devcircle/view.php', ['id' => $cm->id]);
$PAGE->set_title($instance->get_formatted_name());
$PAGE->set_heading(format_string($course->fullname, true, ['context' => context_course::instance($course->id)]));
$PAGE->set_activity_record($circle);
$PAGE->requires->js_call_amd('mod_devcircle/webinar', 'init', ['mod_devcircle-sessions']);

// Sessions: the running and next ones; the others are on the page of all sessions.
$userid = (int) $USER->id;
$now = \core\di::get(\core\clock::class)->time();
$sessions = new sessions_section(
    $instance,
    \core\di::get(session_overview::class)->for_circle_page($instance, $userid),
    $userid,
    $now
);

// Feedback: "give feedback" until the viewer answered (one query for all the circle's feedback).
$feedback = new feedback_section(
    $instance->get_cm_id(),
    $context,
    \core\di::get(feedback_service::class)->pending($instance, $userid),
    has_capability('mod/devcircle:managefeedback', $context)
);

// Pads: the circle pad exists in Moodle from the first visit on.
$padservice = \core\di::get(pad_service::class);
[$pads, $lastsnapshots] = $padservice->pads_of_circle($instance->get_instance_id(), $instance->get_name());
$padsection = new pads_section(
    $instance,
    $pads,
    $lastsnapshots,
    $userid,
    $padservice->is_configured(),
    \core\di::get(method_templates::class)->keys(),
    current_language()
);

// Where the viewer's organisation's strategy stands (none for viewers outside an organisation).
$strategy = strategy_status_panel::for_user(
    $userid,
    \core\di::get(organisation_repository::class),
    \core\di::get(organisation_access::class),
    \core\di::get(strategy_summary_repository::class),
    'mod_devcircle-strategy'
);

echo $OUTPUT->header();
echo $OUTPUT->render(new view_page(
    $instance->get_cm_id(),
    $instance->get_instance_id(),
    array_values(array_filter([$sessions, $feedback->has_content() ? $feedback : null, $padsection, $strategy]))
));
echo $OUTPUT->footer();
