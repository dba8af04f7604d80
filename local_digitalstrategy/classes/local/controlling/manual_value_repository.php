<?php
// This file is part of Moodle - https://moodle.org/
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
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\local\controlling;

use stdClass;

/**
 * Manual values of indicators. Every entry is kept; the newest of an indicator and half-year counts.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class manual_value_repository {
    /** @var string table */
    public const TABLE = 'local_digitalstrategy_indvalue';

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The newest entry of every indicator and half-year, in one query.
     *
     * @return array<int, array<int, stdClass>> indicator id => period => row
     */
    public function latest_all(): array {
        $sql = 'SELECT v.*
                  FROM {' . self::TABLE . '} v
                 WHERE NOT EXISTS (SELECT 1
                                     FROM {' . self::TABLE . '} n
                                    WHERE n.indicatorid = v.indicatorid AND n.period = v.period
                                          AND (n.timecreated > v.timecreated
                                               OR (n.timecreated = v.timecreated AND n.id > v.id)))';
        $result = [];
        foreach ($this->db->get_records_sql($sql) as $row) {
            $result[(int) $row->indicatorid][(int) $row->period] = $row;
        }
        return $result;
    }

    /**
     * Stores an entry; the caller has validated it (period inside the programme, a number).
     *
     * @param int $indicatorid
     * @param int $period
     * @param float $value
     * @param string $comment
     * @param int $userid who entered it
     * @return int id of the entry (itemid of its evidence files)
     */
    public function add(int $indicatorid, int $period, float $value, string $comment, int $userid): int {
        return (int) $this->db->insert_record(self::TABLE, (object) [
            'indicatorid' => $indicatorid,
            'period' => $period,
            'value' => $value,
            'comment' => $comment,
            'userid' => $userid,
            'timecreated' => $this->clock->time(),
        ]);
    }

    /**
     * All entries of an indicator in a half-year, newest first.
     *
     * @param int $indicatorid
     * @param int $period
     * @return stdClass[]
     */
    public function history(int $indicatorid, int $period): array {
        return array_values($this->db->get_records(
            self::TABLE,
            ['indicatorid' => $indicatorid, 'period' => $period],
            'timecreated DESC, id DESC'
        ));
    }
}
