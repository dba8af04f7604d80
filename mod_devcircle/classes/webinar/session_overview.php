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

namespace mod_devcircle\webinar;

use mod_devcircle\instance;

/**
 * The lists of sessions that pages show, in a fixed number of database queries whatever the
 * number of sessions and attendance records: the circle's page shows the running and next
 * sessions only; all sessions, to come and past, are on their own page, a page at a time.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class session_overview {
    /** @var int how many running and next sessions the circle's page shows */
    public const ON_CIRCLE_PAGE = 3;
    /** @var int how many sessions a page of the list of sessions shows */
    public const PER_PAGE = 10;
    /** @var string the sessions to come and running */
    public const UPCOMING = 'upcoming';
    /** @var string the sessions that are over */
    public const PAST = 'past';

    /**
     * Creates the service.
     *
     * @param session_repository $sessions the sessions
     * @param attendance_repository $attendance the attendance records
     * @param \core\clock $clock the clock
     */
    public function __construct(
        /** @var session_repository the sessions */
        private readonly session_repository $sessions,
        /** @var attendance_repository the attendance records */
        private readonly attendance_repository $attendance,
        /** @var \core\clock the clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The running and next sessions for the circle's page.
     *
     * @param instance $instance the circle
     * @param int $userid the viewer
     * @return session_list
     */
    public function for_circle_page(instance $instance, int $userid): session_list {
        [$sessions, $counts] = $this->sessions->list_next_with_counts(
            $instance->get_instance_id(),
            $this->clock->time(),
            self::ON_CIRCLE_PAGE
        );
        return $this->list($instance, $userid, $sessions, $counts);
    }

    /**
     * A page of the sessions to come (earliest first) or of those that are over (latest first).
     *
     * @param instance $instance the circle
     * @param int $userid the viewer
     * @param string $which self::UPCOMING or self::PAST
     * @param int $page the page, from 0
     * @param int $perpage sessions per page
     * @return session_list
     */
    public function page(instance $instance, int $userid, string $which, int $page, int $perpage = self::PER_PAGE): session_list {
        $now = $this->clock->time();
        $circleid = $instance->get_instance_id();
        $offset = max(0, $page) * $perpage;
        $sessions = match ($which) {
            self::UPCOMING => $this->sessions->list_upcoming($circleid, $now, $offset, $perpage),
            self::PAST => $this->sessions->list_past($circleid, $now, $offset, $perpage),
            default => throw new \coding_exception("Unknown list of sessions $which"),
        };
        return $this->list($instance, $userid, $sessions, $this->sessions->count_upcoming_and_past($circleid, $now));
    }

    /**
     * The list with what the viewer sees next to each session.
     *
     * @param instance $instance the circle
     * @param int $userid the viewer
     * @param session[] $sessions the sessions shown, in order
     * @param array{upcoming: int, past: int} $counts how many sessions are to come and are over
     * @return session_list
     */
    private function list(instance $instance, int $userid, array $sessions, array $counts): session_list {
        [$attended, $attendees] = $this->attendance->attended_and_counts(array_keys($sessions), $userid);
        return new session_list(
            array_values($sessions),
            $attended,
            $instance->can_view_attendance($userid) ? $attendees : [],
            $counts['upcoming'],
            $counts['past'],
        );
    }
}
