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
 * Seeds the data of the Dashboard benchmark (idempotent) and prints what dashboard-bench.sh needs
 * as JSON on its last line:
 * --orgs=N       benchmark organisations "bench-0001" … "bench-N" with submitted check runs
 * (the admin's Dashboard shows them in the block);
 * --feedback     a course BENCHFB with a core mod_feedback activity of 40 items (30 rated
 * choices −2…+2, 6 single choices, 4 open questions) and 350 responses of 350
 * students, made through mod_feedback's own generator and completion API.
 *
 * bash scripts/moodle.sh php tests/benchmark/dashboard-bench.php "$(bash scripts/moodle.sh www)" --orgs=350 --feedback
 * ... --cleanup   removes the benchmark organisations again (the feedback course stays)
 * ... --blockvisible=0|1   hides or shows the check block on the admin's Dashboard (the
 * benchmark measures the Dashboard without it too, to know what core alone costs)
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->dirroot . '/enrol/manual/lib.php');
require_once($CFG->libdir . '/testing/generator/lib.php');
require_once($CFG->dirroot . '/mod/feedback/lib.php');
require_once(__DIR__ . '/check-seed.php');

[$options] = cli_get_params(['orgs' => 0, 'runs' => 2, 'feedback' => false, 'responses' => 350, 'cleanup' => false,
    'blockvisible' => null]);
\core\session\manager::set_user(get_admin());

if ($options['cleanup']) {
    bench_cleanup();
    echo json_encode(['organisations' => $DB->count_records('local_digitalstrategy_org', ['archived' => 0])]), "\n";
    exit(0);
}

if ($options['blockvisible'] !== null) {
    require_once($CFG->dirroot . '/my/lib.php');
    $admin = get_admin();
    $mypage = my_get_page($admin->id, MY_PAGE_PRIVATE);
    if ($mypage->userid === null) {
        $mypage = my_copy_page($admin->id, MY_PAGE_PRIVATE);
    }
    $usercontext = context_user::instance($admin->id);
    foreach ($DB->get_records('block_instances', ['blockname' => 'digicheck', 'parentcontextid' => $usercontext->id]) as $block) {
        $position = $DB->get_record('block_positions', ['blockinstanceid' => $block->id, 'contextid' => $usercontext->id,
            'pagetype' => 'my-index', 'subpage' => (string) $mypage->id]);
        $visible = (int) (bool) $options['blockvisible'];
        if ($position) {
            $DB->set_field('block_positions', 'visible', $visible, ['id' => $position->id]);
        } else {
            $DB->insert_record('block_positions', (object) ['blockinstanceid' => $block->id, 'contextid' => $usercontext->id,
                'pagetype' => 'my-index', 'subpage' => (string) $mypage->id, 'visible' => $visible,
                'region' => $block->defaultregion, 'weight' => $block->defaultweight]);
        }
    }
}

$created = $options['orgs'] ? bench_seed((int) $options['orgs'], (int) $options['runs']) : 0;
$out = [
    'organisations' => $DB->count_records('local_digitalstrategy_org', ['archived' => 0]),
    'createdorganisations' => $created,
];

if ($options['feedback']) {
    $generator = new testing_data_generator();
    $course = $DB->get_record('course', ['shortname' => 'BENCHFB']);
    if (!$course) {
        $course = create_course((object) ['fullname' => 'Benchmark Feedback', 'shortname' => 'BENCHFB', 'category' => 1,
            'format' => 'topics', 'numsections' => 1]);
    }
    $cm = null;
    $feedback = $DB->get_record('feedback', ['course' => $course->id, 'name' => 'Veranstaltungsfeedback (Benchmark)']);
    if (!$feedback) {
        $feedback = $generator->get_plugin_generator('mod_feedback')->create_instance(
            ['course' => $course->id, 'name' => 'Veranstaltungsfeedback (Benchmark)']
        );
    }
    $cm = get_coursemodule_from_instance('feedback', $feedback->id, $course->id, false, MUST_EXIST);
    $feedback = $DB->get_record('feedback', ['id' => $feedback->id], '*', MUST_EXIST);
    $fbgenerator = $generator->get_plugin_generator('mod_feedback');
    $items = $DB->get_records('feedback_item', ['feedback' => $feedback->id], 'position');
    if (!$items) {
        for ($i = 1; $i <= 40; $i++) {
            $record = ['name' => sprintf('Frage %02d', $i), 'label' => sprintf('q%02d', $i)];
            if ($i <= 30) {
                $fbgenerator->create_item_multichoicerated($feedback, $record + [
                    'values' => "-2/trifft gar nicht zu\n-1/trifft eher nicht zu\n0/teils, teils\n"
                        . "1/trifft eher zu\n2/trifft voll zu"]);
            } else if ($i <= 36) {
                $fbgenerator->create_item_multichoice($feedback, $record + [
                    'values' => "Pflege\nKita\nBeratung\nEingliederungshilfe\nJugendhilfe\nAndere"]);
            } else {
                $fbgenerator->create_item_textarea($feedback, $record);
            }
        }
        $items = $DB->get_records('feedback_item', ['feedback' => $feedback->id], 'position');
    }
    $manual = enrol_get_plugin('manual');
    $enrol = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);
    $studentrole = $DB->get_field('role', 'id', ['shortname' => 'student'], MUST_EXIST);
    $have = $DB->count_records('feedback_completed', ['feedback' => $feedback->id]);
    for ($n = $have + 1; $n <= (int) $options['responses']; $n++) {
        $username = sprintf('benchfb%03d', $n);
        $user = $DB->get_record('user', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id]);
        if (!$user) {
            $user = $generator->create_user(['username' => $username, 'firstname' => 'Feedback', 'lastname' => "Person $n"]);
        }
        $manual->enrol_user($enrol, $user->id, $studentrole);
        \core\session\manager::set_user($user);
        $answers = [];
        foreach ($items as $item) {
            $seed = crc32("$n/$item->id");
            $answers["{$item->typ}_{$item->id}"] = match ($item->typ) {
                'multichoicerated' => 1 + $seed % 5,
                'multichoice' => 1 + $seed % 6,
                default => "Antwort $n: " . substr(str_repeat('Die Veranstaltung war hilfreich. ', 3), 0, 20 + $seed % 60),
            };
        }
        $completion = new mod_feedback_completion($feedback, $cm, $course->id, false, null, null, (int) $user->id);
        $completion->save_response_tmp((object) $answers);
        $completion->save_response();
    }
    \core\session\manager::set_user(get_admin());
    $out += [
        'feedbackcmid' => (int) $cm->id,
        'feedbackitems' => count($items),
        'feedbackresponses' => $DB->count_records('feedback_completed', ['feedback' => $feedback->id]),
    ];
}

echo json_encode($out), "\n";
