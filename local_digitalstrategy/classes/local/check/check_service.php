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
use local_digitalstrategy\local\cache\results_cache;
use local_digitalstrategy\local\questionnaire\completeness;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\local\settings;
use moodle_exception;

/**
 * The Digitalisierungscheck on top of the questionnaire engine: submitting a run (scores kept
 * per dimension), results with recommendations and priorities, the anonymous comparison with
 * other organisations and the history of an organisation's runs.
 *
 * Every method runs a fixed number of queries, whatever the number of organisations or answers;
 * the peer averages come from the results cache, which a submission empties.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class check_service {
    /**
     * Creates the service.
     *
     * @param run_repository $runs
     * @param instrument_repository $instruments
     * @param score_repository $scores
     * @param settings $settings
     * @param results_cache $cache
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var run_repository */
        private readonly run_repository $runs,
        /** @var instrument_repository */
        private readonly instrument_repository $instruments,
        /** @var score_repository */
        private readonly score_repository $scores,
        /** @var settings */
        private readonly settings $settings,
        /** @var results_cache */
        private readonly results_cache $cache,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
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
            $this->settings->submit_min_percent()
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
        [$submitted, $completeness] = $this->runs->with_submission_lock($run, function (run $run) use ($userid) {
            if (!$run->is_open()) {
                throw new moodle_exception('runsubmitted', 'local_digitalstrategy');
            }
            $instrument = $this->instruments->get($run->get_instrumentid());
            $answers = $this->runs->get_answers($run);
            $completeness = completeness::of($instrument, $answers, $this->settings->submit_min_percent());
            if (!$completeness->can_submit()) {
                return [null, $completeness];
            }
            $result = (new scoring($instrument))->score($answers);
            $this->scores->store_submission($run, $instrument->get_idnumber(), $result, $userid, $this->clock->time());
            return [$this->runs->get($run->get_id()), $completeness];
        });
        if ($submitted) {
            $this->cache->invalidate();
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
        $averages = $this->cache->get(
            'peers_' . $idnumber . '_' . $orgid,
            fn() => $this->scores->get_peer_averages($orgid, $idnumber)
        );
        return peer_comparison::from_aggregates(
            $averages['organisations'],
            $averages['dimensions'],
            $averages['overall'],
            $this->settings->peer_threshold()
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
        $runs = $this->runs->get_submitted($orgid, $idnumber);
        $scores = $this->scores->get_dimension_scores(array_map(fn(run $r) => $r->get_id(), $runs));
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
        $dimensions = $this->scores->get_dimension_scores([$run->get_id()])[$run->get_id()] ?? [];
        $record = $run->to_record();
        return new result($dimensions, $run->get_score(), (int) $record->answered, (int) $record->items);
    }
}
