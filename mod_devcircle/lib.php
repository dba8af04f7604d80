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

/**
 * Tells which Moodle features the development circle supports.
 *
 * Groups and grades are not supported; they return null like any unknown feature.
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
        case FEATURE_COMPLETION_HAS_RULES:
        case FEATURE_BACKUP_MOODLE2:
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
    \core_completion\api::update_completion_date_event(
        $data->coursemodule,
        'devcircle',
        $data->id,
        $completiontimeexpected
    );

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
    \core_completion\api::update_completion_date_event(
        $data->coursemodule,
        'devcircle',
        $data->id,
        $completiontimeexpected
    );

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

    // Webinars: sessions, their attendance and calendar events (recordings stay on the server).
    \core\di::get(\mod_devcircle\webinar\session_manager::class)->delete_all_for_circle((int) $circle->id);

    // Pads: their records, snapshots and authors, and (when reachable) the circle's group in Etherpad.
    \core\di::get(\mod_devcircle\pads\pad_service::class)->delete_circle((int) $circle->id);

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

    $circle = $DB->get_record(
        'devcircle',
        ['id' => $coursemodule->instance],
        'id, name, intro, introformat, completionattended'
    );
    if (!$circle) {
        return null;
    }

    $info = new cached_cm_info();
    $info->name = $circle->name;
    if ($coursemodule->showdescription) {
        // Filters run when the description is displayed, not when it is cached.
        $info->content = format_module_intro('devcircle', $circle, $coursemodule->id, false);
    }
    // The completion rule "attended at least N sessions", only in automatic completion mode.
    if ($coursemodule->completion == COMPLETION_TRACKING_AUTOMATIC) {
        $info->customdata['customcompletionrules']['completionattended'] = (int) $circle->completionattended;
    }
    return $info;
}

/**
 * On the course page: "give feedback" under a circle while the viewer owes feedback on one of
 * its sessions. The viewer's open feedback is read once per request for all circles.
 *
 * @param cm_info $cm the circle's course module
 */
function devcircle_cm_info_view(cm_info $cm): void {
    global $USER, $PAGE;
    if (!isloggedin() || isguestuser() || !$cm->uservisible) {
        return;
    }
    $pending = \core\di::get(\mod_devcircle\feedback\feedback_service::class)->pending_everywhere((int) $USER->id);
    $mine = $pending[$cm->context->id] ?? [];
    if ($mine) {
        $section = new \mod_devcircle\output\feedback_section($cm->id, $cm->context, $mine, false);
        $renderer = $PAGE->get_renderer('core');
        $cm->set_after_link($renderer->render_from_template(
            'mod_devcircle/feedback_course_link',
            $section->export_for_template($renderer)
        ));
    }
}

/**
 * Describes the active custom completion rules of a circle.
 *
 * @param cm_info|stdClass $cm with completion and customdata['customcompletionrules']
 * @return string[]
 */
function mod_devcircle_get_completion_active_rule_descriptions($cm): array {
    if (empty($cm->customdata['customcompletionrules']) || $cm->completion != COMPLETION_TRACKING_AUTOMATIC) {
        return [];
    }
    $descriptions = [];
    $required = (int) ($cm->customdata['customcompletionrules']['completionattended'] ?? 0);
    if ($required > 0) {
        $descriptions[] = \local_digitalstrategy\local\plural::get_string('completionattended_desc', 'mod_devcircle', $required);
    }
    return $descriptions;
}

/**
 * Brings the calendar events of the sessions in step (called by core on course reset and restore,
 * and by the "refresh events" admin tool).
 *
 * @param int $courseid the course, 0 for all
 * @param stdClass|int|null $instance a circle record or id, null for all circles of the course
 * @param stdClass|cm_info|null $cm the course module
 * @return bool
 */
function devcircle_refresh_events($courseid = 0, $instance = null, $cm = null): bool {
    $instances = \core\di::get(\mod_devcircle\instance_repository::class);
    $manager = \core\di::get(\mod_devcircle\webinar\session_manager::class);
    $ids = $instance !== null ? [is_object($instance) ? (int) $instance->id : (int) $instance]
        : $instances->ids_in_course((int) $courseid);
    foreach ($ids as $id) {
        $circle = $instances->get_by_id($id);
        if ($circle) {
            $manager->sync_calendar($circle);
        }
    }
    return true;
}

/**
 * Adds the circle's elements to the course reset form.
 *
 * @param MoodleQuickForm $mform the reset form
 */
function devcircle_reset_course_form_definition($mform): void {
    $mform->addElement('header', 'devcircleheader', get_string('modulenameplural', 'mod_devcircle'));
    $mform->addElement('advcheckbox', 'reset_devcircle_attendance', get_string('resetattendance', 'mod_devcircle'));
    $mform->addElement('advcheckbox', 'reset_devcircle_pads', get_string('resetpads', 'mod_devcircle'));
}

/**
 * Default values of the circle's reset elements.
 *
 * @param stdClass $course the course
 * @return array
 */
function devcircle_reset_course_form_defaults($course): array {
    // Pads are kept unless asked for: they hold the circle's work.
    return ['reset_devcircle_attendance' => 1, 'reset_devcircle_pads' => 0];
}

/**
 * Resets the user data of the circles of a course: webinar attendance; shifts the sessions' dates.
 *
 * @param stdClass $data the reset form data
 * @return array status items
 */
function devcircle_reset_userdata($data): array {
    $status = [];
    $component = get_string('modulenameplural', 'mod_devcircle');
    $circleids = \core\di::get(\mod_devcircle\instance_repository::class)->ids_in_course((int) $data->courseid);
    if (!empty($data->reset_devcircle_attendance)) {
        $attendance = \core\di::get(\mod_devcircle\webinar\attendance_repository::class);
        foreach ($circleids as $circleid) {
            $attendance->delete_for_circle((int) $circleid);
        }
        $status[] = ['component' => $component, 'item' => get_string('resetattendance', 'mod_devcircle'), 'error' => false];
    }
    if (!empty($data->reset_devcircle_pads)) {
        // Pads with their snapshots go; the circle pad starts empty on the next visit.
        $pads = \core\di::get(\mod_devcircle\pads\pad_service::class);
        foreach ($circleids as $circleid) {
            $pads->delete_circle((int) $circleid);
        }
        $status[] = ['component' => $component, 'item' => get_string('resetpads', 'mod_devcircle'), 'error' => false];
    }
    if (!empty($data->timeshift)) {
        $instances = \core\di::get(\mod_devcircle\instance_repository::class);
        $manager = \core\di::get(\mod_devcircle\webinar\session_manager::class);
        foreach ($circleids as $circleid) {
            $circle = $instances->get_by_id((int) $circleid);
            if ($circle) {
                $manager->shift_dates($circle, (int) $data->timeshift);
            }
        }
        $status[] = ['component' => $component, 'item' => get_string('resetsessiondates', 'mod_devcircle'), 'error' => false];
    }
    return $status;
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
