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
 * Data and steps of the document-access benchmark (docaccess-bench.sh); prints JSON on its last line.
 *
 * --seed --rows=N --users=N   350 organisations "docbench-001" … with 10 users each, a course
 * category "Docbench" with 5 courses (the programme's courses
 * for the run: setting programmecategory), and standard-log rows
 * (origin 'docbench') up to N, spread evenly over the programme's
 * three years; the rows added by this call are by the first --users
 * users (of 3,500). Mix: 80 % counted (page, file, folder, folder as
 * zip, pad, recording), 10 % forum views, 10 % course views; skewed
 * towards a few users and documents (200 documents in all).
 * PostgreSQL only (generate_series).
 * --append=N                  N more rows after the last one, in the last month of the programme
 * --reset                     empties the summary tables and sets the position to 0
 * --aggregate                 runs the aggregation as the task does (budget per run) until it is
 * caught up; reports runs, batches, time, the longest batch and
 * the peak memory
 * --cleanup                   removes the benchmark's log rows, summary, organisations and users
 *
 * bash scripts/moodle.sh php tests/benchmark/docaccess-bench.php "$(bash scripts/moodle.sh www)" --seed --rows=1000000
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->dirroot . '/course/lib.php');

use local_digitalstrategy\local\controlling\docaccess_aggregator;
use local_digitalstrategy\local\controlling\programme;
use local_digitalstrategy\task\aggregate_docaccess;

[$options] = cli_get_params(['seed' => false, 'rows' => 1000000, 'users' => 3500, 'append' => 0, 'reset' => false,
    'aggregate' => false, 'cleanup' => false]);
\core\session\manager::set_user(get_admin());
if ($DB->get_dbfamily() !== 'postgres') {
    cli_error('The benchmark seeds the log with PostgreSQL\'s generate_series.');
}

/** @var int Organisations of the benchmark. */
const DOCBENCH_ORGS = 350;
/** @var int Users per organisation. */
const DOCBENCH_USERS_PER_ORG = 10;
/** @var int First (made-up) course module id of the benchmark's documents. */
const DOCBENCH_CMBASE = 900000;

/**
 * The benchmark's users (consecutive ids) and courses, made once.
 *
 * @return array{0: int, 1: int[]} first user id, course ids
 */
