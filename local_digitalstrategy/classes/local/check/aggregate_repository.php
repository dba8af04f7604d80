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

namespace local_digitalstrategy\local\check;

use local_digitalstrategy\local\cache\results_cache;
use local_digitalstrategy\local\organisation_filter;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\local\settings;
use local_digitalstrategy\organisation;

/**
 * The check across all active organisations: the aggregate (participation, distribution of
 * maturity levels and means per dimension, counted by the database and kept in the results
 * cache) and the latest result of each organisation per dimension, a page at a time (the heat
 * map and the export). Nothing here loads all organisations at once.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class aggregate_repository {
    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     * @param results_cache $cache
     * @param settings $settings
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var results_cache */
        private readonly results_cache $cache,
        /** @var settings */
        private readonly settings $settings,
    ) {
    }

    /**
     * The aggregate over the latest submitted runs of all active organisations.
     *
     * @param string $idnumber the instrument
     * @param string[] $dimensionkeys dimension keys in display order
     * @return aggregate
     */
    public function get_aggregate(string $idnumber, array $dimensionkeys): aggregate {
        $data = $this->cache->get('aggregate_' . $idnumber, fn() => $this->count($idnumber));
        return new aggregate(
            $dimensionkeys,
            $data['total'],
            $data['participating'],
            $data['distribution'],
            $data['means'],
            $this->settings->participation_target()
        );
    }

    /**
     * Active organisations (the rows there are).
     *
     * @return int
     */
    public function count_rows(): int {
        return $this->db->count_records(organisation::TABLE, ['archived' => 0]);
    }

    /**
     * Active organisations that a filter lets through (the rows there are on the heat map).
     *
     * @param string $idnumber the instrument (participation means a submitted run of it)
     * @param organisation_filter $filter
     * @return int
     */
    public function count_filtered(string $idnumber, organisation_filter $filter): int {
        [$latest, $params] = $this->latest_runs($idnumber);
        [$where, $whereparams] = $filter->where($this->db, 'o', 'lr.id IS NOT NULL');
        return $this->db->count_records_sql("SELECT COUNT(1)
                                               FROM {" . organisation::TABLE . "} o
                                          LEFT JOIN ($latest) lr ON lr.orgid = o.id
                                              WHERE o.archived = 0 AND $where", array_merge($params, $whereparams));
    }

    /**
     * One row per active organisation, by name, a page at a time.
     *
     * @param string $idnumber the instrument
     * @param string[] $dimensionkeys dimension keys in display order
     * @param int $offset rows to skip
     * @param int $limit rows to return at most, 0 for all
     * @param organisation_filter|null $filter which organisations, null for all
     * @param string $sort 'name', 'score' (overall) or a dimension key; organisations without a
     *     score come last in both directions
     * @param bool $desc descending
     * @return \stdClass[] id, name, idnumber, fieldofwork, pilot, runid (null without a submitted run),
     *     timesubmitted, score, maturity, dimensions (key => score|null, in the given order)
     */
    public function get_rows(
        string $idnumber,
        array $dimensionkeys,
        int $offset,
        int $limit,
        ?organisation_filter $filter = null,
        string $sort = 'name',
        bool $desc = false
    ): array {
        [$latest, $params] = $this->latest_runs($idnumber);
        [$where, $whereparams] = ($filter ?? new organisation_filter())->where($this->db, 'o', 'lr.id IS NOT NULL');
        $dir = $desc ? 'DESC' : 'ASC';
        $join = '';
        if ($sort === 'score') {
            $order = "CASE WHEN lr.score IS NULL THEN 1 ELSE 0 END, lr.score $dir, ";
        } else if ($sort !== 'name' && in_array($sort, $dimensionkeys, true)) {
            $join = 'LEFT JOIN {' . score_repository::TABLE . '} ds ON ds.runid = lr.id AND ds.dimension = ?';
            $params[] = $sort;
            $order = "CASE WHEN ds.score IS NULL THEN 1 ELSE 0 END, ds.score $dir, ";
        } else {
            $order = $desc ? 'o.name DESC, ' : '';
        }
        $records = $this->db->get_records_sql("SELECT o.id, o.name, o.idnumber, o.fieldofwork, o.pilot,
                                                      lr.id AS runid, lr.timesubmitted, lr.score, lr.maturity
                                                 FROM {" . organisation::TABLE . "} o
                                            LEFT JOIN ($latest) lr ON lr.orgid = o.id
                                                      $join
                                                WHERE o.archived = 0 AND $where
                                             ORDER BY {$order}o.name, o.id", array_merge($params, $whereparams), $offset, $limit);
        $rows = [];
        $byrun = [];
        foreach ($records as $record) {
            $record->dimensions = array_fill_keys($dimensionkeys, null);
            $rows[] = $record;
            if ($record->runid !== null) {
                $byrun[(int) $record->runid] = $record;
            }
        }
        if ($byrun) {
            [$insql, $inparams] = $this->db->get_in_or_equal(array_keys($byrun));
            $scores = $this->db->get_recordset_select(
                score_repository::TABLE,
                "runid $insql",
                $inparams,
                'id',
                'id, runid, dimension, score'
            );
            foreach ($scores as $score) {
                $row = $byrun[(int) $score->runid];
                if (array_key_exists($score->dimension, $row->dimensions)) {
                    $row->dimensions[$score->dimension] = $score->score === null ? null : (float) $score->score;
                }
            }
            $scores->close();
        }
        return $rows;
    }

    /**
     * Every row, read a page at a time (the export).
     *
     * @param string $idnumber the instrument
     * @param string[] $dimensionkeys dimension keys in display order
     * @param int $pagesize rows read at once
     * @return \Generator<\stdClass> as get_rows()
     */
    public function all_rows(string $idnumber, array $dimensionkeys, int $pagesize = 200): \Generator {
        for ($offset = 0;; $offset += $pagesize) {
            $rows = $this->get_rows($idnumber, $dimensionkeys, $offset, $pagesize);
            yield from $rows;
            if (count($rows) < $pagesize) {
                return;
            }
        }
    }

    /**
     * Counts participation, levels and means in the database.
     *
     * @param string $idnumber
     * @return array{total: int, participating: int, distribution: array<string, int[]>, means: array<string, float|null>}
     */
    private function count(string $idnumber): array {
        [$latest, $params] = $this->latest_runs($idnumber);
        $totals = $this->db->get_record_sql("SELECT COUNT(o.id) AS total, COUNT(lr.id) AS participating
                                               FROM {" . organisation::TABLE . "} o
                                          LEFT JOIN ($latest) lr ON lr.orgid = o.id
                                              WHERE o.archived = 0", $params);
        $levels = [];
        for ($level = 0; $level <= result::MAX_LEVEL; $level++) {
            $from = $level * 25;
            $condition = $level === result::MAX_LEVEL ? "d.score >= $from"
                : ($level === 0 ? 'd.score < 25' : "d.score >= $from AND d.score < " . ($from + 25));
            $levels[] = "SUM(CASE WHEN $condition THEN 1 ELSE 0 END) AS level$level";
        }
        $rows = $this->db->get_records_sql("SELECT d.dimension, AVG(d.score) AS mean, " . implode(', ', $levels) . "
                                              FROM {" . score_repository::TABLE . "} d
                                              JOIN ($latest) lr ON lr.id = d.runid
                                              JOIN {" . organisation::TABLE . "} o ON o.id = lr.orgid AND o.archived = 0
                                             WHERE d.score IS NOT NULL
                                          GROUP BY d.dimension", $params);
        $distribution = [];
        $means = [];
        foreach ($rows as $row) {
            $means[$row->dimension] = $row->mean === null ? null : (float) $row->mean;
            for ($level = 0; $level <= result::MAX_LEVEL; $level++) {
                $distribution[$row->dimension][$level] = (int) $row->{'level' . $level};
            }
        }
        return ['total' => (int) $totals->total, 'participating' => (int) $totals->participating,
            'distribution' => $distribution, 'means' => $means];
    }

    /**
     * The latest submitted run of each organisation for an instrument, as a subquery.
     *
     * @param string $idnumber
     * @return array{0: string, 1: array} SQL and parameters
     */
    private function latest_runs(string $idnumber): array {
        return ['SELECT r.id, r.orgid, r.timesubmitted, r.score, r.maturity
                   FROM {' . run::TABLE . '} r
                   JOIN {' . instrument_repository::TABLE . '} i ON i.id = r.instrumentid
                  WHERE r.latest = 1 AND r.status = ? AND i.idnumber = ?', [run::STATUS_SUBMITTED, $idnumber]];
    }
}
