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
 * Keeps the course calendar events of a circle's sessions in step with the sessions.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class session_calendar {
    /** @var string calendar event type of a session */
    public const EVENT_TYPE = 'session';

    /**
     * Creates the service.
     *
     * @param \moodle_database $db the database (the event table)
     */
    public function __construct(
        /** @var \moodle_database the database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * Creates or updates the course calendar event of a session.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @return int the event id
     */
    public function save(instance $instance, session $session): int {
        global $CFG;
        require_once($CFG->dirroot . '/calendar/lib.php');
        $data = (object) [
            'name' => $session->get_title(),
            'description' => $session->get_agenda(),
            'format' => $session->get_agenda_format(),
            'courseid' => $instance->get_course_id(),
            'groupid' => 0,
            'userid' => 0,
            'modulename' => 'devcircle',
            'instance' => $instance->get_instance_id(),
            'eventtype' => self::EVENT_TYPE,
            'type' => CALENDAR_EVENT_TYPE_STANDARD,
            'timestart' => $session->get_timestart(),
            'timeduration' => $session->get_duration(),
            'timesort' => $session->get_timestart(),
            'visible' => instance_is_visible('devcircle', $instance->get_record()) ? 1 : 0,
            'uuid' => self::uuid($session->get_id()),
        ];
        $existing = $this->db->get_record('event', ['modulename' => 'devcircle', 'instance' => $instance->get_instance_id(),
            'eventtype' => self::EVENT_TYPE, 'uuid' => $data->uuid]);
        if ($existing) {
            \calendar_event::load($existing)->update($data, false);
            return (int) $existing->id;
        }
        return (int) \calendar_event::create($data, false)->id;
    }

    /**
     * Deletes the calendar event of a session.
     *
     * @param int $circleid the circle
     * @param int $sessionid the session
     */
    public function delete(int $circleid, int $sessionid): void {
        $this->db->delete_records('event', [
            'modulename' => 'devcircle',
            'instance' => $circleid,
            'eventtype' => self::EVENT_TYPE,
            'uuid' => self::uuid($sessionid),
        ]);
    }

    /**
     * Deletes the calendar events of every session of a circle.
     *
     * @param int $circleid the circle
     */
    public function delete_for_circle(int $circleid): void {
        $this->db->delete_records('event', ['modulename' => 'devcircle', 'instance' => $circleid, 'eventtype' => self::EVENT_TYPE]);
    }

    /**
     * Brings the calendar events of a circle in step with its sessions (after a restore, a course
     * reset or a change of the activity's visibility): one event per session, no others.
     *
     * @param instance $instance the circle
     * @param session[] $sessions all its sessions
     */
    public function sync(instance $instance, array $sessions): void {
        $keep = [];
        foreach ($sessions as $session) {
            $keep[] = $this->save($instance, $session);
        }
        [$notin, $params] = $keep ? $this->db->get_in_or_equal($keep, SQL_PARAMS_NAMED, 'ev', false) : ['<> 0', []];
        $this->db->delete_records_select(
            'event',
            "modulename = :modname AND instance = :instance AND eventtype = :type AND id $notin",
            $params + ['modname' => 'devcircle', 'instance' => $instance->get_instance_id(), 'type' => self::EVENT_TYPE]
        );
    }

    /**
     * The uuid that ties a calendar event to its session.
     *
     * @param int $sessionid the session
     * @return string
     */
    private static function uuid(int $sessionid): string {
        return 'mod_devcircle-session-' . $sessionid;
    }
}
