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
 * Creates the data of the upgrade test on a site that runs the plugins of the last release.
 *
 * Written against the APIs of release v0.1.0 (the data generators of its plugins and its domain
 * classes), the way a site of that release would have filled its tables: two organisations with
 * members, a submitted check with answers and an open one, a circle with three sessions, attendance
 * (one session held and ended), the circle pad and a session's minutes pad with snapshots and
 * authors, a block on the course. Etherpad is not needed: the pads' Etherpad IDs and the pad
 * authors are recorded as Moodle would have recorded them. When the upgrade test moves to a newer
 * base release, this script moves with it.
 *
 * Usage: php tests/upgrade/create-data.php /path/to/moodle
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/phpunit/classes/util.php');
require_once($CFG->dirroot . '/course/lib.php');

use local_digitalstrategy\local\questionnaire\instrument_repository;
use mod_devcircle\attendance;
use mod_devcircle\instance;
use mod_devcircle\pad;
use mod_devcircle\pad_snapshot;
use mod_devcircle\session_manager;

\core\session\manager::set_user(get_admin());
// Moodle's own data generator, as core's tool_generator uses it on a real site.
$generator = phpunit_util::get_data_generator();
$strategy = $generator->get_plugin_generator('local_digitalstrategy');
$circles = $generator->get_plugin_generator('mod_devcircle');
$now = time();
// The site sends no mail ($CFG->noemailever): no welcome messages, which would say so as debugging output.
set_config('sendcoursewelcomemessage', 0, 'enrol_manual');

// People with the characters that must survive: ampersand, less-than, quotes, umlauts, emoji.
$users = [];
foreach (
    [
        'leitung' => ['Jürgen', 'O\'Brien & Söhne'],
        'mitarbeit' => ['Zoë', 'Müller "Mülli"'],
        'moderation' => ['Maria', 'Moderatorin 🎙'],
        'lesend' => ['Ünal', 'Kinder < 6 Jahre'],
    ] as $username => [$first, $last]
) {
    $users[$username] = $generator->create_user([
        'username' => 'upg-' . $username, 'firstname' => $first, 'lastname' => $last,
        'email' => "upg-$username@example.org",
    ]);
}

$course = $generator->create_course([
    'fullname' => 'Upgrade: Pflege & Betreuung „Sonnenhof“ 🌻', 'shortname' => 'UPG & 1', 'enablecompletion' => 1,
]);
$generator->enrol_user($users['moderation']->id, $course->id, 'editingteacher');
foreach (['leitung', 'mitarbeit', 'lesend'] as $username) {
    $generator->enrol_user($users[$username]->id, $course->id, 'student');
}

// Organisations with members; a submitted check with answers and an open one.
$care = $strategy->create_organisation([
    'name' => 'Pflege & Betreuung gGmbH – Kinder < 6 Jahre „Sonnenhof“ 🌻', 'idnumber' => 'upg-care',
    'location' => 'Köln', 'fieldofwork' => 'care', 'employees' => 120, 'pilot' => 1,
]);
$strategy->add_member($care, (int) $users['leitung']->id, 'leadership');
$strategy->add_member($care, (int) $users['mitarbeit']->id, 'staff');
$counsel = $strategy->create_organisation([
    'name' => 'Beratung "Mitte" & Söhne', 'idnumber' => 'upg-counsel', 'location' => 'Gießen',
    'fieldofwork' => 'counselling', 'employees' => 14, 'pilot' => 0,
]);
$strategy->add_member($counsel, (int) $users['lesend']->id, 'leadership');
$strategy->create_submitted_run($care, 2, (int) $users['leitung']->id);
$instrument = (new instrument_repository())->get($strategy->get_check_id());
$answers = [];
foreach ($instrument->get_items() as $key => $item) {
    if ($item['type'] === 'maturity' && count($answers) < 3) {
        $answers[$key] = (string) count($answers);
    }
}
$strategy->create_run($counsel, $answers, (int) $users['lesend']->id);

