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
 * Seeds the data of the webinar benchmark (idempotent) and prints what webinar-bench.sh needs
 * as JSON: a course BENCHWEB with
 *   - a development circle with 50 sessions (24 over, 26 to come) and 500 attendance records,
 *   - a development circle with 1 session (next week) and no attendance (queries must not grow),
 *   - a core BigBlueButton activity on the same BBB server (the test double),
 *   - a core Page activity with one line of text (the floor of an activity page on this site),
 * and the teacher benchteacher who views them.
 *
 * Usage: php tests/benchmark/webinar-bench.php /path/to/moodle BBB_URL BBB_SECRET
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->dirroot . '/course/modlib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/enrol/manual/lib.php');

[$bbburl, $bbbsecret] = [$argv[2] ?? '', $argv[3] ?? ''];
$password = 'Bench123!';
\core\session\manager::set_user(get_admin());

// Core BigBlueButton: enabled and pointed at the same server as mod_devcircle.
\core\plugininfo\mod::enable_plugin('bigbluebuttonbn', 1);
set_config('bigbluebuttonbn_server_url', $bbburl);
set_config('bigbluebuttonbn_shared_secret', $bbbsecret);
set_config('bigbluebuttonbn_checksum_algorithm', 'SHA256');

$course = $DB->get_record('course', ['shortname' => 'BENCHWEB']);
if (!$course) {
    $course = create_course((object) ['fullname' => 'Benchmark Webinare', 'shortname' => 'BENCHWEB', 'category' => 1,
        'format' => 'topics', 'numsections' => 1]);
}
$manual = enrol_get_plugin('manual');
$enrol = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);
$roles = $DB->get_records_menu('role', null, '', 'shortname, id');

/**
 * A user, created once.
 *
 * @param string $username the user name
 * @param string $password the password
 * @param string $institution the organisation
 * @return stdClass
 */
function bench_user(string $username, string $password, string $institution): stdClass {
    global $CFG, $DB;
    $user = $DB->get_record('user', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id]);
    if (!$user) {
        $id = user_create_user((object) ['username' => $username, 'password' => $password, 'firstname' => 'Bench',
            'lastname' => $username, 'email' => "$username@example.org", 'auth' => 'manual', 'confirmed' => 1,
            'mnethostid' => $CFG->mnet_localhost_id, 'institution' => $institution]);
        $user = $DB->get_record('user', ['id' => $id]);
        set_user_preference('auth_forcepasswordchange', 0, $user);
    }
    return $user;
}

$teacher = bench_user('benchteacher', $password, 'Akademie');
if (!is_enrolled(context_course::instance($course->id), $teacher)) {
    $manual->enrol_user($enrol, $teacher->id, $roles['editingteacher']);
}
$participants = [];
for ($i = 1; $i <= 50; $i++) {
    $participants[] = bench_user(sprintf('benchuser%02d', $i), $password, 'Organisation ' . (($i % 7) + 1));
}

/**
 * A module of the course, created once (by name).
 *
 * @param stdClass $course the course
 * @param string $modname the module
 * @param string $name its name
 * @param array $extra more settings
 * @return stdClass the course module record
 */
function bench_module(stdClass $course, string $modname, string $name, array $extra = []): stdClass {
    global $DB;
    $existing = $DB->get_record($modname, ['course' => $course->id, 'name' => $name]);
    if ($existing) {
        return get_coursemodule_from_instance($modname, $existing->id, $course->id, false, MUST_EXIST);
    }
    $info = (object) array_merge(['modulename' => $modname, 'course' => $course->id, 'section' => 1, 'visible' => 1,
        'name' => $name, 'introeditor' => ['text' => '', 'format' => FORMAT_HTML, 'itemid' => 0], 'cmidnumber' => ''], $extra);
    $info = create_module($info);
    return get_coursemodule_from_id($modname, $info->coursemodule, $course->id, false, MUST_EXIST);
}

