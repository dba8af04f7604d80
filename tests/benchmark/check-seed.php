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

/**
 * Seeding of the Digitalisierungscheck benchmarks (check-bench.php, dashboard-bench.php): benchmark
 * organisations "bench-0001" … with submitted runs of the default check, written directly (bulk
 * inserts) with the scores the check's own scoring class computes, so the data is what real
 * submissions would leave behind. Include after Moodle's config.php.
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

use local_digitalstrategy\local\check\score_repository;
use local_digitalstrategy\local\check\scoring;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\answer;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\organisation;

/**
 * Removes every benchmark organisation with its runs, answers, scores and members.
 */
function bench_cleanup(): void {
    global $DB;
    $orgids = $DB->get_fieldset_select(organisation::TABLE, 'id', $DB->sql_like('idnumber', '?'), ['bench-%']);
    foreach (array_chunk($orgids, 200) as $chunk) {
        [$in, $params] = $DB->get_in_or_equal($chunk);
        $runids = $DB->get_fieldset_select(run::TABLE, 'id', "orgid $in", $params);
        foreach (array_chunk($runids, 500) as $runchunk) {
            [$rin, $rparams] = $DB->get_in_or_equal($runchunk);
            $DB->delete_records_select(run_repository::ANSWER_TABLE, "runid $rin", $rparams);
            $DB->delete_records_select(score_repository::TABLE, "runid $rin", $rparams);
        }
        $DB->delete_records_select(run::TABLE, "orgid $in", $params);
        $DB->delete_records_select(organisation::MEMBER_TABLE, "orgid $in", $params);
        $DB->delete_records_select(organisation::TABLE, "id $in", $params);
    }
    \core\di::get(\local_digitalstrategy\local\cache\results_cache::class)->invalidate();
}

/**
 * Seeds benchmark organisations up to a number, each with submitted runs, and makes exactly
 * bench-0001 … bench-<upto> active: benchmark organisations seeded before beyond that number are
 * archived (kept, but left out of every aggregate), so one can measure 350 and then 35 again.
 *
 * @param int $upto organisations bench-0001 … bench-<upto>
 * @param int $runsper submitted runs per organisation
 * @return int organisations created now
 */
function bench_seed(int $upto, int $runsper): int {
    global $DB;
    $current = \core\di::get(instrument_repository::class)->get_current_check();
    $instrument = $current['instrument'];
    $scoring = new scoring($instrument);
    $repository = \core\di::get(organisation_repository::class);
    $created = 0;
    $fields = organisation::FIELDS_OF_WORK;
    for ($i = 1; $i <= $upto; $i++) {
        $idnumber = sprintf('bench-%04d', $i);
        if ($repository->get_by_idnumber($idnumber)) {
            continue;
        }
        $transaction = $DB->start_delegated_transaction();
        $organisation = $repository->create((object) ['idnumber' => $idnumber, 'name' => sprintf('Benchmark-Organisation %04d', $i),
            'location' => 'Benchstadt', 'fieldofwork' => $fields[$i % count($fields)], 'employees' => 10 + $i % 300,
            'pilot' => (int) ($i % 25 === 0)], 2);
        for ($r = 0; $r < $runsper; $r++) {
            $time = time() - ($runsper - $r) * 86400 * 180;
            $answers = [];
            foreach ($instrument->get_items() as $key => $item) {
                $seed = crc32("$idnumber/$r/$key");
                if ($seed % 17 === 0) {
                    $answers[$key] = new answer($key, null, !empty($item['dontknow']), 0);
                } else if ($item['type'] === 'yesno') {
                    $answers[$key] = new answer($key, $seed % 3 ? 'yes' : 'no', false, !empty($item['relevance']) ? $seed % 4 : 0);
                } else {
                    $answers[$key] = new answer(
                        $key,
                        (string) min(4, ($seed % 4) + $r),
                        false,
                        !empty($item['relevance']) ? $seed % 4 : 0
                    );
                }
            }
            $result = $scoring->score($answers);
            $latest = (int) ($r === $runsper - 1);
            $runid = $DB->insert_record(run::TABLE, (object) [
                'orgid' => $organisation->get_id(), 'instrumentid' => $current['id'], 'status' => run::STATUS_SUBMITTED,
                'latest' => $latest, 'score' => $result->score === null ? null : round($result->score, 2),
                'maturity' => $result->get_maturity(), 'answered' => $result->answered, 'items' => $result->items,
                'usercreated' => 2, 'timecreated' => $time - 3600, 'usersubmitted' => 2, 'timesubmitted' => $time,
                'timemodified' => $time]);
            $DB->insert_records(run_repository::ANSWER_TABLE, array_map(fn(answer $a) => (object) [
                'runid' => $runid, 'itemkey' => $a->itemkey, 'value' => $a->value, 'dontknow' => (int) $a->dontknow,
                'relevance' => $a->relevance, 'version' => 1, 'userid' => 2, 'timecreated' => $time, 'timemodified' => $time,
            ], array_values($answers)));
            $DB->insert_records(score_repository::TABLE, array_map(fn($d) => (object) [
                'runid' => $runid, 'dimension' => $d->key, 'score' => $d->score === null ? null : round($d->score, 2),
                'answered' => $d->answered, 'scored' => $d->scored, 'items' => $d->items,
            ], array_values($result->get_dimensions())));
        }
        $transaction->allow_commit();
        $created++;
    }
    $like = $DB->sql_like('idnumber', '?');
    $DB->execute(
        'UPDATE {' . organisation::TABLE . "} SET archived = 1 WHERE $like AND idnumber > ?",
        ['bench-%', sprintf('bench-%04d', $upto)]
    );
    $DB->execute(
        'UPDATE {' . organisation::TABLE . "} SET archived = 0 WHERE $like AND idnumber <= ?",
        ['bench-%', sprintf('bench-%04d', $upto)]
    );
    \core\di::get(\local_digitalstrategy\local\cache\results_cache::class)->invalidate();
    return $created;
}
