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
 * Lists the development circles of a course.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

$id = required_param('id', PARAM_INT); // Course id.

$course = $DB->get_record('course', ['id' => $id], '*', MUST_EXIST);
require_course_login($course, true);
$PAGE->set_pagelayout('incourse');

$event = \mod_devcircle\event\course_module_instance_list_viewed::create([
    'context' => context_course::instance($course->id),
]);
$event->add_record_snapshot('course', $course);
$event->trigger();

$strplural = get_string('modulenameplural', 'mod_devcircle');
$PAGE->set_url('/mod/devcircle/index.php', ['id' => $course->id]);
$PAGE->set_title($course->shortname . ': ' . $strplural);
$PAGE->set_heading(format_string($course->fullname, true, ['context' => context_course::instance($course->id)]));
$PAGE->navbar->add($strplural);

echo $OUTPUT->header();
if (!$PAGE->has_secondary_navigation()) {
    echo $OUTPUT->heading($strplural);
}

$circles = get_all_instances_in_course('devcircle', $course);
if (!$circles) {
    notice(get_string('thereareno', 'moodle', $strplural), new moodle_url('/course/view.php', ['id' => $course->id]));
    exit;
}

$usesections = course_format_uses_sections($course->format);
$modinfo = get_fast_modinfo($course);

$table = new html_table();
$table->attributes['class'] = 'generaltable mod_index';
if ($usesections) {
    $table->head = [get_string('sectionname', 'format_' . $course->format), get_string('name'), get_string('moduleintro')];
} else {
    $table->head = [get_string('lastmodified'), get_string('name'), get_string('moduleintro')];
}

$currentsection = '';
foreach ($circles as $circle) {
    $cm = $modinfo->get_cm($circle->coursemodule);
    $printsection = '';
    if ($usesections) {
        if ($circle->section !== $currentsection) {
            if ($circle->section) {
                $printsection = get_section_name($course, $circle->section);
            }
            $currentsection = $circle->section;
        }
    } else {
        $printsection = userdate($circle->timemodified);
    }

    $link = html_writer::link(
        new moodle_url('/mod/devcircle/view.php', ['id' => $cm->id]),
        format_string($circle->name, true, ['context' => $cm->context]),
        $circle->visible ? [] : ['class' => 'dimmed']
    );
    $table->data[] = [$printsection, $link, format_module_intro('devcircle', $circle, $cm->id)];
}

echo html_writer::table($table);
echo $OUTPUT->footer();
