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

use local_digitalstrategy\event\check_submitted;
use local_digitalstrategy\local\questionnaire\completeness;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\organisation;
use moodle_exception;

/**
 * The Digitalisierungscheck on top of the questionnaire engine: submitting a run (scores kept
 * per dimension), results with recommendations and priorities, the anonymous comparison with
 * other organisations and the history of an organisation's runs.
 *
 * Every method runs a fixed number of queries, whatever the number of organisations or answers.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class check_service {
    /** @var string Table of the scores kept per dimension. */
    public const SCORE_TABLE = 'local_digitalstrategy_dimscore';

    /** @var run_repository */
    private run_repository $runs;
    /** @var instrument_repository */
    private instrument_repository $instruments;

    /**
     * Creates the service.
     *
     * @param run_repository|null $runs
     * @param instrument_repository|null $instruments
     */
    public function __construct(?run_repository $runs = null, ?instrument_repository $instruments = null) {
        $this->runs = $runs ?? new run_repository();
        $this->instruments = $instruments ?? new instrument_repository();
    }

    /**
     * Share of items (percent) that must be answered before a run can be submitted (setting).
     *
     * @return int
     */
    public static function min_percent(): int {
        $value = get_config('local_digitalstrategy', 'submitminpercent');
        return $value === false ? 80 : max(0, min(100, (int) $value));
    }

    /**
     * k: organisations needed before averages of other organisations are shown (setting).
     *
     * @return int
     */
    public static function peer_threshold(): int {
        return max(1, (int) (get_config('local_digitalstrategy', 'peerthreshold') ?: 5));
    }

    /**
     * How complete the answers of a run are.
     *
     * @param run $run
     * @return completeness
     */
    public function get_completeness(run $run): completeness {
        return completeness::of(
            $this->instruments->get($run->get_instrumentid()),
            $this->runs->get_answers($run),
            self::min_percent()
        );
    }

    /**
     * Submits a run when it is complete enough: keeps its scores and makes it the organisation's latest.
     *
     * @param run $run an open check run
     * @param int $userid who submits
     * @return array{0: run|null, 1: completeness} the submitted run (null when not complete enough)
     * @throws moodle_exception runsubmitted when the run was submitted already
     */
    public function submit(run $run, int $userid): array {
        global $DB;
        [$submitted, $completeness] = $this->runs->with_submission_lock($run, function (run $run) use ($userid, $DB) {
            if (!$run->is_open()) {
                throw new moodle_exception('runsubmitted', 'local_digitalstrategy');
            }
            $instrument = $this->instruments->get($run->get_instrumentid());
            $answers = $this->runs->get_answers($run);
            $completeness = completeness::of($instrument, $answers, self::min_percent());
            if (!$completeness->can_submit()) {
                return [null, $completeness];
            }
            $result = (new scoring($instrument))->score($answers);
            $now = time();
            $transaction = $DB->start_delegated_transaction();
            $DB->execute(
                'UPDATE {' . run::TABLE . '} SET latest = 0
                           WHERE orgid = ? AND latest = 1
                             AND instrumentid IN (SELECT id FROM {' . instrument_repository::TABLE . '} WHERE idnumber = ?)',
                [$run->get_orgid(), $instrument->get_idnumber()]
            );
            $record = (object) [
                'id' => $run->get_id(), 'status' => run::STATUS_SUBMITTED, 'latest' => 1,
                'score' => $result->score === null ? null : round($result->score, 2),
                'maturity' => $result->get_maturity(), 'answered' => $result->answered, 'items' => $result->items,
                'usersubmitted' => $userid, 'timesubmitted' => $now, 'timemodified' => $now,
            ];
            $DB->update_record(run::TABLE, $record);
            $rows = [];
            foreach ($result->get_dimensions() as $dimension) {
                $rows[] = (object) ['runid' => $run->get_id(), 'dimension' => $dimension->key,
                    'score' => $dimension->score === null ? null : round($dimension->score, 2),
                    'answered' => $dimension->answered, 'scored' => $dimension->scored, 'items' => $dimension->items];
            }
            $DB->insert_records(self::SCORE_TABLE, $rows);
            $transaction->allow_commit();
            return [$this->runs->get($run->get_id()), $completeness];
        });
        if ($submitted) {
            check_submitted::create_from_run($submitted)->trigger();
        }
        return [$submitted, $completeness];
    }

    /**
     * The result of a run computed from its answers, with item-level data (weak items, priorities).
     *
     * @param run $run open or submitted
     * @return result
     */
    public function get_result(run $run): result {
        return (new scoring($this->instruments->get($run->get_instrumentid())))->score($this->runs->get_answers($run));
    }

    /**
     * The comparison with the latest submitted runs of the other active organisations.
     *
     * @param int $orgid the organisation that looks (left out of the averages)
     * @param string $idnumber the instrument
     * @return peer_comparison
     */
    public function get_peers(int $orgid, string $idnumber): peer_comparison {
        global $DB;
        $from = 'FROM {' . run::TABLE . '} r
                 JOIN {' . instrument_repository::TABLE . '} i ON i.id = r.instrumentid
                 JOIN {' . organisation::TABLE . '} o ON o.id = r.orgid
                WHERE r.latest = 1 AND r.status = ? AND i.idnumber = ? AND r.orgid <> ? AND o.archived = 0';
        $params = [run::STATUS_SUBMITTED, $idnumber, $orgid];
        $overall = $DB->get_record_sql("SELECT COUNT(r.id) AS organisations, AVG(r.score) AS mean, COUNT(r.score) AS scored
                                          $from", $params);
        $dimensions = [];
        $rows = $DB->get_records_sql("SELECT d.dimension, AVG(d.score) AS mean, COUNT(d.score) AS scored
                                        FROM {" . self::SCORE_TABLE . "} d
                                        JOIN {" . run::TABLE . "} r ON r.id = d.runid
                                        JOIN {" . instrument_repository::TABLE . "} i ON i.id = r.instrumentid
                                        JOIN {" . organisation::TABLE . "} o ON o.id = r.orgid
                                       WHERE r.latest = 1 AND r.status = ? AND i.idnumber = ? AND r.orgid <> ?
                                             AND o.archived = 0
                                    GROUP BY d.dimension", $params);
        foreach ($rows as $row) {
            $dimensions[$row->dimension] = [$row->mean === null ? null : (float) $row->mean, (int) $row->scored];
        }
        return peer_comparison::from_aggregates(
            (int) $overall->organisations,
            $dimensions,
            [$overall->mean === null ? null : (float) $overall->mean, (int) $overall->scored],
            self::peer_threshold()
        );
    }

    /**
     * The submitted runs of an organisation with their kept scores, oldest first.
     *
     * @param int $orgid
     * @param string $idnumber the instrument
     * @return history
     */
    public function get_history(int $orgid, string $idnumber): history {
        global $DB;
        $runs = $this->runs->get_submitted($orgid, $idnumber);
        if (!$runs) {
            return new history([]);
        }
        [$insql, $params] = $DB->get_in_or_equal(array_map(fn(run $r) => $r->get_id(), $runs));
        $scores = [];
        foreach ($DB->get_recordset_select(self::SCORE_TABLE, "runid $insql", $params, 'id') as $row) {
            $scores[(int) $row->runid][] = new dimension_score(
                $row->dimension,
                $row->score === null ? null : (float) $row->score,
                (int) $row->answered,
                (int) $row->scored,
                (int) $row->items
            );
        }
        $entries = [];
        foreach ($runs as $run) {
            $entries[] = ['runid' => $run->get_id(), 'timesubmitted' => $run->get_timesubmitted(),
                'result' => new result($scores[$run->get_id()] ?? [], $run->get_score())];
        }
        return new history($entries);
    }

    /**
     * The result kept when a run was submitted (dimension scores only, no item-level data).
     *
     * @param run $run a submitted run
     * @return result
     */
    public function get_stored_result(run $run): result {
        global $DB;
        $dimensions = [];
        foreach ($DB->get_records(self::SCORE_TABLE, ['runid' => $run->get_id()], 'id') as $row) {
            $dimensions[] = new dimension_score(
                $row->dimension,
                $row->score === null ? null : (float) $row->score,
                (int) $row->answered,
                (int) $row->scored,
                (int) $row->items
            );
        }
        $record = $run->to_record();
        return new result($dimensions, $run->get_score(), (int) $record->answered, (int) $record->items);
    }
}
