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
 * Seeds the data of the strategies benchmark (idempotent) and prints JSON on its last line:
 * --orgs=N   benchmark organisations "bench-0001" … "bench-N" active (those beyond archived), each
 * with a strategy (every second one adopted), a goal, one measure per phase and a
 * current rating per measure and criterion (green, amber, red in turn), written with
 * bulk inserts.
 *
 * bash scripts/moodle.sh php tests/benchmark/strategies-bench.php "$(bash scripts/moodle.sh www)" --orgs=350
 * ... --cleanup   removes the benchmark organisations with their strategies
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once(__DIR__ . '/check-seed.php');

use local_digitalstrategy\local\strategy\strategy_summary;
use local_digitalstrategy\organisation;

[$options] = cli_get_params(['orgs' => 0, 'cleanup' => false]);
\core\session\manager::set_user(get_admin());

/**
 * The benchmark organisations' ids.
 *
 * @return int[]
 */
function strategies_bench_orgids(): array {
    global $DB;
    return array_map('intval', $DB->get_fieldset_select(organisation::TABLE, 'id', $DB->sql_like('idnumber', '?'), ['bench-%']));
}

/**
 * Removes the strategies of the benchmark organisations (with goals, measures and ratings).
 */
function strategies_bench_cleanup(): void {
    global $DB;
    foreach (array_chunk(strategies_bench_orgids(), 200) as $chunk) {
        [$in, $params] = $DB->get_in_or_equal($chunk);
        $strategyids = $DB->get_fieldset_select('local_digitalstrategy_strategy', 'id', "orgid $in", $params);
        if (!$strategyids) {
            continue;
        }
        [$sin, $sparams] = $DB->get_in_or_equal($strategyids);
        $measureids = $DB->get_fieldset_select('local_digitalstrategy_measure', 'id', "strategyid $sin", $sparams);
        foreach (array_chunk($measureids, 500) as $mchunk) {
            [$min, $mparams] = $DB->get_in_or_equal($mchunk);
            $DB->delete_records_select('local_digitalstrategy_rating', "measureid $min", $mparams);
        }
        $DB->delete_records_select('local_digitalstrategy_measure', "strategyid $sin", $sparams);
        $DB->delete_records_select('local_digitalstrategy_goal', "strategyid $sin", $sparams);
        $DB->delete_records_select('local_digitalstrategy_strategy', "id $sin", $sparams);
    }
}

if ($options['cleanup']) {
    strategies_bench_cleanup();
    bench_cleanup();
    echo json_encode(['organisations' => $DB->count_records(organisation::TABLE, ['archived' => 0])]), "\n";
    exit(0);
}

$upto = (int) $options['orgs'];
$created = $upto ? bench_seed($upto, 0) : 0;
$now = time();
$strategies = 0;
foreach (strategies_bench_orgids() as $n => $orgid) {
    if ($DB->record_exists('local_digitalstrategy_strategy', ['orgid' => $orgid])) {
        continue;
    }
    $transaction = $DB->start_delegated_transaction();
    $adopted = $orgid % 2 === 0;
    $strategyid = $DB->insert_record('local_digitalstrategy_strategy', (object) ['orgid' => $orgid,
        'status' => $adopted ? 'adopted' : 'draft', 'vision' => 'Digital & nah bei den Menschen', 'guidingvalues' => 'Teilhabe',
        'version' => 1, 'adoptedversion' => $adopted ? 1 : 0, 'timecreated' => $now, 'timemodified' => $now, 'usermodified' => 2]);
    $goalid = $DB->insert_record('local_digitalstrategy_goal', (object) ['strategyid' => $strategyid, 'title' => 'Ziel',
        'rationale' => '', 'target' => '', 'duedate' => 0, 'dimension' => '', 'sortorder' => 0, 'timecreated' => $now,
        'timemodified' => $now, 'usermodified' => 2]);
    $ratings = [];
    foreach (strategy_summary::PHASES as $p => $phase) {
        $measureid = $DB->insert_record('local_digitalstrategy_measure', (object) ['strategyid' => $strategyid,
            'goalid' => $goalid, 'title' => "Maßnahme $phase", 'description' => '', 'ownerid' => 0, 'startdate' => 0,
            'duedate' => 0, 'phase' => $phase, 'sortorder' => 0, 'evaluation' => '', 'evaluationurl' => '', 'lesson' => '',
            'transferable' => 0, 'released' => 0, 'named' => 0, 'version' => 1, 'timecreated' => $now,
            'timemodified' => $now, 'usermodified' => 2]);
        foreach (strategy_summary::CRITERIA as $c => $criterion) {
            $ratings[] = (object) ['measureid' => $measureid, 'criterion' => $criterion,
                'rating' => strategy_summary::RATINGS[($orgid + $p + $c) % 3], 'previous' => '', 'ratingcomment' => '',
                'countermeasure' => '', 'current' => 1, 'userid' => 2, 'timecreated' => $now];
        }
    }
    $DB->insert_records('local_digitalstrategy_rating', $ratings);
    $transaction->allow_commit();
    $strategies++;
}

echo json_encode([
    'organisations' => $DB->count_records(organisation::TABLE, ['archived' => 0]),
    'createdorganisations' => $created,
    'createdstrategies' => $strategies,
]), "\n";