function docbench_setup(): array {
    global $DB, $CFG;
    $category = $DB->get_record('course_categories', ['idnumber' => 'docbench']);
    if (!$category) {
        $category = core_course_category::create(['name' => 'Docbench', 'idnumber' => 'docbench']);
    }
    set_config('programmecategory', $category->id, 'local_digitalstrategy');
    set_config('programmestart', '2018-1', 'local_digitalstrategy');
    set_config('programmehalfyears', 6, 'local_digitalstrategy');
    $courses = [];
    for ($i = 1; $i <= 5; $i++) {
        $id = $DB->get_field('course', 'id', ['shortname' => "DOCBENCH$i"]);
        if (!$id) {
            $id = create_course((object) ['fullname' => "Docbench $i", 'shortname' => "DOCBENCH$i",
                'category' => $category->id])->id;
        }
        $courses[] = (int) $id;
    }
    $total = DOCBENCH_ORGS * DOCBENCH_USERS_PER_ORG;
    if (!$DB->record_exists('user', ['username' => 'docbench0001'])) {
        $now = time();
        $users = [];
        for ($u = 1; $u <= $total; $u++) {
            $users[] = (object) ['username' => sprintf('docbench%04d', $u), 'auth' => 'nologin', 'confirmed' => 1,
                'mnethostid' => $CFG->mnet_localhost_id, 'firstname' => 'Docbench', 'lastname' => "User $u",
                'email' => "docbench$u@example.invalid", 'timecreated' => $now, 'timemodified' => $now];
        }
        $DB->insert_records('user', $users);
        $orgs = [];
        for ($o = 1; $o <= DOCBENCH_ORGS; $o++) {
            $orgs[] = (object) ['name' => sprintf('Docbench-Organisation %03d', $o), 'idnumber' => sprintf('docbench-%03d', $o),
                'location' => 'Musterstadt', 'fieldofwork' => 'other', 'pilot' => 0, 'archived' => 0, 'contactemail' => '',
                'region' => '', 'timecreated' => $now, 'timemodified' => $now, 'usermodified' => 2];
        }
        $DB->insert_records('local_digitalstrategy_org', $orgs);
        $orgids = array_values($DB->get_fieldset_sql("SELECT id FROM {local_digitalstrategy_org}
                                                       WHERE idnumber LIKE 'docbench-%' ORDER BY idnumber"));
        $userids = array_values($DB->get_fieldset_sql("SELECT id FROM {user} WHERE username LIKE 'docbench%' ORDER BY username"));
        $members = [];
        foreach ($userids as $i => $userid) {
            $members[] = (object) ['orgid' => $orgids[intdiv($i, DOCBENCH_USERS_PER_ORG)], 'userid' => $userid, 'role' => 'staff',
                'timecreated' => $now, 'timemodified' => $now, 'usermodified' => 2];
        }
        $DB->insert_records('local_digitalstrategy_member', $members);
    }
    $range = $DB->get_record_sql("SELECT MIN(id) AS minid, MAX(id) AS maxid, COUNT(1) AS n
                                    FROM {user} WHERE username LIKE 'docbench%'");
    if ((int) $range->maxid - (int) $range->minid + 1 !== (int) $range->n || (int) $range->n !== $total) {
        cli_error('The benchmark users do not have consecutive ids; run --cleanup and seed again.');
    }
    return [(int) $range->minid, $courses];
}

/**
 * Adds log rows number $from + 1 … $to of the benchmark's sequence.
 *
 * @param int $from
 * @param int $to
 * @param int $users the rows are by the first this many users
 * @param int $start earliest time
 * @param int $span seconds the rows spread over
 */
function docbench_log(int $from, int $to, int $users, int $start, int $span): void {
    global $DB;
    [$firstuser, $courses] = docbench_setup();
    // Pseudo-random but reproducible numbers in [0, 1) from the row number (multiplicative hashing).
    $u = fn(string $mult) => "((g::bigint * $mult) % 4294967296) / 4294967296.0";
    $course = 'CASE (g / 10) % 5 ' . implode(' ', array_map(fn($i, $id) => "WHEN $i THEN $id", array_keys($courses), $courses))
        . ' END';
    $DB->execute("INSERT INTO {logstore_standard_log} (eventname, component, action, target, crud, edulevel, contextid,
                         contextlevel, contextinstanceid, userid, courseid, anonymous, timecreated, origin)
        SELECT e.eventname, e.component, e.action, e.target, 'r', 2, 1, e.contextlevel,
               CASE WHEN e.contextlevel = 70 THEN " . DOCBENCH_CMBASE . " + ((g / 10) % 5) * 1000
                    + floor(40 * power({$u('2246822519')}, 2))::int ELSE $course END,
               $firstuser + floor($users * power({$u('2654435761')}, 1.5))::int,
               $course, 0, $start + floor($span * {$u('3266489917')})::bigint, 'docbench'
          FROM generate_series($from + 1, $to) g
          JOIN (VALUES (0, '\\mod_page\\event\\course_module_viewed', 'mod_page', 'viewed', 'course_module', 70),
                       (1, '\\mod_page\\event\\course_module_viewed', 'mod_page', 'viewed', 'course_module', 70),
                       (2, '\\mod_resource\\event\\course_module_viewed', 'mod_resource', 'viewed', 'course_module', 70),
                       (3, '\\mod_resource\\event\\course_module_viewed', 'mod_resource', 'viewed', 'course_module', 70),
                       (4, '\\mod_folder\\event\\course_module_viewed', 'mod_folder', 'viewed', 'course_module', 70),
                       (5, '\\mod_folder\\event\\all_files_downloaded', 'mod_folder', 'downloaded', 'all_files', 70),
                       (6, '\\mod_devcircle\\event\\pad_viewed', 'mod_devcircle', 'viewed', 'pad', 70),
                       (7, '\\mod_devcircle\\event\\recording_viewed', 'mod_devcircle', 'viewed', 'recording', 70),
                       (8, '\\mod_forum\\event\\course_module_viewed', 'mod_forum', 'viewed', 'course_module', 70),
                       (9, '\\core\\event\\course_viewed', 'core', 'viewed', 'course', 50))
               AS e(k, eventname, component, action, target, contextlevel) ON e.k = g % 10");
}

$out = [];
$benchrows = fn() => $DB->count_records('logstore_standard_log', ['origin' => 'docbench']);

if ($options['cleanup']) {
    $DB->delete_records('logstore_standard_log', ['origin' => 'docbench']);
    $DB->delete_records(docaccess_aggregator::TABLE);
    $DB->delete_records(docaccess_aggregator::ACTIVE_TABLE);
    set_config(docaccess_aggregator::POSITION, 0, 'local_digitalstrategy');
    $DB->execute("DELETE FROM {local_digitalstrategy_member}
                   WHERE userid IN (SELECT id FROM {user} WHERE username LIKE 'docbench%')");
    $DB->delete_records_select('local_digitalstrategy_org', "idnumber LIKE 'docbench-%'");
    $DB->delete_records_select('user', "username LIKE 'docbench%'");
    set_config('programmecategory', 0, 'local_digitalstrategy');
    echo json_encode(['cleanedup' => true]), "\n";
    exit(0);
}

$programme = programme::from_settings(new \local_digitalstrategy\local\settings());
if ($options['seed']) {
    docbench_setup();
    $programme = programme::from_settings(new \local_digitalstrategy\local\settings());
    $have = $benchrows();
    $want = (int) $options['rows'];
    $started = microtime(true);
    for ($from = $have; $from < $want; $from += 100000) {
        docbench_log(
            $from,
            min($want, $from + 100000),
            (int) $options['users'],
            $programme->start(),
            $programme->end() - $programme->start()
        );
    }
    $DB->execute('ANALYZE {logstore_standard_log}');
    $out += ['seeded' => max(0, $want - $have), 'seedseconds' => round(microtime(true) - $started, 1)];
}

if ($options['append']) {
    $have = $benchrows();
    docbench_log(
        $have,
        $have + (int) $options['append'],
        DOCBENCH_ORGS * DOCBENCH_USERS_PER_ORG,
        $programme->end() - 30 * DAYSECS,
        30 * DAYSECS - HOURSECS
    );
    $out['appended'] = (int) $options['append'];
}

if ($options['reset']) {
    $DB->delete_records(docaccess_aggregator::TABLE);
    $DB->delete_records(docaccess_aggregator::ACTIVE_TABLE);
    set_config(docaccess_aggregator::POSITION, 0, 'local_digitalstrategy');
    $out['reset'] = true;
}

if ($options['aggregate']) {
    $aggregator = \core\di::get(docaccess_aggregator::class);
    memory_reset_peak_usage();
    $memory = memory_get_usage();
    $started = microtime(true);
    $runs = $batches = 0;
    $longest = 0.0;
    do {
        $result = $aggregator->run(aggregate_docaccess::BUDGET);
        $runs++;
        $batches += $result['batches'];
        $longest = max($longest, $result['longestbatch']);
    } while ($result['pending'] > 0 && !$result['locked']);
    $aggregated = microtime(true);
    // As the task does after a run: compute the cached figures the pages read.
    \core\di::get(\local_digitalstrategy\local\controlling\docaccess_repository::class)->warm();
    $out += [
        'warmseconds' => round(microtime(true) - $aggregated, 2),
        'runs' => $runs,
        'batches' => $batches,
        'seconds' => round($aggregated - $started, 2),
        'longestbatch' => round($longest, 2),
        'peakmemorymb' => round((memory_get_peak_usage() - $memory) / 1048576, 1),
        'docaccessrows' => $DB->count_records(docaccess_aggregator::TABLE),
        'activeuserrows' => $DB->count_records(docaccess_aggregator::ACTIVE_TABLE),
        'organisations' => (int) $DB->count_records_sql('SELECT COUNT(DISTINCT orgid) FROM {' . docaccess_aggregator::TABLE
            . '} WHERE orgid > 0'),
    ];
}

$out['logrows'] = $DB->count_records('logstore_standard_log');
$out['benchrows'] = $benchrows();
echo json_encode($out), "\n";
