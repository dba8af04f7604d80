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

namespace mod_devcircle;

use stdClass;

/**
 * Plans, changes and deletes sessions, keeps their course calendar events in step and records
 * when a session's meeting starts and ends.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class session_manager {
    /** @var string calendar event type of a session */
    public const EVENT_TYPE = 'session';

    /**
     * Plans a session.
     *
     * @param instance $instance the circle
     * @param stdClass $data title, agenda, agendaformat, timestart, duration (seconds)
     * @return session
     */
    public static function create(instance $instance, stdClass $data): session {
        global $DB, $USER;
        $now = time();
        $record = (object) [
            'devcircle' => $instance->get_instance_id(),
            'title' => trim((string) $data->title),
            'agenda' => (string) ($data->agenda ?? ''),
            'agendaformat' => (int) ($data->agendaformat ?? FORMAT_HTML),
            'timestart' => (int) $data->timestart,
            'duration' => max(0, (int) ($data->duration ?? HOURSECS)),
            // Unique placeholder until the id is known.
            'meetingid' => 'new-' . random_string(40),
            'timestarted' => 0,
            'timeended' => 0,
            'recordingsrevision' => 0,
            'usermodified' => (int) $USER->id,
            'timecreated' => $now,
            'timemodified' => $now,
        ];
        $transaction = $DB->start_delegated_transaction();
        $record->id = $DB->insert_record(session::TABLE, $record);
        $record->meetingid = session::meeting_id_for($instance->get_instance_id(), (int) $record->id);
        $DB->set_field(session::TABLE, 'meetingid', $record->meetingid, ['id' => $record->id]);
        $session = new session($record);
        self::save_calendar_event($instance, $session);
        $transaction->allow_commit();
        return $session;
    }

    /**
     * Changes the title, agenda, start or duration of a session.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @param stdClass $data title, agenda, agendaformat, timestart, duration (seconds)
     * @return session the changed session
     */
    public static function update(instance $instance, session $session, stdClass $data): session {
        global $DB, $USER;
        $record = $session->get_record();
        $record->title = trim((string) $data->title);
        $record->agenda = (string) ($data->agenda ?? '');
        $record->agendaformat = (int) ($data->agendaformat ?? FORMAT_HTML);
        $record->timestart = (int) $data->timestart;
        $record->duration = max(0, (int) ($data->duration ?? HOURSECS));
        $record->usermodified = (int) $USER->id;
        $record->timemodified = time();
        $DB->update_record(session::TABLE, $record);
        $changed = new session($record);
        self::save_calendar_event($instance, $changed);
        return $changed;
    }

    /**
     * Deletes a session with its attendance and calendar event (recordings stay on the server).
     *
     * @param instance $instance the circle
     * @param session $session the session
     */
    public static function delete(instance $instance, session $session): void {
        global $DB;
        $transaction = $DB->start_delegated_transaction();
        $DB->delete_records(attendance::TABLE, ['sessionid' => $session->get_id()]);
        $DB->delete_records('event', [
            'modulename' => 'devcircle',
            'instance' => $instance->get_instance_id(),
            'eventtype' => self::EVENT_TYPE,
            'uuid' => self::event_uuid($session),
        ]);
        $DB->delete_records(session::TABLE, ['id' => $session->get_id()]);
        $transaction->allow_commit();
    }

    /**
     * Deletes every session of a circle with attendance and calendar events.
     *
     * @param int $circleid the circle
     */
    public static function delete_all_for_circle(int $circleid): void {
        global $DB;
        $DB->delete_records_select(
            attendance::TABLE,
            'sessionid IN (SELECT id FROM {' . session::TABLE . '} WHERE devcircle = ?)',
            [$circleid]
        );
        $DB->delete_records('event', ['modulename' => 'devcircle', 'instance' => $circleid, 'eventtype' => self::EVENT_TYPE]);
        $DB->delete_records(session::TABLE, ['devcircle' => $circleid]);
    }

    /**
     * Records that a moderator started the meeting; a restart after an end opens a new run.
     *
     * @param session $session the session
     * @param int|null $time when, now by default
     * @return session the session as it is now
     */
    public static function mark_started(session $session, ?int $time = null): session {
        global $DB;
        if ($session->is_open()) {
            return $session;
        }
        $time = max($time ?? time(), $session->get_timeended() + 1);
        $DB->set_field(session::TABLE, 'timestarted', $time, ['id' => $session->get_id()]);
        $record = $session->get_record();
        $record->timestarted = $time;
        return new session($record);
    }

    /**
     * Records that the meeting ended: closes the open attendance records and triggers
     * session_ended, once per run (a later end callback for the same run changes nothing).
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @param int|null $time when, now by default
     * @return bool true when this call ended the session
     */
    public static function mark_ended(instance $instance, session $session, ?int $time = null): bool {
        global $DB;
        // The moderator's end and the server's end callback may arrive at the same time: run once.
        $factory = \core\lock\lock_config::get_lock_factory('mod_devcircle');
        $lock = $factory->get_lock('session-end-' . $session->get_id(), 10);
        if (!$lock) {
            return false;
        }
        try {
            $record = $DB->get_record(session::TABLE, ['id' => $session->get_id()]);
            $current = $record ? new session($record) : null;
            if (!$current || !$current->is_open()) {
                return false;
            }
            $time = max($time ?? time(), $current->get_timestarted());
            $transaction = $DB->start_delegated_transaction();
            $DB->update_record(session::TABLE, (object) [
                'id' => $current->get_id(),
                'timeended' => $time,
                'recordingsrevision' => $current->get_recordings_revision() + 1,
            ]);
            attendance::close_session($current->get_id(), $time);
            $transaction->allow_commit();
        } finally {
            $lock->release();
        }
        event\session_ended::create_from_session($instance, $current)->trigger();
        return true;
    }

    /**
     * Notes that the recordings of a session may have changed, so that open pages reload them.
     *
     * @param session $session the session
     */
    public static function touch_recordings(session $session): void {
        global $DB;
        $DB->execute(
            'UPDATE {' . session::TABLE . '} SET recordingsrevision = recordingsrevision + 1 WHERE id = ?',
            [$session->get_id()]
        );
    }

    /**
     * Brings the calendar events of a circle's sessions in step with the sessions (after a
     * restore, a course reset or a change of the activity's visibility).
     *
     * @param instance $instance the circle
     */
    public static function sync_calendar(instance $instance): void {
        global $DB;
        $sessions = session::list_for_instance($instance);
        $keep = [];
        foreach ($sessions as $session) {
            $keep[] = self::save_calendar_event($instance, $session);
        }
        [$notin, $params] = $keep ? $DB->get_in_or_equal($keep, SQL_PARAMS_NAMED, 'ev', false) : ['<> 0', []];
        $DB->delete_records_select(
            'event',
            "modulename = :modname AND instance = :instance AND eventtype = :type
                                             AND id $notin",
            $params + ['modname' => 'devcircle', 'instance' => $instance->get_instance_id(), 'type' => self::EVENT_TYPE]
        );
    }

    /**
     * The uuid that ties a calendar event to its session.
     *
     * @param session $session the session
     * @return string
     */
    private static function event_uuid(session $session): string {
        return 'mod_devcircle-session-' . $session->get_id();
    }

    /**
     * Creates or updates the course calendar event of a session.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @return int the event id
     */
    private static function save_calendar_event(instance $instance, session $session): int {
        global $CFG, $DB;
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
            'uuid' => self::event_uuid($session),
        ];
        $existing = $DB->get_record('event', ['modulename' => 'devcircle', 'instance' => $instance->get_instance_id(),
            'eventtype' => self::EVENT_TYPE, 'uuid' => $data->uuid]);
        if ($existing) {
            $event = \calendar_event::load($existing);
            $event->update($data, false);
            return (int) $existing->id;
        }
        return (int) \calendar_event::create($data, false)->id;
    }
}
