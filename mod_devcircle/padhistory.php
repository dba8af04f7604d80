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
 * The snapshots of a pad: read them, and restore one (with the capability).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

use mod_devcircle\output\snapshot_history;
use mod_devcircle\pad;
use mod_devcircle\pad_snapshot;

require(__DIR__ . '/../../config.php');

$pad = pad::get_by_id(required_param('id', PARAM_INT));
[$course, $cm] = get_course_and_cm_from_cmid($pad->get_cmid(), 'devcircle');
require_login($course, false, $cm);
$context = context_module::instance($cm->id);
require_capability('mod/devcircle:view', $context);

$name = format_string($pad->get_name(), true, ['context' => $context]);
$PAGE->set_url('/mod/devcircle/padhistory.php', ['id' => $pad->get_id()]);
$PAGE->set_title(get_string('padhistoryof', 'mod_devcircle', $name));
$PAGE->set_heading(format_string($course->fullname, true, ['context' => context_course::instance($course->id)]));
$PAGE->activityheader->disable();
$PAGE->navbar->add($name, new moodle_url('/mod/devcircle/pad.php', ['id' => $pad->get_id()]));
$PAGE->navbar->add(get_string('padhistory', 'mod_devcircle'));

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('padhistoryof', 'mod_devcircle', $name), 2);
echo $OUTPUT->render(new snapshot_history(
    $pad,
    pad_snapshot::get_history($pad->get_id(), 200),
    has_capability('mod/devcircle:restoresnapshot', $context)
));
echo $OUTPUT->footer();
