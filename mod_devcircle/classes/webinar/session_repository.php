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

use stdClass;

/**
 * Reads and writes the sessions of circles (devcircle_sessions) and the meeting IDs they held
 * before a restore (devcircle_prev_meetings).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class session_repository {
    /** @var string the table of earlier meeting IDs */
    public const PREVIOUS_TABLE = 'devcircle_prev_meetings';

    /** @var string SQL: the session is open (started and not ended since) */
    private const OPEN_SQL = 'timestarted > 0 AND timeended < timestarted';

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db the database
     */
    public function __construct(
        /** @var \moodle_database the database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * A session of a circle.
     *
     * @param int $circleid the circle
     * @param int $sessionid the session
     * @return session|null null when there is no such session in this circle
     */
    public function get(int $circleid, int $sessionid): ?session {
        $record = $this->db->get_record(session::TABLE, ['id' => $sessionid, 'devcircle' => $circleid]);
        return $record ? new session($record) : null;
    }

    /**
     * A session by its id, whatever its circle.
     *
     * @param int $sessionid the session
     * @return session|null
     */
    public function get_by_id(int $sessionid): ?session {
        $record = $this->db->get_record(session::TABLE, ['id' => $sessionid]);
        return $record ? new session($record) : null;
    }

    /**
     * A session by its meeting ID.
     *
     * @param string $meetingid the BigBlueButton meeting ID
     * @return session|null
     */
    public function get_by_meetingid(string $meetingid): ?session {
        $record = $this->db->get_record(session::TABLE, ['meetingid' => $meetingid]);
        return $record ? new session($record) : null;
    }

    /**
     * All sessions of a circle, in order of their start (one query).
     *
     * @param int $circleid the circle
     * @return session[] indexed by session id
     */
    public function list_for_circle(int $circleid): array {
        return $this->wrap($this->db->get_records(session::TABLE, ['devcircle' => $circleid], 'timestart ASC, id ASC'));
    }

    /**
     * The sessions still to come or running, earliest first: open ones, and those whose planned
     * end has not passed.
     *
     * @param int $circleid the circle
     * @param int $now the current time
     * @param int $offset how many to skip
     * @param int $limit at most this many, 0 for all
     * @return session[] indexed by session id
     */
    public function list_upcoming(int $circleid, int $now, int $offset = 0, int $limit = 0): array {
        return $this->wrap($this->db->get_records_select(
            session::TABLE,
            'devcircle = :circleid AND (' . self::OPEN_SQL . ' OR timestart + duration >= :now)',
            ['circleid' => $circleid, 'now' => $now],
            'timestart ASC, id ASC',
            '*',
            $offset,
            $limit
        ));
    }

    /**
     * The next sessions to come or running (as {@see list_upcoming()}) with the number of
     * sessions to come and of sessions that are over, in one query (the circle's page).
     *
     * @param int $circleid the circle
     * @param int $now the current time
     * @param int $limit at most this many sessions
     * @return array{0: session[], 1: array{upcoming: int, past: int}} the sessions indexed by id, and the counts
     */
    public function list_next_with_counts(int $circleid, int $now, int $limit): array {
        $upcoming = '(' . self::OPEN_SQL . ' OR timestart + duration >= :now)';
        $records = $this->db->get_records_sql(
            "SELECT s.*, COUNT(1) OVER () AS upcomingcount,
                    (SELECT COUNT(1) FROM {" . session::TABLE . "} p
                      WHERE p.devcircle = s.devcircle AND NOT (p.timestarted > 0 AND p.timeended < p.timestarted)
                            AND p.timestart + p.duration < :now2) AS pastcount
               FROM {" . session::TABLE . "} s
              WHERE s.devcircle = :circleid AND $upcoming
           ORDER BY s.timestart ASC, s.id ASC",
            ['circleid' => $circleid, 'now' => $now, 'now2' => $now],
            0,
            $limit
        );
        if (!$records) {
            // Nothing to come: the counts need a query of their own.
            return [[], $this->count_upcoming_and_past($circleid, $now)];
        }
        $first = reset($records);
        $counts = ['upcoming' => (int) $first->upcomingcount, 'past' => (int) $first->pastcount];
        foreach ($records as $record) {
            unset($record->upcomingcount, $record->pastcount);
        }
        return [$this->wrap($records), $counts];
    }

    /**
     * The sessions that are over, the latest first.
     *
     * @param int $circleid the circle
     * @param int $now the current time
     * @param int $offset how many to skip
     * @param int $limit at most this many, 0 for all
     * @return session[] indexed by session id
     */
    public function list_past(int $circleid, int $now, int $offset = 0, int $limit = 0): array {
        return $this->wrap($this->db->get_records_select(
            session::TABLE,
            'devcircle = :circleid AND NOT (' . self::OPEN_SQL . ') AND timestart + duration < :now',
            ['circleid' => $circleid, 'now' => $now],
            'timestart DESC, id DESC',
            '*',
            $offset,
            $limit
        ));
    }

    /**
     * How many sessions of a circle are to come (or running) and how many are over (one query).
     *
     * @param int $circleid the circle
     * @param int $now the current time
     * @return array{upcoming: int, past: int}
     */
    public function count_upcoming_and_past(int $circleid, int $now): array {
        $row = $this->db->get_record_sql(
            'SELECT COALESCE(SUM(CASE WHEN ' . self::OPEN_SQL . ' OR timestart + duration >= :now1 THEN 1 ELSE 0 END), 0)
                    AS upcoming,
                    COALESCE(SUM(CASE WHEN ' . self::OPEN_SQL . ' OR timestart + duration >= :now2 THEN 0 ELSE 1 END), 0)
                    AS past
               FROM {' . session::TABLE . '}
              WHERE devcircle = :circleid',
            ['now1' => $now, 'now2' => $now, 'circleid' => $circleid]
        );
        return ['upcoming' => (int) $row->upcoming, 'past' => (int) $row->past];
    }

    /**
     * Open sessions of every circle whose meeting was started before a time.
     *
     * @param int $before started before this time
     * @return session[] indexed by session id
     */
    public function list_open_started_before(int $before): array {
        return $this->wrap($this->db->get_records_select(
            session::TABLE,
            self::OPEN_SQL . ' AND timestarted < :before',
            ['before' => $before],
            'timestarted ASC, id ASC'
        ));
    }

    /**
     * Stores a new session and gives it its meeting ID.
     *
     * @param stdClass $record the fields of devcircle_sessions without id and meetingid
     * @return session
     */
    public function insert(stdClass $record): session {
        $record = clone $record;
        // A unique placeholder until the id is known.
        $record->meetingid = 'new-' . random_string(40);
        $transaction = $this->db->start_delegated_transaction();
        $record->id = (int) $this->db->insert_record(session::TABLE, $record);
        $record->meetingid = session::meeting_id_for((int) $record->devcircle, $record->id);
        $this->db->set_field(session::TABLE, 'meetingid', $record->meetingid, ['id' => $record->id]);
        $transaction->allow_commit();
        return new session($record);
    }

    /**
     * Stores the changed fields of a session.
     *
     * @param session $session the session
     * @param array<string, mixed> $fields field => new value
     * @return session the session as it is now
     */
    public function update(session $session, array $fields): session {
        $record = $session->get_record();
        foreach ($fields as $name => $value) {
            $record->$name = $value;
        }
        $this->db->update_record(session::TABLE, (object) (['id' => $session->get_id()] + $fields));
        return new session($record);
    }

    /**
     * Ends the current run of an open session: sets its end and changes its recordings revision.
     *
     * @param int $sessionid the session
     * @param int $time when it ended
     * @return bool true when the session was open and is ended now
     */
    public function end_run(int $sessionid, int $time): bool {
        $current = $this->get_by_id($sessionid);
        if (!$current || !$current->is_open()) {
            return false;
        }
        $this->db->update_record(session::TABLE, (object) [
            'id' => $sessionid,
            'timeended' => max($time, $current->get_timestarted()),
            'recordingsrevision' => $current->get_recordings_revision() + 1,
        ]);
        return true;
    }

    /**
     * Notes that the recordings of a session may have changed, so that open pages reload them.
     *
     * @param int $sessionid the session
     */
    public function bump_recordings_revision(int $sessionid): void {
        $this->db->execute(
            'UPDATE {' . session::TABLE . '} SET recordingsrevision = recordingsrevision + 1 WHERE id = ?',
            [$sessionid]
        );
    }

    /**
     * Deletes a session and the meeting IDs it held before.
     *
     * @param int $sessionid the session
     */
    public function delete(int $sessionid): void {
        $this->db->delete_records(self::PREVIOUS_TABLE, ['sessionid' => $sessionid]);
        $this->db->delete_records(session::TABLE, ['id' => $sessionid]);
    }

    /**
     * Deletes every session of a circle and the meeting IDs they held before.
     *
     * @param int $circleid the circle
     */
    public function delete_for_circle(int $circleid): void {
        $this->db->delete_records_select(
            self::PREVIOUS_TABLE,
            'sessionid IN (SELECT id FROM {' . session::TABLE . '} WHERE devcircle = ?)',
            [$circleid]
        );
        $this->db->delete_records(session::TABLE, ['devcircle' => $circleid]);
    }

    /**
     * Moves the planned start of every session of a circle (course reset).
     *
     * @param int $circleid the circle
     * @param int $shift seconds to add
     */
    public function shift_starts(int $circleid, int $shift): void {
        $this->db->execute(
            'UPDATE {' . session::TABLE . '} SET timestart = timestart + ? WHERE devcircle = ? AND timestart > 0',
            [$shift, $circleid]
        );
    }

    /**
     * Remembers a meeting ID a session held before (in the circle it was restored from), so
     * that the recordings of that meeting stay listed.
     *
     * @param int $sessionid the session
     * @param string $meetingid the earlier meeting ID
     * @param int $originsession the session id the meeting was held for, as its recordings name it
     * @param int $time when it was remembered
     */
    public function add_previous_meeting(int $sessionid, string $meetingid, int $originsession, int $time): void {
        $known = $this->db->record_exists(self::PREVIOUS_TABLE, ['sessionid' => $sessionid, 'meetingid' => $meetingid]);
        if ($meetingid === '' || $known) {
            return;
        }
        $this->db->insert_record(self::PREVIOUS_TABLE, (object) [
            'sessionid' => $sessionid,
            'meetingid' => $meetingid,
            'originsession' => $originsession,
            'timecreated' => $time,
        ]);
    }

    /**
     * The meeting IDs the given sessions held before (one query).
     *
     * @param int[] $sessionids the sessions
     * @return array<int, array<string, int>> session id => [earlier meeting ID => session id named in its recordings]
     */
    public function previous_meetings(array $sessionids): array {
        if (!$sessionids) {
            return [];
        }
        [$in, $params] = $this->db->get_in_or_equal(array_values($sessionids), SQL_PARAMS_NAMED);
        $result = [];
        $rs = $this->db->get_recordset_select(
            self::PREVIOUS_TABLE,
            "sessionid $in",
            $params,
            'id ASC',
            'id, sessionid, meetingid, originsession'
        );
        foreach ($rs as $row) {
            $result[(int) $row->sessionid][(string) $row->meetingid] = (int) $row->originsession;
        }
        $rs->close();
        return $result;
    }

    /**
     * Wraps records.
     *
     * @param stdClass[] $records devcircle_sessions records
     * @return session[] indexed by session id
     */
    private function wrap(array $records): array {
        $sessions = [];
        foreach ($records as $record) {
            $sessions[(int) $record->id] = new session($record);
        }
        return $sessions;
    }
}
