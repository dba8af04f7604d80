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
 * Keeps the scores of submitted check runs (overall on the run, per dimension in their own
 * table) and reads them back: one run's, an organisation's history, and the averages over the
 * other organisations' latest runs. Every method runs a fixed number of queries.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class score_repository {
    /** @var string Table of the scores kept per dimension. */
    public const TABLE = 'local_digitalstrategy_dimscore';

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
     * Marks a run submitted with its scores and makes it its organisation's latest run of the
     * instrument, in one transaction.
     *
     * @param run $run an open run
     * @param string $idnumber the run's instrument
     * @param result $result the run's result
     * @param int $userid who submits
     * @param int $now when
     */
    public function store_submission(run $run, string $idnumber, result $result, int $userid, int $now): void {
        $transaction = $this->db->start_delegated_transaction();
        $this->db->execute(
            'UPDATE {' . run::TABLE . '} SET latest = 0
              WHERE orgid = ? AND latest = 1
                AND instrumentid IN (SELECT id FROM {' . instrument_repository::TABLE . '} WHERE idnumber = ?)',
            [$run->get_orgid(), $idnumber]
        );
        $this->db->update_record(run::TABLE, (object) [
            'id' => $run->get_id(), 'status' => run::STATUS_SUBMITTED, 'latest' => 1,
            'score' => $result->score === null ? null : round($result->score, 2),
            'maturity' => $result->get_maturity(), 'answered' => $result->answered, 'items' => $result->items,
            'usersubmitted' => $userid, 'timesubmitted' => $now, 'timemodified' => $now,
        ]);
        $rows = [];
        foreach ($result->get_dimensions() as $dimension) {
            $rows[] = (object) ['runid' => $run->get_id(), 'dimension' => $dimension->key,
                'score' => $dimension->score === null ? null : round($dimension->score, 2),
                'answered' => $dimension->answered, 'scored' => $dimension->scored, 'items' => $dimension->items];
        }
        $this->db->insert_records(self::TABLE, $rows);
        $transaction->allow_commit();
    }

    /**
     * The dimension scores kept for runs.
     *
     * @param int[] $runids
     * @return array<int, dimension_score[]> by run id, in the order they were stored
     */
    public function get_dimension_scores(array $runids): array {
        if (!$runids) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal($runids);
        $scores = [];
        $records = $this->db->get_recordset_select(self::TABLE, "runid $insql", $params, 'id');
        foreach ($records as $row) {
            $scores[(int) $row->runid][] = new dimension_score(
                $row->dimension,
                $row->score === null ? null : (float) $row->score,
                (int) $row->answered,
                (int) $row->scored,
                (int) $row->items
            );
        }
        $records->close();
        return $scores;
    }

    /**
     * Averages over the latest submitted runs of the other active organisations.
     *
     * @param int $orgid the organisation that looks (left out)
     * @param string $idnumber the instrument
     * @return array organisations: other organisations with a run; overall: [mean, organisations with a score];
     *     dimensions: [mean, organisations with a score] by dimension key
     */
    public function get_peer_averages(int $orgid, string $idnumber): array {
        $from = 'FROM {' . run::TABLE . '} r
                 JOIN {' . instrument_repository::TABLE . '} i ON i.id = r.instrumentid
                 JOIN {' . organisation::TABLE . '} o ON o.id = r.orgid
                WHERE r.latest = 1 AND r.status = ? AND i.idnumber = ? AND r.orgid <> ? AND o.archived = 0';
        $params = [run::STATUS_SUBMITTED, $idnumber, $orgid];
        $overall = $this->db->get_record_sql("SELECT COUNT(r.id) AS organisations, AVG(r.score) AS mean,
                                                     COUNT(r.score) AS scored
                                                $from", $params);
        $dimensions = [];
        $rows = $this->db->get_records_sql("SELECT d.dimension, AVG(d.score) AS mean, COUNT(d.score) AS scored
                                              FROM {" . self::TABLE . "} d
                                              JOIN {" . run::TABLE . "} r ON r.id = d.runid
                                              JOIN {" . instrument_repository::TABLE . "} i ON i.id = r.instrumentid
                                              JOIN {" . organisation::TABLE . "} o ON o.id = r.orgid
                                             WHERE r.latest = 1 AND r.status = ? AND i.idnumber = ? AND r.orgid <> ?
                                                   AND o.archived = 0
                                          GROUP BY d.dimension", $params);
        foreach ($rows as $row) {
            $dimensions[$row->dimension] = [$row->mean === null ? null : (float) $row->mean, (int) $row->scored];
        }
        return [
            'organisations' => (int) $overall->organisations,
            'overall' => [$overall->mean === null ? null : (float) $overall->mean, (int) $overall->scored],
            'dimensions' => $dimensions,
        ];
    }

    /**
     * Active organisations with a submitted run of any instrument.
     *
     * @return int
     */
    public function count_participating(): int {
        return $this->db->count_records_sql(
            'SELECT COUNT(DISTINCT r.orgid)
               FROM {' . run::TABLE . '} r
               JOIN {' . organisation::TABLE . '} o ON o.id = r.orgid AND o.archived = 0
              WHERE r.latest = 1'
        );
    }
}
