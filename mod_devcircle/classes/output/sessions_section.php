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

namespace mod_devcircle\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use mod_devcircle\attendance;
use mod_devcircle\instance;
use mod_devcircle\session;
use moodle_url;

/**
 * The sessions (webinars) section of a circle's page: the planned sessions with their join,
 * start and end buttons, live status and recordings (the last two filled in by the AMD module
 * mod_devcircle/webinar).
 *
 * Its database queries do not grow with the number of sessions or attendance records: one for
 * the sessions, one for the sessions the user attended, one for the attendee counts.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class sessions_section implements named_templatable, renderable {
    /**
     * Creates the section.
     *
     * @param instance $instance the circle
     * @param int $userid the viewing user
     */
    public function __construct(
        /** @var instance the circle */
        private readonly instance $instance,
        /** @var int the viewing user */
        private readonly int $userid,
    ) {
    }

    /**
     * The template.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'mod_devcircle/sessions_section';
    }

    /**
     * Exports the data for the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $instance = $this->instance;
        $context = $instance->get_context();
        $canjoin = $instance->can_join();
        $canmoderate = $instance->is_moderator();
        $canviewattendance = $instance->can_view_attendance();
        $sessions = session::list_for_instance($instance);
        $attended = array_flip(attendance::sessions_attended_by($instance->get_instance_id(), $this->userid));
        $counts = $canviewattendance ? attendance::attendee_counts($instance->get_instance_id()) : [];
        $now = time();

        $items = [];
        foreach ($sessions as $session) {
            $id = $session->get_id();
            $end = $session->get_timestart() + $session->get_duration();
            $items[] = [
                'id' => $id,
                'title' => format_string($session->get_title(), true, ['context' => $context]),
                'agenda' => format_text(
                    $session->get_agenda(),
                    $session->get_agenda_format(),
                    ['context' => $context, 'para' => false]
                ),
                'hasagenda' => trim(strip_tags($session->get_agenda())) !== '',
                'date' => userdate($session->get_timestart(), get_string('strftimedaydatetime', 'langconfig')),
                'enddate' => userdate($end, get_string('strftimetime', 'langconfig')),
                'timestart' => $session->get_timestart(),
                'duration' => format_time($session->get_duration()),
                'past' => $end < $now && !$session->is_open(),
                'open' => $session->is_open(),
                'started' => $session->was_started(),
                'attended' => isset($attended[$id]),
                'attendees' => $counts[$id] ?? 0,
                'showattendees' => $canviewattendance,
                'canjoin' => $canjoin,
                'canmoderate' => $canmoderate,
                'editurl' => $canmoderate ? (new moodle_url('/mod/devcircle/session.php', ['id' => $id]))->out(false) : '',
                'deleteurl' => $canmoderate
                    ? (new moodle_url('/mod/devcircle/session.php', ['id' => $id, 'delete' => 1]))->out(false) : '',
                'attendanceurl' => $canviewattendance
                    ? (new moodle_url('/mod/devcircle/attendance.php', ['id' => $instance->get_cm_id(), 'session' => $id]))
                        ->out(false)
                    : '',
                // Pads: the session's minutes, created when the link is first followed.
                'minutesurl' => \mod_devcircle\local\pads\pad_service::session_minutes_url($instance->get_cm_id(), $id)->out(false),
            ];
        }
        return [
            'cmid' => $instance->get_cm_id(),
            'openmode' => $instance->get_open_mode(),
            'embed' => $instance->get_open_mode() === instance::OPEN_EMBED,
            'sessions' => $items,
            'hassessions' => !empty($items),
            'canmoderate' => $canmoderate,
            'addurl' => $canmoderate
                ? (new moodle_url('/mod/devcircle/session.php', ['cmid' => $instance->get_cm_id()]))->out(false) : '',
            'attendanceurl' => $canviewattendance
                ? (new moodle_url('/mod/devcircle/attendance.php', ['id' => $instance->get_cm_id()]))->out(false) : '',
        ];
    }
}
