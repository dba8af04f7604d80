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
 * Plans, changes or deletes a session of a development circle.
 *
 *   session.php?cmid=42            plan a new session
 *   session.php?id=5               change session 5
 *   session.php?id=5&delete=1      delete session 5 (after confirmation)
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use mod_devcircle\instance_repository;
use mod_devcircle\webinar\session_manager;
use mod_devcircle\webinar\session_repository;

$id = optional_param('id', 0, PARAM_INT);
$cmid = optional_param('cmid', 0, PARAM_INT);
$delete = optional_param('delete', 0, PARAM_BOOL);

$instances = \core\di::get(instance_repository::class);
$instance = $id ? $instances->get_by_sessionid($id) : $instances->get_by_cmid($cmid);
if (!$instance) {
    throw new moodle_exception($id ? 'sessionnotfound' : 'invalidcoursemodule', $id ? 'mod_devcircle' : 'error');
}
$session = $id ? \core\di::get(session_repository::class)->get($instance->get_instance_id(), $id) : null;
if ($id && !$session) {
    throw new moodle_exception('sessionnotfound', 'mod_devcircle');
}

require_login($instance->get_course(), false, $instance->get_cm());
$context = $instance->get_context();
require_capability('mod/devcircle:moderate', $context);

$url = new moodle_url('/mod/devcircle/session.php', $id ? ['id' => $id] : ['cmid' => $instance->get_cm_id()]);
$returnurl = $instance->get_view_url();
$title = get_string($id ? 'editsession' : 'addsession', 'mod_devcircle');
$PAGE->set_url($url);
$PAGE->set_title($instance->get_formatted_name() . ': ' . $title);
$coursecontext = context_course::instance($instance->get_course_id());
$PAGE->set_heading(format_string($instance->get_course()->fullname, true, ['context' => $coursecontext]));
$PAGE->set_activity_record($instance->get_record());

if ($delete && $session) {
    if (optional_param('confirm', 0, PARAM_BOOL) && confirm_sesskey()) {
        \core\di::get(session_manager::class)->delete($instance, $session);
        redirect($returnurl, get_string('sessiondeleted', 'mod_devcircle'), null, \core\output\notification::NOTIFY_SUCCESS);
    }
    echo $OUTPUT->header();
    echo $OUTPUT->confirm(
        get_string('deletesessionconfirm', 'mod_devcircle', format_string($session->get_title(), true, ['context' => $context])),
        new moodle_url($url, ['delete' => 1, 'confirm' => 1, 'sesskey' => sesskey()]),
        $returnurl
    );
    echo $OUTPUT->footer();
    exit;
}

$form = new \mod_devcircle\form\session_form($url, ['context' => $context]);
if ($session) {
    $form->set_data([
        'id' => $session->get_id(),
        'title' => $session->get_title(),
        'agenda_editor' => ['text' => $session->get_agenda(), 'format' => $session->get_agenda_format()],
        'timestart' => $session->get_timestart(),
        'duration' => $session->get_duration(),
    ]);
} else {
    $form->set_data(['cmid' => $instance->get_cm_id(), 'timestart' => usergetmidnight(time() + WEEKSECS) + 10 * HOURSECS]);
}

if ($form->is_cancelled()) {
    redirect($returnurl);
} else if ($data = $form->get_data()) {
    // The form checks the sesskey of its submission.
    $values = (object) [
        'title' => $data->title,
        'agenda' => $data->agenda_editor['text'] ?? '',
        'agendaformat' => $data->agenda_editor['format'] ?? FORMAT_HTML,
        'timestart' => $data->timestart,
        'duration' => $data->duration,
    ];
    $manager = \core\di::get(session_manager::class);
    if ($session) {
        $manager->update($instance, $session, $values, (int) $USER->id);
    } else {
        $manager->create($instance, $values, (int) $USER->id);
    }
    redirect($returnurl, get_string('sessionsaved', 'mod_devcircle'), null, \core\output\notification::NOTIFY_SUCCESS);
}

echo $OUTPUT->header();
echo $OUTPUT->heading($title, 3);
$form->display();
echo $OUTPUT->footer();
