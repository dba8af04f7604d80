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
 * Reads and writes the snapshots of pads (devcircle_pad_snapshots) with the users who wrote
 * between one snapshot and the next (devcircle_snapshot_authors).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class snapshot_repository {
    /** @var string the table of snapshots */
    public const TABLE = 'devcircle_pad_snapshots';
    /** @var string the table of their authors */
    public const AUTHORS_TABLE = 'devcircle_snapshot_authors';

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
     * A snapshot.
     *
     * @param int $id the snapshot
     * @return pad_snapshot|null
     */
    public function get(int $id): ?pad_snapshot {
        $record = $this->db->get_record(self::TABLE, ['id' => $id]);
        return $record ? $this->wrap([$record])[0] : null;
    }

    /**
     * The newest snapshot of a pad.
     *
     * @param int $padid the pad (Moodle id)
     * @return pad_snapshot|null
     */
    public function latest(int $padid): ?pad_snapshot {
        $records = $this->db->get_records(self::TABLE, ['pad' => $padid], 'timecreated DESC, id DESC', '*', 0, 1);
        return $records ? $this->wrap($records)[0] : null;
    }

    /**
     * When each of the given pads was last copied (one query).
     *
     * @param int[] $padids the pads
     * @return array<int, int> pad id => time of its newest snapshot; pads without one are left out
     */
    public function latest_times(array $padids): array {
        if (!$padids) {
            return [];
        }
        [$in, $params] = $this->db->get_in_or_equal(array_values($padids), SQL_PARAMS_NAMED);
        $times = $this->db->get_records_sql_menu(
            "SELECT pad, MAX(timecreated) FROM {" . self::TABLE . "} WHERE pad $in GROUP BY pad",
            $params
        );
        return array_map('intval', $times);
    }

    /**
     * The snapshots of a pad, newest first, with their authors (two queries).
     *
     * @param int $padid the pad (Moodle id)
     * @param int $limit at most this many, 0 for all
     * @return pad_snapshot[]
     */
    public function history(int $padid, int $limit = 0): array {
        return $this->wrap($this->db->get_records(self::TABLE, ['pad' => $padid], 'timecreated DESC, id DESC', '*', 0, $limit));
    }

    /**
     * Stores a snapshot.
     *
     * @param int $padid the pad (Moodle id)
     * @param int $revision Etherpad revision
     * @param string $text plain text
     * @param string $html HTML of the pad body
     * @param string $reason one of the pad_snapshot::REASON_ constants
     * @param int $userid who asked for it or restored it, 0 for the system
     * @param int[] $authors users who wrote in the pad since the snapshot before
     * @param int|null $time when it was taken, now if null
     * @return pad_snapshot
     */
    public function create(
        int $padid,
        int $revision,
        string $text,
        string $html,
        string $reason,
        int $userid,
        array $authors = [],
        ?int $time = null
    ): pad_snapshot {
        $record = (object) [
            'pad' => $padid,
            'revision' => $revision,
            'contenthash' => pad_snapshot::hash($text, $html),
            'text' => $text,
            'html' => $html,
            'reason' => $reason,
            'userid' => $userid,
            'timecreated' => $time ?? $this->clock->time(),
        ];
        $transaction = $this->db->start_delegated_transaction();
        $record->id = $this->db->insert_record(self::TABLE, $record);
        $authors = array_values(array_unique(array_map('intval', $authors)));
        foreach ($authors as $authorid) {
            $this->db->insert_record(self::AUTHORS_TABLE, (object) ['snapshot' => $record->id, 'userid' => $authorid]);
        }
        $transaction->allow_commit();
        return new pad_snapshot($record, $authors);
    }

    /**
     * Deletes the snapshots of a pad and their authors.
     *
     * @param int $padid the pad (Moodle id)
     */
    public function delete_for_pad(int $padid): void {
        $this->db->delete_records_select(
            self::AUTHORS_TABLE,
            'snapshot IN (SELECT id FROM {' . self::TABLE . '} WHERE pad = ?)',
            [$padid]
        );
        $this->db->delete_records(self::TABLE, ['pad' => $padid]);
    }

    /**
     * Wraps records with their authors (one query for all of them).
     *
     * @param stdClass[] $records snapshot records
     * @return pad_snapshot[] in the order of the records
     */
    private function wrap(array $records): array {
        $authors = [];
        if ($records) {
            [$in, $params] = $this->db->get_in_or_equal(array_map(fn($r) => (int) $r->id, array_values($records)));
            $rs = $this->db->get_recordset_select(self::AUTHORS_TABLE, "snapshot $in", $params, 'id ASC', 'id, snapshot, userid');
            foreach ($rs as $row) {
                $authors[(int) $row->snapshot][] = (int) $row->userid;
            }
            $rs->close();
        }
        return array_values(array_map(fn(stdClass $r) => new pad_snapshot($r, $authors[(int) $r->id] ?? []), $records));
    }
}
