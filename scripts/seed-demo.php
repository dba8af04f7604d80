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
 * Seeds the local stack's demo data through Moodle's own APIs. Idempotent: reuses what exists
 * and gives it the demo names again (scripts/demo-data.php holds them).
 *
 * Usage: php scripts/seed-demo.php /path/to/moodle
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
require_once($CFG->dirroot . '/my/lib.php');
require_once(__DIR__ . '/demo-data.php');

$password = getenv('DEMO_PASSWORD') ?: 'Demo123!';
\core\session\manager::set_user(get_admin());

// People: one moderator and participants of three organisations.
$users = [];
foreach (DEMO_PEOPLE as $username => [$first, $last, $org]) {
    $institution = $org === null ? 'Akademie' : DEMO_ORGANISATIONS[$org]['name'];
    $user = $DB->get_record('user', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id]);
    if (!$user) {
        $id = user_create_user((object) [
            'username' => $username, 'password' => $password, 'firstname' => $first, 'lastname' => $last,
            'email' => "$username@example.org", 'auth' => 'manual', 'confirmed' => 1,
            'mnethostid' => $CFG->mnet_localhost_id, 'institution' => $institution, 'lang' => 'de',
        ]);
        $user = $DB->get_record('user', ['id' => $id]);
        set_user_preference('auth_forcepasswordchange', 0, $user);
    } else if ($user->firstname !== $first || $user->lastname !== $last || $user->institution !== $institution) {
        user_update_user((object) ['id' => $user->id, 'firstname' => $first, 'lastname' => $last,
            'institution' => $institution], false, false);
        $user = $DB->get_record('user', ['id' => $user->id]);
    }
    $users[$username] = $user;
}

// The course with the block and a development circle.
$course = $DB->get_record('course', ['shortname' => 'DEZ']);
if (!$course) {
    $course = create_course((object) [
        'fullname' => DEMO_COURSE, 'shortname' => 'DEZ', 'category' => 1,
        'summary' => 'Entwicklungszirkel der Pilotorganisationen: Webinare, Pads und Digitalisierungscheck.',
        'format' => 'topics', 'numsections' => 3, 'enablecompletion' => 1,
    ]);
} else if ($course->fullname !== DEMO_COURSE) {
    update_course((object) ['id' => $course->id, 'fullname' => DEMO_COURSE]);
    $course = $DB->get_record('course', ['id' => $course->id]);
}
$instance = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);
$manual = enrol_get_plugin('manual');
$roles = $DB->get_records_menu('role', null, '', 'shortname, id');
foreach ($users as $username => $user) {
    $role = $username === 'moderator' ? $roles['editingteacher'] : $roles['student'];
    if (!is_enrolled(context_course::instance($course->id), $user)) {
        $manual->enrol_user($instance, $user->id, $role);
    }
}

$circle = $DB->get_record('devcircle', ['course' => $course->id], '*', IGNORE_MULTIPLE);
if (!$circle) {
    $moduleinfo = (object) [
        'modulename' => 'devcircle', 'course' => $course->id, 'section' => 1, 'visible' => 1,
        'name' => DEMO_CIRCLE, 'introeditor' => [
            'text' => '<p>Plan-Do-Check-Act: gemeinsam die digitale Dienstplanung erproben.</p>',
            'format' => FORMAT_HTML, 'itemid' => 0],
        'cmidnumber' => '',
    ];
    create_module($moduleinfo);
} else if ($circle->name !== DEMO_CIRCLE) {
    $DB->set_field('devcircle', 'name', DEMO_CIRCLE, ['id' => $circle->id]);
    rebuild_course_cache($course->id, true);
}

$coursecontext = context_course::instance($course->id);
if (!$DB->record_exists('block_instances', ['blockname' => 'digicheck', 'parentcontextid' => $coursecontext->id])) {
    $page = new moodle_page();
    $page->set_course($course);
    $page->set_pagetype('course-view-' . $course->format);
    $page->set_pagelayout('course');
    $page->blocks->load_blocks();
    $page->blocks->add_block_at_end_of_default_region('digicheck');
}

// The default Dashboard for everybody gets the block as well.
$systemcontext = context_system::instance();
if (!$DB->record_exists('block_instances', ['blockname' => 'digicheck', 'parentcontextid' => $systemcontext->id])) {
    $mypage = my_get_page(null, MY_PAGE_PRIVATE);
    $page = new moodle_page();
    $page->set_context($systemcontext);
    $page->set_pagetype('my-index');
    $page->set_pagelayout('mydashboard');
    $page->set_subpage((string) $mypage->id);
    $page->blocks->add_region('content');
    $page->blocks->add_block('digicheck', 'content', 0, false, 'my-index', (string) $mypage->id);
    my_reset_page_for_all_users(MY_PAGE_PRIVATE, 'my-index');
}

// The three demo organisations with their members (anna and ben, clara, david), and two
// questionnaires besides the check.
demo_create_organisations();
demo_import_instruments();
// Adopted strategies with goals for two of them (anna's and clara's organisations).
demo_create_strategies();
// Measures on the PDCA board of two organisations, in every phase and Ampel colour.
demo_create_board();
// Best practice: one measure released with its organisation's name, one anonymised.
demo_release_best_practice();

// The expert forum: the user "expert" and one resistance analysis.
demo_expert_forum($password);

// Two closed waves of the member survey with results (and the comparison of both).
demo_survey_results();

// Survey campaigns: one open campaign for all organisations (invitations to the mail catcher).
demo_open_campaign();

// Feedback on two past webinar sessions of the demo circle: one green, one amber.
demo_feedback_on_sessions();

// Project controlling: the programme's half-years around today, a manual indicator with an amber
// half-year, attendance and feedback in the half-year before the running one, the process Ampel.
demo_project_controlling();

mtrace("demo data ready: course id {$course->id}, " . count($users) . ' demo users');
