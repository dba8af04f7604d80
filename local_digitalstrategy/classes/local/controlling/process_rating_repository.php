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
 * Ratings of the process Ampel. Every rating is kept; the newest of a process and half-year counts.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class process_rating_repository {
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
     * Stores a rating; the caller has validated it.
     *
     * @param string $process one of process_rating::PROCESSES
     * @param int $period
     * @param array<string, string> $criteria criterion => green|amber|red|'' (missing ones are '')
     * @param string $note
     * @param int $userid who rated
     * @return int id
     */
    public function add(string $process, int $period, array $criteria, string $note, int $userid): int {
        $record = (object) [
            'process' => $process,
            'period' => $period,
            'note' => $note,
            'userid' => $userid,
            'timecreated' => $this->clock->time(),
        ];
        foreach (process_rating::CRITERIA as $criterion) {
            $record->$criterion = (string) ($criteria[$criterion] ?? '');
        }
        return (int) $this->db->insert_record(process_rating::TABLE, $record);
    }

    /**
     * The newest rating of every process and half-year, in one query.
     *
     * @return array<string, array<int, stdClass>> process => period => row
     */
    public function current_all(): array {
        $table = '{' . process_rating::TABLE . '}';
        $sql = "SELECT r.*
                  FROM {$table} r
                 WHERE NOT EXISTS (SELECT 1
                                     FROM {$table} n
                                    WHERE n.process = r.process AND n.period = r.period
                                          AND (n.timecreated > r.timecreated
                                               OR (n.timecreated = r.timecreated AND n.id > r.id)))";
        $result = [];
        foreach ($this->db->get_records_sql($sql) as $row) {
            $result[$row->process][(int) $row->period] = $row;
        }
        return $result;
    }

    /**
     * All ratings of a process in a half-year, newest first.
     *
     * @param string $process
     * @param int $period
     * @return stdClass[]
     */
    public function history(string $process, int $period): array {
        return array_values($this->db->get_records(
            process_rating::TABLE,
            ['process' => $process, 'period' => $period],
            'timecreated DESC, id DESC'
        ));
    }
}
