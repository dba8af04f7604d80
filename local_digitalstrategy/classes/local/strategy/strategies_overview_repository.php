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

namespace local_digitalstrategy\local\strategy;

use local_digitalstrategy\organisation;

/**
 * The active organisations that have a strategy (adopted or not; one strategy per organisation), for the project team's part of
 * the block: a bounded number of them by name and how many there are, in two queries.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategies_overview_repository {
    /** @var string The strategies table. */
    private const STRATEGY_TABLE = 'local_digitalstrategy_strategy';

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * The first active organisations with a strategy, by name, and their number.
     *
     * @param int $limit rows at most
     * @return array{total: int, rows: array<int, array{id: int, name: string}>}
     */
    public function with_strategy(int $limit): array {
        $from = 'FROM {' . organisation::TABLE . '} o
                 JOIN {' . self::STRATEGY_TABLE . '} s ON s.orgid = o.id
                WHERE o.archived = 0';
        $total = $this->db->count_records_sql("SELECT COUNT(1) $from");
        $records = $total ? $this->db->get_records_sql("SELECT o.id, o.name $from ORDER BY o.name, o.id", [], 0, $limit) : [];
        return [
            'total' => $total,
            'rows' => array_values(array_map(fn($r) => ['id' => (int) $r->id, 'name' => (string) $r->name], $records)),
        ];
    }
}
