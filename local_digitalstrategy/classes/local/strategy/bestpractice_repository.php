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

use moodle_database;
use stdClass;

/**
 * Reads and writes what the best-practice collection needs of measures: whether a transferable
 * measure of phase act is released, and named or anonymised; the released measures by text,
 * experiment field and dimension.
 *
 * The release is part of the measure (columns released and named); this class touches no other
 * column of it than those, its version and its modification stamp. The organisation's name is
 * read only for entries released with the name: an anonymised entry never carries it, nor its
 * owner, its author or its strategy.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class bestpractice_repository {
    /** @var string The measures' table. */
    public const TABLE = 'local_digitalstrategy_measure';

    /**
     * Creates the repository.
     *
     * @param moodle_database $db
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var moodle_database */
        private readonly moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * A measure with what deciding on its release needs: its organisation, phase, flags, title.
     *
     * @param int $measureid
     * @return stdClass|null id, orgid, title, phase, transferable, released, named, version; null when none
     */
    public function get_measure(int $measureid): ?stdClass {
        $record = $this->db->get_record_sql(
            'SELECT m.id, s.orgid, m.title, m.phase, m.transferable, m.released, m.named, m.version
               FROM {' . self::TABLE . '} m
               JOIN {local_digitalstrategy_strategy} s ON s.id = m.strategyid
              WHERE m.id = :id',
            ['id' => $measureid]
        );
        return $record ?: null;
    }

    /**
     * Releases a measure for the collection, or withdraws it; raises the measure's version so a
     * form showing the measure before sees its change.
     *
     * @param int $measureid
     * @param bool $released
     * @param bool $named with the organisation's name (only kept while released)
     * @param int $userid who decided
     */
    public function set_release(int $measureid, bool $released, bool $named, int $userid): void {
        $this->db->execute(
            'UPDATE {' . self::TABLE . '}
                SET released = :released, named = :named, version = version + 1,
                    timemodified = :now, usermodified = :userid
              WHERE id = :id',
            ['released' => (int) $released, 'named' => (int) ($released && $named),
                'now' => $this->clock->time(), 'userid' => $userid, 'id' => $measureid]
        );
    }

    /**
     * The released transferable measures of phase act matching a filter, most recently changed first.
     *
     * @param string $search words to find in title, description or lesson (and in the
     *        organisation's name of named entries only); empty for all
     * @param int $fieldid experiment field, 0 for any
     * @param string $dimension the goal's check dimension, '' for any
     * @param int $offset
     * @param int $limit 0 for all
     * @return array{entries: bestpractice_entry[], total: int}
     */
    public function search(string $search, int $fieldid, string $dimension, int $offset, int $limit): array {
        [$where, $params] = $this->where($search, $fieldid, $dimension);
        $total = (int) $this->db->count_records_sql(
            'SELECT COUNT(m.id) ' . $this->from() . " WHERE $where",
            $params
        );
        $records = $this->db->get_records_sql(
            'SELECT m.id, m.title, m.description, m.lesson, m.fieldid, f.idnumber AS fieldidnumber, f.name AS fieldname,
                    g.dimension, m.named, m.timemodified,
                    CASE WHEN m.named = 1 THEN o.name ELSE NULL END AS orgname
               ' . $this->from() . "
              WHERE $where
           ORDER BY m.timemodified DESC, m.id DESC",
            $params,
            $offset,
            $limit
        );
        return [
            'entries' => array_values(array_map(fn(stdClass $r) => bestpractice_entry::from_record($r), $records)),
            'total' => $total,
        ];
    }

    /**
     * The experiment fields, in their order (archived ones too: released measures may use them).
     *
     * @return stdClass[] id, idnumber, name, archived
     */
    public function list_fields(): array {
        return array_values($this->db->get_records(
            'local_digitalstrategy_field',
            null,
            'sortorder, id',
            'id, idnumber, name, archived'
        ));
    }

    /**
     * The tables of the collection's queries.
     *
     * @return string
     */
    private function from(): string {
        return 'FROM {' . self::TABLE . '} m
                JOIN {local_digitalstrategy_strategy} s ON s.id = m.strategyid
                JOIN {local_digitalstrategy_org} o ON o.id = s.orgid
                JOIN {local_digitalstrategy_goal} g ON g.id = m.goalid
           LEFT JOIN {local_digitalstrategy_field} f ON f.id = m.fieldid';
    }

    /**
     * The condition of the collection: released, transferable, in act, and the filter.
     *
     * @param string $search
     * @param int $fieldid
     * @param string $dimension
     * @return array{0: string, 1: array}
     */
    private function where(string $search, int $fieldid, string $dimension): array {
        $where = "m.released = 1 AND m.transferable = 1 AND m.phase = :act";
        $params = ['act' => 'act'];
        if ($fieldid > 0) {
            $where .= ' AND m.fieldid = :fieldid';
            $params['fieldid'] = $fieldid;
        }
        if ($dimension !== '') {
            $where .= ' AND g.dimension = :dimension';
            $params['dimension'] = $dimension;
        }
        $words = preg_split('/\s+/u', trim($search), -1, PREG_SPLIT_NO_EMPTY) ?: [];
        foreach (array_slice($words, 0, 10) as $i => $word) {
            $like = '%' . $this->db->sql_like_escape($word) . '%';
            $any = [];
            foreach (['title' => 'm.title', 'description' => 'm.description', 'lesson' => 'm.lesson'] as $key => $column) {
                $any[] = $this->db->sql_like($column, ":w{$i}{$key}", false, false);
                $params["w{$i}{$key}"] = $like;
            }
            // The organisation's name is searched only where it is shown.
            $any[] = '(m.named = 1 AND ' . $this->db->sql_like('o.name', ":w{$i}org", false, false) . ')';
            $params["w{$i}org"] = $like;
            $where .= ' AND (' . implode(' OR ', $any) . ')';
        }
        return [$where, $params];
    }
}