// A circle with sessions (with their calendar events), attendance of a held session.
$circle = $generator->create_module('devcircle', [
    'course' => $course->id, 'name' => 'Zirkel „Dienstplan“ & Co 🚀',
    'intro' => '<p>Plan & Do: Kinder < 6 Jahre</p>', 'introformat' => FORMAT_HTML,
]);
$held = $circles->create_session(['devcircle' => $circle->id, 'title' => 'Auftakt & Ziele „2026“',
    'timestart' => $now - 2 * DAYSECS, 'duration' => 90 * MINSECS]);
$circles->create_session(['devcircle' => $circle->id, 'title' => 'Erprobung: Dienstplan-App 📱',
    'timestart' => $now + 5 * DAYSECS]);
$circles->create_session(['devcircle' => $circle->id, 'title' => 'Rückblick <Check>',
    'timestart' => $now + 12 * DAYSECS]);
$started = session_manager::mark_started($held, $now - 2 * DAYSECS);
attendance::record_join($started, (int) $users['moderation']->id, attendance::ROLE_MODERATOR, $now - 2 * DAYSECS);
attendance::record_join($started, (int) $users['leitung']->id, attendance::ROLE_VIEWER, $now - 2 * DAYSECS + 60);
attendance::record_join($started, (int) $users['mitarbeit']->id, attendance::ROLE_VIEWER, $now - 2 * DAYSECS + 120);
session_manager::mark_ended(instance::get_from_instanceid((int) $circle->id), $started, $now - 2 * DAYSECS + HOURSECS);

// Pads as they are recorded once created in Etherpad, with snapshots and their authors.
$circlepad = pad::create((int) $circle->id, pad::KIND_CIRCLE, 'Zirkel-Pad: Ideen & Fragen', (int) $users['moderation']->id);
$circlepad->set_remote('g.upgrade0000000001', 'g.upgrade0000000001$' . $circlepad->get_pad_name(), 'r.upgrade0000000001');
$minutes = pad::create(
    (int) $circle->id,
    pad::KIND_MINUTES,
    'Protokoll: Auftakt & Ziele',
    (int) $users['moderation']->id,
    $held->get_id()
);
$minutes->set_remote('g.upgrade0000000001', 'g.upgrade0000000001$' . $minutes->get_pad_name(), 'r.upgrade0000000002');
pad_snapshot::create(
    $circlepad->get_id(),
    3,
    "Ideen & Fragen\nKinder < 6 Jahre 🌻",
    '<p>Ideen &amp; Fragen</p><p>Kinder &lt; 6 Jahre 🌻</p>',
    'scheduled',
    0,
    [(int) $users['leitung']->id, (int) $users['mitarbeit']->id],
    $now - DAYSECS
);
pad_snapshot::create(
    $minutes->get_id(),
    7,
    "Protokoll „Auftakt“\nZiele: Dienstplan-App",
    '<p>Protokoll „Auftakt“</p><p>Ziele: Dienstplan-App</p>',
    'sessionend',
    0,
    [(int) $users['moderation']->id],
    $now - 2 * DAYSECS + HOURSECS
);
pad_snapshot::create(
    $minutes->get_id(),
    9,
    "Protokoll „Auftakt“ (korrigiert)",
    '<p>Protokoll „Auftakt“ (korrigiert)</p>',
    'manual',
    (int) $users['moderation']->id,
    [],
    $now - DAYSECS
);
foreach (['moderation' => 'a.upgrade0000000001', 'leitung' => 'a.upgrade0000000002'] as $username => $authorid) {
    $DB->insert_record('devcircle_pad_authors', (object) ['devcircle' => $circle->id, 'userid' => $users[$username]->id,
        'authorid' => $authorid, 'timecreated' => $now - 3 * DAYSECS, 'timeopened' => $now - DAYSECS]);
}

// The block on the course page.
$page = new moodle_page();
$page->set_course($course);
$page->set_pagetype('course-view-' . $course->format);
$page->set_pagelayout('course');
$page->blocks->load_blocks();
$page->blocks->add_block_at_end_of_default_region('digicheck');

mtrace("upgrade test data created: course {$course->id}, circle {$circle->id}, organisations {$care->get_id()} and "
    . $counsel->get_id());
