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

namespace mod_devcircle\pads;

use stdClass;

/**
 * Reads and writes the pads of circles (devcircle_pads), each loaded with its circle's course
 * module and course.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pad_repository {
    /** @var string the table */
    public const TABLE = 'devcircle_pads';

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db the database
     * @param snapshot_repository $snapshots the snapshots (deleted with their pad)
     * @param \core\clock $clock the clock
     */
    public function __construct(
        /** @var \moodle_database the database */
        private readonly \moodle_database $db,
        /** @var snapshot_repository the snapshots */
        private readonly snapshot_repository $snapshots,
        /** @var \core\clock the clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * SQL that loads pads with their course module.
     *
     * @param string $where condition on p (devcircle_pads) and d (devcircle)
     * @param bool $withdeleted whether deleted pads are loaded too (else only pads in use)
     * @return string
     */
    private static function sql(string $where, bool $withdeleted = false): string {
        $live = $withdeleted ? '' : ' AND p.timedeleted = 0';
        return "SELECT p.*, cm.id AS cmid, d.course AS courseid
                  FROM {" . self::TABLE . "} p
                  JOIN {devcircle} d ON d.id = p.devcircle
                  JOIN {modules} m ON m.name = 'devcircle'
                  JOIN {course_modules} cm ON cm.instance = d.id AND cm.module = m.id
                 WHERE ($where)$live";
    }

    /**
     * Builds a pad from a row of {@see sql()}.
     *
     * @param stdClass $row the row
     * @return pad
     */
    private static function from_row(stdClass $row): pad {
        $cmid = (int) $row->cmid;
        $courseid = (int) $row->courseid;
        unset($row->cmid, $row->courseid);
        return new pad($row, $cmid, $courseid);
    }

    /**
     * A pad in use (not deleted).
     *
     * @param int $id id of the pad
     * @return pad|null null when there is no such pad or it was deleted
     */
    public function get(int $id): ?pad {
        $row = $this->db->get_record_sql(self::sql('p.id = :id'), ['id' => $id]);
        return $row ? self::from_row($row) : null;
    }

    /**
     * A deleted pad (whose deletion can still be undone).
     *
     * @param int $id id of the pad
     * @return pad|null null when there is no such deleted pad
     */
    public function get_deleted(int $id): ?pad {
        $row = $this->db->get_record_sql(self::sql('p.id = :id AND p.timedeleted > 0', true), ['id' => $id]);
        return $row ? self::from_row($row) : null;
    }

    /**
     * The pads of a circle: the circle pad first, then method pads, then minutes, each by creation.
     *
     * @param int $circleid the circle
     * @param bool $withdeleted whether deleted pads are included (deleting the circle), else only pads in use
     * @return pad[] keyed by id
     */
    public function get_for_circle(int $circleid, bool $withdeleted = false): array {
        $order = "CASE p.kind WHEN 'circle' THEN 0 WHEN 'method' THEN 1 ELSE 2 END, p.timecreated, p.id";
        $rows = $this->db->get_records_sql(
            self::sql('p.devcircle = :circleid', $withdeleted) . " ORDER BY $order",
            ['circleid' => $circleid]
        );
        $pads = [];
        foreach ($rows as $row) {
            $pads[(int) $row->id] = self::from_row($row);
        }
        return $pads;
    }

    /**
     * The pads of a circle in the order of {@see get_for_circle()}, with the time of each pad's
     * last snapshot (one query: the circle's page).
     *
     * @param int $circleid the circle
     * @return array{0: pad[], 1: array<int, int>} the pads keyed by id, and pad id => time of its last snapshot
     */
    public function get_for_circle_with_last_snapshot(int $circleid): array {
        $order = "CASE p.kind WHEN 'circle' THEN 0 WHEN 'method' THEN 1 ELSE 2 END, p.timecreated, p.id";
        $rows = $this->db->get_records_sql(
            "SELECT p.*, cm.id AS cmid, d.course AS courseid,
                    (SELECT MAX(s.timecreated) FROM {" . snapshot_repository::TABLE . "} s WHERE s.pad = p.id) AS lastsnapshot
               FROM {" . self::TABLE . "} p
               JOIN {devcircle} d ON d.id = p.devcircle
               JOIN {modules} m ON m.name = 'devcircle'
               JOIN {course_modules} cm ON cm.instance = d.id AND cm.module = m.id
              WHERE p.devcircle = :circleid AND p.timedeleted = 0
           ORDER BY $order",
            ['circleid' => $circleid]
        );
        $pads = [];
        $times = [];
        foreach ($rows as $row) {
            if ($row->lastsnapshot !== null) {
                $times[(int) $row->id] = (int) $row->lastsnapshot;
            }
            unset($row->lastsnapshot);
            $pads[(int) $row->id] = self::from_row($row);
        }
        return [$pads, $times];
    }

    /**
     * The circle pad of a circle, if it exists.
     *
     * @param int $circleid the circle
     * @return pad|null
     */
    public function get_circle_pad(int $circleid): ?pad {
        $rows = $this->db->get_records_sql(
            self::sql('p.devcircle = :circleid AND p.kind = :kind') . ' ORDER BY p.id',
            ['circleid' => $circleid, 'kind' => pad::KIND_CIRCLE],
            0,
            1
        );
        return $rows ? self::from_row(reset($rows)) : null;
    }

    /**
     * The minutes pad of a session, if it exists.
     *
     * @param int $circleid the circle
     * @param int $sessionid the session
     * @return pad|null
     */
    public function get_minutes_pad(int $circleid, int $sessionid): ?pad {
        $rows = $this->db->get_records_sql(
            self::sql('p.devcircle = :circleid AND p.kind = :kind AND p.sessionid = :sessionid') . ' ORDER BY p.id',
            ['circleid' => $circleid, 'kind' => pad::KIND_MINUTES, 'sessionid' => $sessionid],
            0,
            1
        );
        return $rows ? self::from_row(reset($rows)) : null;
    }

    /**
     * Every pad that exists in Etherpad, for the scheduled snapshot.
     *
     * @return \Generator<pad>
     */
    public function all_created(): \Generator {
        $rs = $this->db->get_recordset_sql(self::sql('p.padid IS NOT NULL') . ' ORDER BY p.id');
        try {
            foreach ($rs as $row) {
                yield self::from_row($row);
            }
        } finally {
            $rs->close();
        }
    }

    /**
     * Stores a new pad (not yet in Etherpad).
     *
     * @param int $circleid the circle
     * @param string $kind one of the pad::KIND_ constants
     * @param string $name name shown in Moodle
     * @param int $userid creator, 0 for the system
     * @param int|null $sessionid session of a minutes pad
     * @param string|null $template method template
     * @param string|null $lang language of the template
     * @return pad
     */
    public function create(
        int $circleid,
        string $kind,
        string $name,
        int $userid = 0,
        ?int $sessionid = null,
        ?string $template = null,
        ?string $lang = null
    ): pad {
        if (!in_array($kind, pad::KINDS, true)) {
            throw new \coding_exception("Unknown pad kind $kind");
        }
        $now = $this->clock->time();
        $id = $this->db->insert_record(self::TABLE, (object) [
            'devcircle' => $circleid,
            'kind' => $kind,
            'sessionid' => $sessionid,
            'template' => $template,
            'lang' => $lang,
            'name' => \core_text::substr(trim($name), 0, 255),
            // Unguessable: whoever holds a session of the group could open any pad whose name they know.
            'padname' => self::new_pad_name(),
            'groupid' => null,
            'padid' => null,
            'readonlyid' => null,
            'usercreated' => $userid,
            'timecreated' => $now,
            'timemodified' => $now,
        ]);
        return $this->get((int) $id);
    }

    /**
     * A fresh random pad name.
     *
     * @return string
     */
    public static function new_pad_name(): string {
        return 'p' . bin2hex(random_bytes(12));
    }

    /**
     * Records where a pad lives in Etherpad.
     *
     * @param pad $pad the pad
     * @param string|null $groupid Etherpad group ID, null to forget
     * @param string|null $padid Etherpad pad ID, null to forget
     * @param string|null $readonlyid read-only ID, null to forget
     * @return pad the pad as it is now
     */
    public function set_remote(pad $pad, ?string $groupid, ?string $padid, ?string $readonlyid): pad {
        $this->db->update_record(self::TABLE, (object) [
            'id' => $pad->get_id(),
            'groupid' => $groupid,
            'padid' => $padid,
            'readonlyid' => $readonlyid,
            'timemodified' => $this->clock->time(),
        ]);
        return $this->get($pad->get_id());
    }

    /**
     * Marks a pad deleted, or in use again: a deleted pad keeps its record and its snapshots.
     *
     * @param pad $pad the pad
     * @param int $time when it was deleted, 0 to bring it back
     * @return void
     */
    public function set_deleted(pad $pad, int $time): void {
        $this->db->update_record(self::TABLE, (object) [
            'id' => $pad->get_id(),
            'timedeleted' => $time,
            'timemodified' => $this->clock->time(),
        ]);
    }

    /**
     * Deletes a pad's record, its snapshots and their authors (not the Etherpad pad).
     *
     * @param pad $pad the pad
     * @return void
     */
    public function delete(pad $pad): void {
        $this->snapshots->delete_for_pad($pad->get_id());
        $this->db->delete_records(self::TABLE, ['id' => $pad->get_id()]);
    }
}
