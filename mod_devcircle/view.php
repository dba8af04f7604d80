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

$id = required_param('id', PARAM_INT); // Course module id.

$instance = \mod_devcircle\instance::get_from_cmid($id);
if (!$instance) {
    throw new moodle_exception('invalidcoursemodule', 'error');
}
$course = $instance->get_course();
$cm = $instance->get_cm();
$circle = $instance->get_record();

require_login($course, true, $cm);
$context = context_module::instance($cm->id);
require_capability('mod/devcircle:view', $context);

devcircle_view($circle, $course, $cm, $context);

$PAGE->set_url('/mod/devcircle/view.php', ['id' => $cm->id]);
$PAGE->set_title(format_string($circle->name, true, ['context' => $context]));
$PAGE->set_heading(format_string($course->fullname, true, ['context' => context_course::instance($course->id)]));
$PAGE->set_activity_record($circle);
$PAGE->requires->js_call_amd('mod_devcircle/webinar', 'init', ['mod_devcircle-sessions']);

echo $OUTPUT->header();
$sections = [
    new \mod_devcircle\output\sessions_section($instance, (int) $USER->id),
];
echo $OUTPUT->render(new \mod_devcircle\output\view_page((int) $cm->id, (int) $circle->id, $sections));
echo $OUTPUT->render(\mod_devcircle\output\pads_section::for_circle($cm, $context));
echo $OUTPUT->footer();
