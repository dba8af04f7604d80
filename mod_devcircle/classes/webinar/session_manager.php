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

use mod_devcircle\event\session_ended;
use mod_devcircle\instance;
use stdClass;

/**
 * Plans, changes and deletes sessions, keeps their calendar events in step and records when a
 * session's meeting starts and ends.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class session_manager {
    /**
     * Creates the service.
     *
     * @param session_repository $sessions the sessions
     * @param attendance_repository $attendance the attendance records
     * @param session_calendar $calendar the calendar events of sessions
     * @param recordings_cache $recordingscache the cached lists of recordings
     * @param \moodle_database $db the database (for transactions)
     * @param \core\clock $clock the clock
     */
    public function __construct(
        /** @var session_repository the sessions */
        private readonly session_repository $sessions,
        /** @var attendance_repository the attendance records */
        private readonly attendance_repository $attendance,
        /** @var session_calendar the calendar events of sessions */
        private readonly session_calendar $calendar,
        /** @var recordings_cache the cached lists of recordings */
        private readonly recordings_cache $recordingscache,
        /** @var \moodle_database the database */
        private readonly \moodle_database $db,
        /** @var \core\clock the clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * Plans a session.
     *
     * @param instance $instance the circle
     * @param stdClass $data title, agenda, agendaformat, timestart, duration (seconds)
     * @param int $userid who plans it
     * @return session
     */
    public function create(instance $instance, stdClass $data, int $userid): session {
        $now = $this->clock->time();
        $transaction = $this->db->start_delegated_transaction();
        $session = $this->sessions->insert((object) ([
            'devcircle' => $instance->get_instance_id(),
            'timestarted' => 0,
            'timeended' => 0,
            'recordingsrevision' => 0,
            'usermodified' => $userid,
            'timecreated' => $now,
            'timemodified' => $now,
        ] + self::planned_fields($data)));
        $this->calendar->save($instance, $session);
        $transaction->allow_commit();
        return $session;
    }

    /**
     * Changes the title, agenda, start or duration of a session.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @param stdClass $data title, agenda, agendaformat, timestart, duration (seconds)
     * @param int $userid who changes it
     * @return session the changed session
     */
    public function update(instance $instance, session $session, stdClass $data, int $userid): session {
        $changed = $this->sessions->update($session, self::planned_fields($data) + [
            'usermodified' => $userid,
            'timemodified' => $this->clock->time(),
        ]);
        $this->calendar->save($instance, $changed);
        return $changed;
    }

    /**
     * The planned fields of a session from form data.
     *
     * @param stdClass $data title, agenda, agendaformat, timestart, duration (seconds)
     * @return array<string, mixed>
     */
    private static function planned_fields(stdClass $data): array {
        return [
            'title' => trim((string) $data->title),
            'agenda' => (string) ($data->agenda ?? ''),
            'agendaformat' => (int) ($data->agendaformat ?? FORMAT_HTML),
            'timestart' => (int) $data->timestart,
            'duration' => max(0, (int) ($data->duration ?? HOURSECS)),
        ];
    }

    /**
     * Deletes a session with its attendance and calendar event (recordings stay on the server).
     *
     * @param instance $instance the circle
     * @param session $session the session
     */
    public function delete(instance $instance, session $session): void {
        $transaction = $this->db->start_delegated_transaction();
        $this->attendance->delete_for_session($session->get_id());
        $this->calendar->delete($instance->get_instance_id(), $session->get_id());
        $this->sessions->delete($session->get_id());
        $transaction->allow_commit();
        $this->recordingscache->forget($instance->get_instance_id());
    }

    /**
     * Deletes every session of a circle with attendance and calendar events.
     *
     * @param int $circleid the circle
     */
    public function delete_all_for_circle(int $circleid): void {
        $this->attendance->delete_for_circle($circleid);
        $this->calendar->delete_for_circle($circleid);
        $this->sessions->delete_for_circle($circleid);
        $this->recordingscache->forget($circleid);
    }

    /**
     * Records that a moderator started the meeting; a restart after an end opens a new run.
     *
     * @param session $session the session
     * @param int|null $time when, now by default
     * @return session the session as it is now
     */
    public function mark_started(session $session, ?int $time = null): session {
        if ($session->is_open()) {
            return $session;
        }
        $time = max($time ?? $this->clock->time(), $session->get_timeended() + 1);
        return $this->sessions->update($session, ['timestarted' => $time]);
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
    public function mark_ended(instance $instance, session $session, ?int $time = null): bool {
        // The moderator's end, the server's end callback and the task that closes forgotten
        // meetings may come at the same time: the session ends once.
        $lock = \core\lock\lock_config::get_lock_factory('mod_devcircle')->get_lock('session-end-' . $session->get_id(), 10);
        if (!$lock) {
            return false;
        }
        try {
            $time ??= $this->clock->time();
            $transaction = $this->db->start_delegated_transaction();
            if (!$this->sessions->end_run($session->get_id(), $time)) {
                $transaction->allow_commit();
                return false;
            }
            $ended = $this->sessions->get_by_id($session->get_id());
            $this->attendance->close_session($session->get_id(), $ended->get_timeended());
            $transaction->allow_commit();
        } finally {
            $lock->release();
        }
        $this->recordingscache->forget($instance->get_instance_id());
        session_ended::create_from_session($instance, $ended)->trigger();
        return true;
    }

    /**
     * Notes that the recordings of a session may have changed: open pages reload them and the
     * cached list of the circle's recordings is dropped.
     *
     * @param session $session the session
     */
    public function touch_recordings(session $session): void {
        $this->sessions->bump_recordings_revision($session->get_id());
        $this->recordingscache->forget($session->get_circle_id());
    }

    /**
     * Brings the calendar events of a circle's sessions in step with the sessions.
     *
     * @param instance $instance the circle
     */
    public function sync_calendar(instance $instance): void {
        $this->calendar->sync($instance, $this->sessions->list_for_circle($instance->get_instance_id()));
    }

    /**
     * Moves the planned start of every session of a circle and their calendar events (course reset).
     *
     * @param instance $instance the circle
     * @param int $shift seconds to add
     */
    public function shift_dates(instance $instance, int $shift): void {
        $this->sessions->shift_starts($instance->get_instance_id(), $shift);
        $this->sync_calendar($instance);
    }
}
