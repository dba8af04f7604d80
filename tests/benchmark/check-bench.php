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
 * Benchmark of the Digitalisierungscheck (not a timed test): seeds organisations with submitted
 * runs of the default check and reports, for the admin block and the participant results page,
 * the database queries and the server time to build and render them, at two sizes, so one sees
 * that the number of queries does not grow with organisations or answers.
 *
 * php tests/benchmark/check-bench.php MOODLE_DIR [--orgs=350] [--runs=2] [--small=35] [--cleanup]
 *
 * Run through scripts/moodle.sh php (the site's PHP settings), e.g.
 * bash scripts/moodle.sh php tests/benchmark/check-bench.php "$(bash scripts/moodle.sh www)"
 * Seeded organisations have identifiers "bench-0001" …; --cleanup removes them (and their runs).
 * Seeding writes runs, answers and kept scores directly (bulk inserts), computed by the same
 * scoring class the check uses, so the data is what real submissions would leave behind.
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once(__DIR__ . '/check-seed.php');

use local_digitalstrategy\local\check\result_summary;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\organisation;

[$options] = cli_get_params(['orgs' => 350, 'runs' => 2, 'small' => 35, 'cleanup' => false, 'help' => false]);
if ($options['help']) {
    echo "php check-bench.php MOODLE_DIR [--orgs=350] [--runs=2] [--small=35] [--cleanup]\n";
    exit(0);
}
\core\session\manager::set_user(get_admin());
$PAGE->set_context(context_system::instance());
$PAGE->set_url('/local/digitalstrategy/results.php');

/**
 * Builds and renders something a number of times; returns queries and time of the median run.
 *
 * @param callable $render returns HTML
 * @param int $times
 * @return array{reads: int, writes: int, ms: float, bytes: int}
 */
function bench_measure(callable $render, int $times = 5): array {
    global $DB;
    $samples = [];
    for ($i = 0; $i < $times; $i++) {
        // Empty the plugin's caches, so every render takes the database path.
        \cache_helper::purge_by_definition('local_digitalstrategy', 'results');
        \cache_helper::purge_by_definition('local_digitalstrategy', 'instruments');
        $reads = $DB->perf_get_reads();
        $writes = $DB->perf_get_writes();
        $start = microtime(true);
        $html = $render();
        $samples[] = ['reads' => $DB->perf_get_reads() - $reads, 'writes' => $DB->perf_get_writes() - $writes,
            'ms' => 1000 * (microtime(true) - $start), 'bytes' => strlen($html)];
    }
    usort($samples, fn($a, $b) => $a['ms'] <=> $b['ms']);
    return $samples[intdiv($times, 2)];
}

/**
 * Measures the admin block and the results page of a participant.
 *
 * @param stdClass $participant a member of bench-0001
 * @return array<string, array>
 */
function bench_pages(stdClass $participant): array {
    global $PAGE, $USER;
    $renderer = $PAGE->get_renderer('core');
    $admin = get_admin();
    \core\session\manager::set_user($admin);
    $builder = \core\di::get(\block_digicheck\local\content_builder::class);
    $block = bench_measure(fn() => $renderer->render($builder->for_user((int) $admin->id, true, current_language())));
    \core\session\manager::set_user($participant);
    $organisation = \core\di::get(organisation_repository::class)->get_for_user((int) $participant->id);
    $latest = \core\di::get(run_repository::class)->get_latest_submitted($organisation->get_id(), 'digicheck');
    $results = bench_measure(function () use ($renderer, $organisation, $latest, $USER) {
        $summary = \core\di::get(result_summary::class)->build($latest, $organisation, current_language());
        $canstart = \core\di::get(organisation_access::class)->can_answer($organisation, (int) $USER->id);
        return $renderer->render(new \local_digitalstrategy\output\results_page($organisation, $latest, $summary, $canstart));
    });
    $participantblock = bench_measure(fn() => $renderer->render(
        $builder->for_user((int) $participant->id, false, current_language())
    ));
    \core\session\manager::set_user(get_admin());
    return ['admin block' => $block, 'results page (participant)' => $results, 'block (participant)' => $participantblock];
}

if ($options['cleanup']) {
    bench_cleanup();
    mtrace('benchmark organisations removed');
    exit(0);
}

// A participant in the first benchmark organisation.
$user = $DB->get_record('user', ['username' => 'benchparticipant']);
if (!$user) {
    $user = \core_user::get_user(user_create_user((object) ['username' => 'benchparticipant', 'firstname' => 'Bench',
        'lastname' => 'Participant', 'email' => 'bench@example.org', 'auth' => 'manual', 'confirmed' => 1,
        'mnethostid' => $CFG->mnet_localhost_id, 'password' => random_string(16) . 'aA1*'], true, false));
}

$report = [];
foreach ([(int) $options['small'], (int) $options['orgs']] as $size) {
    $t0 = microtime(true);
    $created = bench_seed($size, (int) $options['runs']);
    $seedtime = microtime(true) - $t0;
    $organisations = \core\di::get(organisation_repository::class);
    $first = $organisations->get_by_idnumber('bench-0001');
    if (!$organisations->get_for_user((int) $user->id)) {
        $organisations->add_member($first, (int) $user->id, 'staff', 2);
    }
    $organisations = $DB->count_records(organisation::TABLE, ['archived' => 0]);
    $answers = $DB->count_records(run_repository::ANSWER_TABLE);
    mtrace(sprintf(
        'seeded %d organisations in %.1f s; now %d active organisations, %d runs, %d answers',
        $created,
        $seedtime,
        $organisations,
        $DB->count_records(run::TABLE),
        $answers
    ));
    foreach (bench_pages($user) as $name => $m) {
        $report[] = [$organisations, $answers, $name, $m['reads'], $m['writes'], $m['ms'], $m['bytes']];
    }
}

mtrace('');
mtrace(sprintf('%-13s %-8s %-28s %7s %7s %9s %9s', 'organisations', 'answers', 'page part', 'reads', 'writes', 'ms', 'KB HTML'));
foreach ($report as [$orgs, $answers, $name, $reads, $writes, $ms, $bytes]) {
    mtrace(sprintf('%-13d %-8d %-28s %7d %7d %9.1f %9.1f', $orgs, $answers, $name, $reads, $writes, $ms, $bytes / 1024));
}
mtrace('');
mtrace('Queries are counted with $DB->perf_get_reads()/perf_get_writes(); times are the median of 5 renders in this');
mtrace('PHP process, building the data and rendering the templates, without the page frame; the plugin\'s caches');
mtrace('(aggregates, instruments) are emptied before each render, so these are the figures of a cache miss.');
mtrace('Whole pages through HTTP: tests/benchmark/dashboard-bench.sh.');
