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

/**
 * Attendance: every join through Moodle is recorded (user, session, time, role); the end of a
 * session closes its open records. This is the programme's proof of participation.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class attendance_repository {
    /** @var string the table */
    public const TABLE = 'devcircle_attendance';
    /** @var string joined as moderator */
    public const ROLE_MODERATOR = 'moderator';
    /** @var string joined as viewer */
    public const ROLE_VIEWER = 'viewer';

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db the database
     * @param \core\clock $clock the clock
     */
    public function __construct(
        /** @var \moodle_database the database */
        private readonly \moodle_database $db,
        /** @var \core\clock the clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * Records a join.
     *
     * @param session $session the session
     * @param int $userid who joined
     * @param string $role self::ROLE_MODERATOR or self::ROLE_VIEWER
     * @param int|null $time when, now by default
     * @return int the id of the record
     */
    public function record_join(session $session, int $userid, string $role, ?int $time = null): int {
        if (!in_array($role, [self::ROLE_MODERATOR, self::ROLE_VIEWER], true)) {
            throw new \coding_exception('Unknown attendance role ' . $role);
        }
        return (int) $this->db->insert_record(self::TABLE, (object) [
            'sessionid' => $session->get_id(),
            'userid' => $userid,
            'role' => $role,
            'timejoined' => $time ?? $this->clock->time(),
            'timeleft' => 0,
        ]);
    }

    /**
     * Closes the open records of a session when it ends.
     *
     * @param int $sessionid the session
     * @param int $time when it ended
     */
    public function close_session(int $sessionid, int $time): void {
        $this->db->set_field_select(self::TABLE, 'timeleft', $time, 'sessionid = ? AND timeleft = 0', [$sessionid]);
    }

    /**
     * How many different sessions of a circle a user attended.
     *
     * @param int $circleid the circle
     * @param int $userid the user
     * @return int
     */
    public function count_sessions_attended(int $circleid, int $userid): int {
        return (int) $this->db->count_records_sql(
            'SELECT COUNT(DISTINCT a.sessionid)
               FROM {' . self::TABLE . '} a
               JOIN {' . session::TABLE . '} s ON s.id = a.sessionid
              WHERE s.devcircle = ? AND a.userid = ?',
            [$circleid, $userid]
        );
    }

    /**
     * Which of the given sessions a user attended (one query).
     *
     * @param int[] $sessionids the sessions
     * @param int $userid the user
     * @return int[] session ids
     */
    public function sessions_attended_by(array $sessionids, int $userid): array {
        if (!$sessionids) {
            return [];
        }
        [$in, $params] = $this->db->get_in_or_equal(array_values($sessionids), SQL_PARAMS_NAMED);
        return array_map('intval', $this->db->get_fieldset_sql(
            "SELECT DISTINCT a.sessionid
               FROM {" . self::TABLE . "} a
              WHERE a.sessionid $in AND a.userid = :userid",
            $params + ['userid' => $userid]
        ));
    }

    /**
     * How many different people attended each of the given sessions (one query).
     *
     * @param int[] $sessionids the sessions
     * @return array<int, int> session id => number of people
     */
    public function attendee_counts(array $sessionids): array {
        if (!$sessionids) {
            return [];
        }
        [$in, $params] = $this->db->get_in_or_equal(array_values($sessionids), SQL_PARAMS_NAMED);
        $counts = $this->db->get_records_sql_menu(
            "SELECT a.sessionid, COUNT(DISTINCT a.userid)
               FROM {" . self::TABLE . "} a
              WHERE a.sessionid $in
           GROUP BY a.sessionid",
            $params
        );
        return array_map('intval', $counts);
    }

    /**
     * For each of the given sessions: whether a user attended it and how many different people
     * did (one query).
     *
     * @param int[] $sessionids the sessions
     * @param int $userid the user
     * @return array{0: int[], 1: array<int, int>} the ids of the sessions the user attended, and session id => number of people
     */
    public function attended_and_counts(array $sessionids, int $userid): array {
        if (!$sessionids) {
            return [[], []];
        }
        [$in, $params] = $this->db->get_in_or_equal(array_values($sessionids), SQL_PARAMS_NAMED);
        $rows = $this->db->get_records_sql(
            "SELECT a.sessionid, COUNT(DISTINCT a.userid) AS people,
                    MAX(CASE WHEN a.userid = :userid THEN 1 ELSE 0 END) AS attended
               FROM {" . self::TABLE . "} a
              WHERE a.sessionid $in
           GROUP BY a.sessionid",
            $params + ['userid' => $userid]
        );
        $attended = [];
        $counts = [];
        foreach ($rows as $row) {
            $counts[(int) $row->sessionid] = (int) $row->people;
            if ((int) $row->attended) {
                $attended[] = (int) $row->sessionid;
            }
        }
        return [$attended, $counts];
    }

    /**
     * The people who took part in a session as viewers (moderators ran it), each once.
     *
     * @param int $sessionid the session
     * @return int[] user ids, ascending
     */
    public function viewer_ids(int $sessionid): array {
        $ids = $this->db->get_fieldset_sql(
            'SELECT DISTINCT a.userid
               FROM {' . self::TABLE . '} a
              WHERE a.sessionid = ? AND a.role = ?
                AND NOT EXISTS (SELECT 1 FROM {' . self::TABLE . '} m
                                 WHERE m.sessionid = a.sessionid AND m.userid = a.userid AND m.role = ?)
           ORDER BY a.userid',
            [$sessionid, self::ROLE_VIEWER, self::ROLE_MODERATOR]
        );
        return array_map('intval', $ids);
    }

    /**
     * Deletes the attendance of a session.
     *
     * @param int $sessionid the session
     */
    public function delete_for_session(int $sessionid): void {
        $this->db->delete_records(self::TABLE, ['sessionid' => $sessionid]);
    }

    /**
     * Deletes the attendance of every session of a circle (course reset, deletion).
     *
     * @param int $circleid the circle
     */
    public function delete_for_circle(int $circleid): void {
        $this->db->delete_records_select(
            self::TABLE,
            'sessionid IN (SELECT id FROM {' . session::TABLE . '} WHERE devcircle = ?)',
            [$circleid]
        );
    }
}