$big = bench_module($course, 'devcircle', 'Zirkel mit 50 Sitzungen');
$small = bench_module($course, 'devcircle', 'Zirkel mit 1 Sitzung');
// The floor: core mod_page with one line of text, the least an activity page costs on this site.
$floor = bench_module($course, 'page', 'Seite (Kern)', [
    'content' => '<p>Leer.</p>', 'contentformat' => FORMAT_HTML, 'display' => 0, 'printintro' => 0, 'printlastmodified' => 0,
    'revision' => 1,
]);
$bbb = bench_module($course, 'bigbluebuttonbn', 'BigBlueButton (Kern)', [
    'type' => 0, 'record' => 1, 'wait' => 0, 'participants' => '[]', 'openingtime' => 0, 'closingtime' => 0,
]);

/**
 * Gives a circle its sessions and attendance, once.
 *
 * @param stdClass $cm the circle's course module
 * @param int $sessions how many sessions
 * @param stdClass[] $people who attends
 * @param int $perperson sessions per person
 */
function bench_sessions(stdClass $cm, int $sessions, array $people, int $perperson): void {
    global $DB;
    $instance = \core\di::get(\mod_devcircle\instance_repository::class)->get_by_cmid((int) $cm->id);
    $manager = \core\di::get(\mod_devcircle\webinar\session_manager::class);
    $attendance = \core\di::get(\mod_devcircle\webinar\attendance_repository::class);
    if ($DB->count_records('devcircle_sessions', ['devcircle' => $cm->instance]) >= $sessions) {
        return;
    }
    $created = [];
    for ($s = 1; $s <= $sessions; $s++) {
        $created[] = $manager->create($instance, (object) [
            'title' => "Sitzung $s", 'agenda' => "<p>Tagesordnung der Sitzung $s: Rückblick, Arbeit im Pad, nächste Schritte.</p>",
            'agendaformat' => FORMAT_HTML, 'timestart' => time() + ($s - 25) * WEEKSECS, 'duration' => 90 * MINSECS,
        ], (int) get_admin()->id);
    }
    foreach ($people as $p => $person) {
        for ($k = 0; $k < $perperson; $k++) {
            $session = $created[($p * 3 + $k * 5) % count($created)];
            $attendance->record_join(
                $session,
                (int) $person->id,
                \mod_devcircle\webinar\attendance_repository::ROLE_VIEWER,
                time() - DAYSECS
            );
        }
    }
}
bench_sessions($big, 50, $participants, 10);
bench_sessions($small, 1, [], 0);

/**
 * Puts a circle's sessions a week apart around now, on every run, so that each run measures the
 * same mix: the first $past sessions are over, the others to come.
 *
 * @param stdClass $cm the circle's course module
 * @param int $past how many sessions are over
 */
function bench_anchor(stdClass $cm, int $past): void {
    global $DB;
    $ids = $DB->get_fieldset_select('devcircle_sessions', 'id', 'devcircle = ? ORDER BY id', [$cm->instance]);
    $monday = usergetmidnight(time()) + 10 * HOURSECS;
    foreach ($ids as $i => $id) {
        $start = $monday + ($i - $past) * WEEKSECS + WEEKSECS;
        $DB->update_record('devcircle_sessions', (object) ['id' => $id, 'timestart' => $start]);
    }
}
// 50 sessions: 24 over, 26 to come. 1 session: next week.
bench_anchor($big, 25);
bench_anchor($small, 0);

echo json_encode([
    'course' => (int) $course->id,
    'circle50' => (int) $big->id,
    'circle1' => (int) $small->id,
    'bigbluebuttonbn' => (int) $bbb->id,
    'page' => (int) $floor->id,
    'sessions50' => $DB->count_records('devcircle_sessions', ['devcircle' => $big->instance]),
    'attendance50' => $DB->count_records_sql('SELECT COUNT(1) FROM {devcircle_attendance} a
        JOIN {devcircle_sessions} s ON s.id = a.sessionid WHERE s.devcircle = ?', [$big->instance]),
    'username' => 'benchteacher',
    'password' => $password,
]) . "\n";
