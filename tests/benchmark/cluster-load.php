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
 * Data of the cluster load benchmark (tests/benchmark/cluster-load.ts), idempotent:
 * php cluster-load.php MOODLE_DIR JOINERS ORGS
 *   a course "Transferkonferenz" with a circle (no waiting for a moderator) and a session open
 *   now (a new one on every run: an ended one cannot be joined again), JOINERS participants
 *   (loadjoin001 …) enrolled; ORGS organisations (load-org-001 …), each with one member
 *   (loadcheck001 …) and an open run of the default check. Every user's password is Load123!.
 *   Prints {"cmid", "sessionid", "joiners": [username…], "checkers": [{"username", "runid", "version"}…]}.
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once(__DIR__ . '/../browser/fixtures/lib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/enrol/manual/lib.php');

use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run_repository;

\core\session\manager::set_user(get_admin());
$joiners = (int) ($argv[2] ?? 50);
$orgs = (int) ($argv[3] ?? 200);
$password = 'Load123!';

/**
 * A user of the benchmark, created once.
 *
 * @param string $username
 * @param string $first first name
 * @param string $password
 * @return stdClass
 */
function load_user(string $username, string $first, string $password): stdClass {
    global $DB, $CFG;
    $user = $DB->get_record('user', ['username' => $username]);
    if (!$user) {
        $user = $DB->get_record('user', ['id' => user_create_user((object) ['username' => $username, 'password' => $password,
            'firstname' => $first, 'lastname' => 'Lasttest', 'email' => "$username@example.org", 'auth' => 'manual',
            'confirmed' => 1, 'mnethostid' => $CFG->mnet_localhost_id, 'lang' => 'de'], true, false)]);
    }
    return $user;
}

[$course, $cm] = fixture_course_with_circle('LOADCONF', 'Transferkonferenz', 'Transferkonferenz', ['waitformoderator' => 0]);
$DB->set_field('devcircle', 'waitformoderator', 0, ['id' => $cm->instance]);
$instance = \core\di::get(\mod_devcircle\instance_repository::class)->get_by_cmid((int) $cm->id);
$session = \core\di::get(\mod_devcircle\webinar\session_manager::class)->create($instance, (object) [
    'title' => 'Transferkonferenz ' . userdate(time(), '%d.%m.%Y %H:%M:%S'), 'agenda' => '<p>Alle Mitgliedsorganisationen.</p>',
    'agendaformat' => FORMAT_HTML, 'timestart' => time() - 5 * MINSECS, 'duration' => 3 * HOURSECS,
], (int) get_admin()->id);

$enrol = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);
$manual = enrol_get_plugin('manual');
$studentrole = (int) $DB->get_field('role', 'id', ['shortname' => 'student']);
$coursecontext = context_course::instance($course->id);
$joinnames = [];
for ($i = 1; $i <= $joiners; $i++) {
    $user = load_user(sprintf('loadjoin%03d', $i), "Teilnehmerin $i", $password);
    if (!is_enrolled($coursecontext, $user)) {
        $manual->enrol_user($enrol, $user->id, $studentrole);
    }
    $joinnames[] = $user->username;
}

$organisations = \core\di::get(organisation_repository::class);
$runs = \core\di::get(run_repository::class);
$checkid = \core\di::get(instrument_repository::class)->get_current_check()['id'];
$checkers = [];
for ($i = 1; $i <= $orgs; $i++) {
    $user = load_user(sprintf('loadcheck%03d', $i), "Mitglied $i", $password);
    $idnumber = sprintf('load-org-%03d', $i);
    $org = $organisations->get_by_idnumber($idnumber);
    if (!$org) {
        $org = $organisations->create(
            (object) ['name' => "Lasttest-Organisation $i – Kinder < 6 Jahre & \"Eltern\"",
            'idnumber' => $idnumber, 'location' => 'Köln', 'fieldofwork' => 'care', 'employees' => 40, 'pilot' => 0],
            (int) get_admin()->id
        );
        $organisations->add_member($org, (int) $user->id, 'leadership', (int) get_admin()->id);
    }
    [$run] = $runs->start($org, $checkid, (int) $user->id);
    // A run from an earlier benchmark already holds the answer: the first save names its version.
    $version = (int) $DB->get_field('local_digitalstrategy_answer', 'version', ['runid' => $run->get_id(),
        'itemkey' => 'str_goals']);
    $checkers[] = ['username' => $user->username, 'runid' => $run->get_id(), 'version' => $version];
}

echo json_encode(['cmid' => (int) $cm->id, 'sessionid' => $session->get_id(), 'joiners' => $joinnames,
    'checkers' => $checkers]), "\n";
