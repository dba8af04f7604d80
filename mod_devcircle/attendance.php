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
 * Attendance report of a development circle or one of its sessions, grouped by organisation,
 * exportable with Moodle's data formats (CSV, Excel, ODS, …).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use mod_devcircle\instance_repository;
use mod_devcircle\output\attendance_page;
use mod_devcircle\webinar\attendance_export;
use mod_devcircle\webinar\attendance_report;
use mod_devcircle\webinar\session_repository;

$cmid = required_param('id', PARAM_INT);
$sessionid = optional_param('session', 0, PARAM_INT);
$download = optional_param('download', '', PARAM_ALPHA);

$instance = \core\di::get(instance_repository::class)->get_by_cmid($cmid);
if (!$instance) {
    throw new moodle_exception('invalidcoursemodule', 'error');
}
require_login($instance->get_course(), false, $instance->get_cm());
$context = $instance->get_context();
require_capability('mod/devcircle:viewattendance', $context);

$sessions = \core\di::get(session_repository::class)->list_for_circle($instance->get_instance_id());
$session = $sessionid ? ($sessions[$sessionid] ?? null) : null;
if ($sessionid && !$session) {
    throw new moodle_exception('sessionnotfound', 'mod_devcircle');
}

$viewfullnames = $instance->can_view_full_names((int) $USER->id);
if ($download !== '') {
    \core\di::get(attendance_export::class)->download($instance, $sessions, $session, $viewfullnames, $download);
    exit;
}
$report = \core\di::get(attendance_report::class);
$rows = $session ? $report->for_session($session, $viewfullnames) : $report->for_circle($instance, $viewfullnames);

$PAGE->set_url('/mod/devcircle/attendance.php', ['id' => $cmid] + ($session ? ['session' => $session->get_id()] : []));
$PAGE->set_title($instance->get_formatted_name() . ': ' . get_string('attendancereport', 'mod_devcircle'));
$PAGE->set_heading(format_string(
    $instance->get_course()->fullname,
    true,
    ['context' => context_course::instance($instance->get_course_id())]
));
$PAGE->set_activity_record($instance->get_record());
$PAGE->navbar->add(get_string('attendancereport', 'mod_devcircle'));

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('attendancereport', 'mod_devcircle'), 2);
echo $OUTPUT->render(new attendance_page($instance, $sessions, $rows, $session));
echo $OUTPUT->footer();
