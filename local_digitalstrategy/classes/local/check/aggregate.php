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

use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\organisation;

/**
 * The check across all active organisations, for the project team: participation against the
 * target, the latest result of each organisation per dimension (the heat map and the export),
 * the distribution of maturity levels per dimension and the mean per dimension.
 *
 * Loads everything with two queries, however many organisations there are.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class aggregate {
    /** @var array<int, \stdClass> one row per active organisation: id, name, idnumber, fieldofwork, pilot,
     *      runid, timesubmitted, score, maturity, dimensions (key => score|null) */
    private array $rows = [];

    /**
     * Loads the aggregate.
     *
     * @param string $idnumber the instrument
     * @param string[] $dimensionkeys dimension keys in display order
     */
    public function __construct(
        /** @var string the instrument */
        private readonly string $idnumber,
        /** @var string[] dimension keys in display order */
        private readonly array $dimensionkeys,
    ) {
        global $DB;
        $params = [run::STATUS_SUBMITTED, $idnumber];
        $latest = 'SELECT r.id, r.orgid, r.timesubmitted, r.score, r.maturity
                     FROM {' . run::TABLE . '} r
                     JOIN {' . instrument_repository::TABLE . '} i ON i.id = r.instrumentid
                    WHERE r.latest = 1 AND r.status = ? AND i.idnumber = ?';
        $records = $DB->get_recordset_sql("SELECT o.id, o.name, o.idnumber, o.fieldofwork, o.pilot,
                                                  lr.id AS runid, lr.timesubmitted, lr.score, lr.maturity
                                             FROM {" . organisation::TABLE . "} o
                                        LEFT JOIN ($latest) lr ON lr.orgid = o.id
                                            WHERE o.archived = 0
                                         ORDER BY o.name, o.id", $params);
        foreach ($records as $record) {
            $record->dimensions = array_fill_keys($dimensionkeys, null);
            $this->rows[(int) $record->id] = $record;
        }
        $records->close();
        $scores = $DB->get_recordset_sql(
            "SELECT d.id, lr.orgid, d.dimension, d.score
                                            FROM {" . check_service::SCORE_TABLE . "} d
                                            JOIN ($latest) lr ON lr.id = d.runid
                                            JOIN {" . organisation::TABLE . "} o ON o.id = lr.orgid AND o.archived = 0",
            $params
        );
        foreach ($scores as $score) {
            $orgid = (int) $score->orgid;
            if (isset($this->rows[$orgid]) && array_key_exists($score->dimension, $this->rows[$orgid]->dimensions)) {
                $this->rows[$orgid]->dimensions[$score->dimension] = $score->score === null ? null : (float) $score->score;
            }
        }
        $scores->close();
    }

    /**
     * One row per active organisation, by name.
     *
     * @return \stdClass[]
     */
    public function get_rows(): array {
        return array_values($this->rows);
    }

    /**
     * Active organisations.
     *
     * @return int active organisations
     */
    public function get_total(): int {
        return count($this->rows);
    }

    /**
     * Active organisations with a submitted run.
     *
     * @return int active organisations with a submitted run
     */
    public function get_participating(): int {
        return count(array_filter($this->rows, fn($r) => $r->runid !== null));
    }

    /**
     * Share of active organisations with a submitted run, whole percent.
     *
     * @return int share of active organisations with a submitted run, whole percent
     */
    public function get_participation_percent(): int {
        return $this->rows ? (int) floor(100 * $this->get_participating() / count($this->rows)) : 0;
    }

    /**
     * Participation target in percent of member organisations (setting).
     *
     * @return int
     */
    public static function target_percent(): int {
        $value = get_config('local_digitalstrategy', 'participationtarget');
        return $value === false || $value === '' ? 30 : max(0, min(100, (int) $value));
    }

    /**
     * Organisations needed to reach the target.
     *
     * @return int
     */
    public function get_target_count(): int {
        return (int) ceil($this->get_total() * self::target_percent() / 100);
    }

    /**
     * How many organisations reach each maturity level, per dimension (organisations without a
     * score for the dimension are left out).
     *
     * @return array<string, int[]> dimension key => [level 0..4 => organisations]
     */
    public function get_distribution(): array {
        $distribution = array_fill_keys($this->dimensionkeys, array_fill(0, result::MAX_LEVEL + 1, 0));
        foreach ($this->rows as $row) {
            foreach ($row->dimensions as $key => $score) {
                if ($score !== null) {
                    $distribution[$key][result::maturity_level($score)]++;
                }
            }
        }
        return $distribution;
    }

    /**
     * Mean score per dimension over the organisations with a score for it.
     *
     * @return array<string, float|null>
     */
    public function get_means(): array {
        $means = [];
        foreach ($this->dimensionkeys as $key) {
            $scores = array_filter(array_map(fn($r) => $r->dimensions[$key], $this->rows), fn($s) => $s !== null);
            $means[$key] = $scores ? array_sum($scores) / count($scores) : null;
        }
        return $means;
    }

    /**
     * Dimension keys in display order.
     *
     * @return string[] dimension keys in display order
     */
    public function get_dimension_keys(): array {
        return $this->dimensionkeys;
    }
}
