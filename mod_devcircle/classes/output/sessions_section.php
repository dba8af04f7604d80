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
use local_digitalstrategy\local\plural;
use mod_devcircle\instance;
use mod_devcircle\pads\pad_service;
use mod_devcircle\webinar\meeting_service;
use mod_devcircle\webinar\session_list;
use mod_devcircle\webinar\session_overview;
use moodle_url;

/**
 * A list of sessions (webinars) of a circle: on the circle's page the running and next ones
 * with a link to all sessions, on the page of all sessions a page of those to come or of those
 * that are over. Each session has its join, start and end buttons; the AMD module
 * mod_devcircle/webinar fills in the live status and the recordings.
 *
 * Gets everything it shows handed in ({@see session_overview}); its size does not grow with the
 * number of sessions of the circle.
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
     * @param session_list $list the sessions shown
     * @param int $userid the viewing user
     * @param int $now the current time
     * @param string|null $which null on the circle's page; session_overview::UPCOMING or ::PAST on the list of sessions
     */
    public function __construct(
        /** @var instance the circle */
        private readonly instance $instance,
        /** @var session_list the sessions shown */
        private readonly session_list $list,
        /** @var int the viewing user */
        private readonly int $userid,
        /** @var int the current time */
        private readonly int $now,
        /** @var string|null null on the circle's page, else which list */
        private readonly ?string $which = null,
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
        $cmid = $instance->get_cm_id();
        $context = $instance->get_context();
        $canjoin = $instance->can_join($this->userid);
        $canmoderate = $instance->is_moderator($this->userid);
        $canviewattendance = $instance->can_view_attendance($this->userid);
        $attended = array_flip($this->list->attended);
        $dateformat = get_string('strftimedaydatetime', 'langconfig');
        $timeformat = get_string('strftimetime', 'langconfig');

        $items = [];
        foreach ($this->list->sessions as $session) {
            $id = $session->get_id();
            $items[] = [
                'id' => $id,
                // HTML made by Moodle: {{{title}}}.
                'title' => format_string($session->get_title(), true, ['context' => $context]),
                'agenda' => format_text(
                    $session->get_agenda(),
                    $session->get_agenda_format(),
                    ['context' => $context, 'para' => false]
                ),
                'hasagenda' => trim(strip_tags($session->get_agenda())) !== '',
                'date' => userdate($session->get_timestart(), $dateformat),
                'enddate' => userdate($session->get_timestart() + $session->get_duration(), $timeformat),
                'timestart' => $session->get_timestart(),
                'duration' => format_time($session->get_duration()),
                'past' => $session->is_past($this->now),
                'open' => $session->is_open(),
                'started' => $session->was_started(),
                'ended' => meeting_service::has_ended($session),
                'attended' => isset($attended[$id]),
                'attendees' => $this->list->attendeecounts[$id] ?? 0,
                'showattendees' => $canviewattendance,
                'canjoin' => $canjoin,
                'canmoderate' => $canmoderate,
                'editurl' => $canmoderate ? (new moodle_url('/mod/devcircle/session.php', ['id' => $id]))->out(false) : '',
                'deleteurl' => $canmoderate
                    ? (new moodle_url('/mod/devcircle/session.php', ['id' => $id, 'delete' => 1]))->out(false) : '',
                'attendanceurl' => $canviewattendance
                    ? (new moodle_url('/mod/devcircle/attendance.php', ['id' => $cmid, 'session' => $id]))->out(false) : '',
                // Pads: the session's minutes, created when the link is first followed.
                'minutesurl' => pad_service::session_minutes_url($cmid, $id)->out(false),
            ];
        }
        $oncirclepage = $this->which === null;
        $listurl = fn(string $which): string =>
            (new moodle_url('/mod/devcircle/sessions.php', ['id' => $cmid, 'list' => $which]))->out(false);
        $moreupcoming = max(0, $this->list->upcoming - ($oncirclepage ? count($items) : 0));
        return [
            'cmid' => $cmid,
            'openmode' => $instance->get_open_mode(),
            'embed' => $instance->get_open_mode() === instance::OPEN_EMBED,
            'sessions' => $items,
            'hassessions' => !empty($items),
            'oncirclepage' => $oncirclepage,
            'nosessionsatall' => $this->list->total() === 0,
            'upcominglist' => $this->which === session_overview::UPCOMING,
            'pastlist' => $this->which === session_overview::PAST,
            // On the circle's page: links to the sessions not shown here.
            'moreupcoming' => $oncirclepage && $moreupcoming > 0 ? $moreupcoming : 0,
            'moreupcomingtext' => plural::get_string('sessionsmoreupcoming', 'mod_devcircle', $moreupcoming),
            'moreupcomingurl' => $listurl(session_overview::UPCOMING),
            'past' => $oncirclepage ? $this->list->past : 0,
            'pasturl' => $listurl(session_overview::PAST),
            'canmoderate' => $canmoderate,
            'addurl' => $canmoderate ? (new moodle_url('/mod/devcircle/session.php', ['cmid' => $cmid]))->out(false) : '',
            'attendanceurl' => $canviewattendance
                ? (new moodle_url('/mod/devcircle/attendance.php', ['id' => $cmid]))->out(false) : '',
        ];
    }
}
