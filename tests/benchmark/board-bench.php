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
 * Benchmark of the PDCA board (a report, not a timed test): for organisations with 20 measures and
 * 200 rating changes and with 200 measures and 2,000 rating changes it prints the DB queries
 * (reads + writes) and the server time of what board.php does for its content (reading the board
 * and rendering it), and of a poll of local_digitalstrategy_get_board with an unchanged and with a
 * changed revision. The queries must not grow with the measures; it exits 1 when they do.
 *
 * bash scripts/moodle.sh php tests/benchmark/board-bench.php "$(bash scripts/moodle.sh www)" [--runs=5]
 * ... --cleanup   removes the benchmark organisations again
 *
 * The organisations ("bench-board-20", "bench-board-200") are seeded once and kept.
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/clilib.php');

use local_digitalstrategy\external\get_board;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\board_service;
use local_digitalstrategy\local\strategy\measure;
use local_digitalstrategy\output\board_page;

[$options] = cli_get_params(['runs' => 5, 'cleanup' => false]);
$sizes = [20 => 200, 200 => 2000];
$organisations = \core\di::get(organisation_repository::class);

if ($options['cleanup']) {
    foreach (array_keys($sizes) as $n) {
        $org = $organisations->get_by_idnumber("bench-board-$n");
        if ($org) {
            $strategyid = $DB->get_field('local_digitalstrategy_strategy', 'id', ['orgid' => $org->get_id()]);
            $DB->delete_records_select(
                'local_digitalstrategy_rating',
                'measureid IN (SELECT id FROM {local_digitalstrategy_measure} WHERE strategyid = ?)',
                [$strategyid]
            );
            $DB->delete_records('local_digitalstrategy_measure', ['strategyid' => $strategyid]);
            $DB->delete_records('local_digitalstrategy_goal', ['strategyid' => $strategyid]);
            $DB->delete_records('local_digitalstrategy_strategy', ['id' => $strategyid]);
            $DB->delete_records('local_digitalstrategy_member', ['orgid' => $org->get_id()]);
            $DB->delete_records('local_digitalstrategy_org', ['id' => $org->get_id()]);
        }
    }
    echo "benchmark organisations removed\n";
    exit(0);
}

/**
 * The benchmark organisation with n measures (owned by its members, due dates around now) and r
 * rating changes, seeded once directly in the tables.
 *
 * @param int $n measures
 * @param int $r rating changes
 * @return array{0: \local_digitalstrategy\organisation, 1: int} the organisation and its leader's id
 */
function bench_board(int $n, int $r): array {
    global $DB, $CFG;
    require_once($CFG->dirroot . '/user/lib.php');
    $organisations = \core\di::get(organisation_repository::class);
    $username = "benchboard$n";
    $leaderid = (int) $DB->get_field('user', 'id', ['username' => $username]);
    if (!$leaderid) {
        $leaderid = (int) user_create_user((object) ['username' => $username, 'password' => 'Bench123!x', 'firstname' => 'Bench',
            'lastname' => "Leitung $n", 'email' => "$username@example.org", 'auth' => 'manual', 'confirmed' => 1,
            'mnethostid' => $CFG->mnet_localhost_id]);
    }
    $org = $organisations->get_by_idnumber("bench-board-$n");
    if ($org) {
        return [$org, $leaderid];
    }
    $org = $organisations->create((object) ['name' => "Benchmark-Board $n & Co.", 'idnumber' => "bench-board-$n"], $leaderid);
    $organisations->add_member($org, $leaderid, 'leadership', $leaderid);
    $now = time();
    $strategyid = $DB->insert_record('local_digitalstrategy_strategy', (object) ['orgid' => $org->get_id(), 'status' => 'draft',
        'version' => 1, 'adoptedversion' => 0, 'timecreated' => $now, 'timemodified' => $now, 'usermodified' => $leaderid]);
    $goalid = $DB->insert_record('local_digitalstrategy_goal', (object) ['strategyid' => $strategyid, 'title' => 'Ziel',
        'dimension' => '', 'sortorder' => 0, 'timecreated' => $now, 'timemodified' => $now, 'usermodified' => $leaderid]);
    $ids = [];
    for ($i = 0; $i < $n; $i++) {
        $ids[] = $DB->insert_record('local_digitalstrategy_measure', (object) ['strategyid' => $strategyid, 'goalid' => $goalid,
            'title' => "Maßnahme $i & \"Test\"", 'ownerid' => $leaderid, 'duedate' => $now + ($i - $n / 2) * DAYSECS,
            'phase' => measure::PHASES[$i % 4], 'sortorder' => intdiv($i, 4), 'evaluationurl' => '', 'version' => 1,
            'timecreated' => $now, 'timemodified' => $now, 'usermodified' => $leaderid]);
    }
    $criteria = ['quality', 'cost', 'staff', 'time'];
    $colours = ['green', 'amber', 'red'];
    $last = [];
    for ($k = 0; $k < $r; $k++) {
        $measureid = $ids[$k % $n];
        $criterion = $criteria[intdiv($k, $n) % 4];
        $key = "$measureid/$criterion";
        $rating = $colours[($k * 7) % 3];
        if (isset($last[$key])) {
            $DB->set_field('local_digitalstrategy_rating', 'current', 0, ['id' => $last[$key][0]]);
        }
        $last[$key] = [$DB->insert_record('local_digitalstrategy_rating', (object) ['measureid' => $measureid,
            'criterion' => $criterion, 'rating' => $rating, 'previous' => $last[$key][1] ?? '',
            'countermeasure' => $rating === 'red' ? 'Gegenmaßnahme' : '', 'current' => 1, 'userid' => $leaderid,
            'timecreated' => $now]), $rating];
    }
    return [$org, $leaderid];
}

