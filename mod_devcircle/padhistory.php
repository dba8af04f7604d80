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

use mod_devcircle\instance_repository;
use mod_devcircle\output\snapshot_history;
use mod_devcircle\pads\pad_actions;
use mod_devcircle\pads\pad_repository;
use mod_devcircle\pads\snapshot_repository;

require(__DIR__ . '/../../config.php');
require_once($CFG->dirroot . '/user/lib.php');

$pad = \core\di::get(pad_repository::class)->get(required_param('id', PARAM_INT));
$instance = $pad ? \core\di::get(instance_repository::class)->get_by_cmid($pad->get_cmid()) : null;
if (!$pad || !$instance) {
    throw new moodle_exception('padnotfound', 'mod_devcircle');
}
$course = $instance->get_course();
require_login($course, false, $instance->get_cm());
$context = $instance->get_context();
require_capability('mod/devcircle:view', $context);

$name = format_string($pad->get_name(), true, ['context' => $context]);
$PAGE->set_url(pad_actions::history_url($pad));
$PAGE->set_title(get_string('padhistoryof', 'mod_devcircle', $name));
$PAGE->set_heading(format_string($course->fullname, true, ['context' => context_course::instance($course->id)]));
$PAGE->activityheader->disable();
$PAGE->navbar->add($name, pad_actions::pad_url($pad));
$PAGE->navbar->add(get_string('padhistory', 'mod_devcircle'));

$snapshots = \core\di::get(snapshot_repository::class)->history($pad->get_id(), 200);
$userids = snapshot_history::user_ids($snapshots);
$viewfullnames = $instance->can_view_full_names((int) $USER->id);
$usernames = array_map(fn(stdClass $u) => fullname($u, $viewfullnames), $userids ? user_get_users_by_id($userids) : []);

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('padhistoryof', 'mod_devcircle', $name), 2);
echo $OUTPUT->render(new snapshot_history($pad, $snapshots, $usernames, $instance->can_restore_snapshots((int) $USER->id)));
echo $OUTPUT->footer();
