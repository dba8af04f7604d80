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
 * Library of interface functions and constants for mod_devcircle.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

/**
 * Tells which Moodle features the development circle supports.
 *
 * Backup and restore, groups and grades are not supported yet; they return null like any
 * unknown feature.
 *
 * @param string $feature a FEATURE_xx constant
 * @return mixed true or false for a flag, the value for FEATURE_MOD_ARCHETYPE and
 *               FEATURE_MOD_PURPOSE, null when the feature is unknown or unsupported
 */
function devcircle_supports($feature) {
    switch ($feature) {
        case FEATURE_MOD_ARCHETYPE:
            return MOD_ARCHETYPE_OTHER;
        case FEATURE_MOD_INTRO:
        case FEATURE_SHOW_DESCRIPTION:
        case FEATURE_COMPLETION_TRACKS_VIEWS:
            return true;
        case FEATURE_GRADE_HAS_GRADE:
        case FEATURE_GRADE_OUTCOMES:
            return false;
        case FEATURE_MOD_PURPOSE:
            return MOD_PURPOSE_COLLABORATION;
        default:
            return null;
    }
}

/**
 * Adds a development circle.
 *
 * @param stdClass $data the data submitted from the module form
 * @param mod_devcircle_mod_form|null $mform the form
 * @return int the id of the new circle
 */
function devcircle_add_instance(stdClass $data, $mform = null): int {
    global $DB;

    $now = time();
    $data->timecreated = $now;
    $data->timemodified = $now;
    $data->id = $DB->insert_record('devcircle', $data);

    $completiontimeexpected = !empty($data->completionexpected) ? $data->completionexpected : null;
    \core_completion\api::update_completion_date_event($data->coursemodule, 'devcircle', $data->id,
        $completiontimeexpected);

    return $data->id;
}

/**
 * Updates a development circle.
 *
 * @param stdClass $data the data submitted from the module form
 * @param mod_devcircle_mod_form|null $mform the form
 * @return bool true
 */
function devcircle_update_instance(stdClass $data, $mform = null): bool {
    global $DB;

    $data->id = $data->instance;
    $data->timemodified = time();
    $DB->update_record('devcircle', $data);

    $completiontimeexpected = !empty($data->completionexpected) ? $data->completionexpected : null;
    \core_completion\api::update_completion_date_event($data->coursemodule, 'devcircle', $data->id,
        $completiontimeexpected);

    return true;
}

/**
 * Deletes a development circle.
 *
 * @param int $id the id of the circle
 * @return bool true when the circle existed and was deleted
 */
function devcircle_delete_instance($id): bool {
    global $DB;

    $circle = $DB->get_record('devcircle', ['id' => $id]);
    if (!$circle) {
        return false;
    }

    $cm = get_coursemodule_from_instance('devcircle', $circle->id, $circle->course);
    if ($cm) {
        \core_completion\api::update_completion_date_event($cm->id, 'devcircle', $circle->id, null);
    }

    $DB->delete_records('devcircle', ['id' => $circle->id]);
    return true;
}

/**
 * Returns the information the course page caches about a circle.
 *
 * @param stdClass $coursemodule the course module record
 * @return cached_cm_info|null null when the circle does not exist
 */
function devcircle_get_coursemodule_info($coursemodule) {
    global $DB;

    $circle = $DB->get_record('devcircle', ['id' => $coursemodule->instance], 'id, name, intro, introformat');
    if (!$circle) {
        return null;
    }

    $info = new cached_cm_info();
    $info->name = $circle->name;
    if ($coursemodule->showdescription) {
        // Filters run when the description is displayed, not when it is cached.
        $info->content = format_module_intro('devcircle', $circle, $coursemodule->id, false);
    }
    return $info;
}

/**
 * Records that a user viewed a circle: triggers the event and marks the activity viewed for completion.
 *
 * @param stdClass $circle the circle record
 * @param stdClass $course the course record
 * @param stdClass|cm_info $cm the course module
 * @param context_module $context the module context
 * @return void
 */
function devcircle_view(stdClass $circle, stdClass $course, $cm, context_module $context): void {
    global $CFG;
    require_once($CFG->libdir . '/completionlib.php');

    $event = \mod_devcircle\event\course_module_viewed::create([
        'objectid' => $circle->id,
        'context' => $context,
    ]);
    $event->add_record_snapshot('course', $course);
    $event->add_record_snapshot('devcircle', $circle);
    $event->trigger();

    $completion = new completion_info($course);
    $completion->set_module_viewed($cm);
}