/**
 * Runs a piece of work several times; the median of its server time and its queries.
 *
 * @param int $runs
 * @param callable $work
 * @return array{0: int, 1: float} queries (reads + writes) and milliseconds
 */
function bench_measure(int $runs, callable $work): array {
    global $DB;
    $work();
    $times = [];
    $queries = 0;
    for ($i = 0; $i < $runs; $i++) {
        $before = $DB->perf_get_queries();
        $start = microtime(true);
        $work();
        $times[] = (microtime(true) - $start) * 1000;
        $queries = $DB->perf_get_queries() - $before;
    }
    sort($times);
    return [$queries, $times[intdiv(count($times), 2)]];
}

$results = [];
foreach ($sizes as $n => $r) {
    [$org, $leaderid] = bench_board($n, $r);
    \core\session\manager::set_user(core_user::get_user($leaderid));
    $PAGE = new moodle_page();
    $PAGE->set_context(context_system::instance());
    $PAGE->set_url('/local/digitalstrategy/board.php', ['orgid' => $org->get_id()]);
    $output = $PAGE->get_renderer('core');
    $service = \core\di::get(board_service::class);
    $html = '';
    $page = bench_measure((int) $options['runs'], function () use ($service, $org, $leaderid, $output, &$html) {
        $html = $output->render(new board_page($org, $service->board($org, $leaderid)));
    });
    $revision = $service->revision($org, $leaderid);
    $unchanged = bench_measure((int) $options['runs'], fn() => get_board::execute($org->get_id(), $revision));
    $changed = bench_measure((int) $options['runs'], fn() => get_board::execute($org->get_id(), ''));
    $ratings = $DB->count_records_sql('SELECT COUNT(r.id) FROM {local_digitalstrategy_rating} r
        JOIN {local_digitalstrategy_measure} m ON m.id = r.measureid
        JOIN {local_digitalstrategy_strategy} s ON s.id = m.strategyid WHERE s.orgid = ?', [$org->get_id()]);
    $results[$n] = compact('page', 'unchanged', 'changed');
    printf(
        "%4d measures, %5d rating changes: board page %3d queries %7.1f ms (%d KB HTML) | poll unchanged %2d queries "
        . "%6.1f ms | poll changed %3d queries %7.1f ms\n",
        $n,
        $ratings,
        $page[0],
        $page[1],
        strlen($html) / 1024,
        $unchanged[0],
        $unchanged[1],
        $changed[0],
        $changed[1]
    );
}
$small = $results[20];
$large = $results[200];
$constant = $small['page'][0] === $large['page'][0] && $small['changed'][0] === $large['changed'][0]
    && $small['unchanged'][0] === $large['unchanged'][0];
echo $constant ? "PASS  queries constant in the number of measures\n" : "FAIL  queries grow with the measures\n";
exit($constant ? 0 : 1);
