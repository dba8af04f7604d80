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
 * The demo data of the local stack, for scripts/seed-demo.php and the browser tests' fixtures.
 * Not part of any plugin: include after Moodle's config.php.
 *
 * Names are the kind members type: ampersands, quotes, "<" before a space, umlauts and emoji,
 * so every page that shows them proves it escapes them exactly once (tests/browser/escaping.test.ts).
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\instrument_repository;

/** @var array<string, array{0: string, 1: string, 2: string|null}> Demo users: first name, last name, organisation identifier. */
const DEMO_PEOPLE = [
    'moderator' => ['Maria', 'Möller "Moderatorin" & Co.', null],
    'anna' => ['Anna', "Albers-O'Neill 🌻", 'demo-csn'],
    'ben' => ['Ben', 'Brandt & Söhne', 'demo-csn'],
    'clara' => ['Clara', 'Claßen (Team < 10)', 'demo-lws'],
    'david' => ['David', "D'Amico \"Dave\"", 'demo-bzm'],
];

/** @var array<string, array> The demo organisations by identifier, with their members by username. */
const DEMO_ORGANISATIONS = [
    'demo-csn' => ['name' => 'Caritas Sozialstation Nord & Tagespflege "Sonnenschein" 🌻',
        'location' => 'Hamburg-Altona & Pinneberg', 'fieldofwork' => 'care', 'employees' => 85, 'pilot' => 1,
        'members' => ['anna' => 'leadership', 'ben' => 'staff']],
    'demo-lws' => ['name' => 'Lebenshilfe Werkstätten Süd – Gruppen < 12 Personen',
        'location' => 'Freiburg i. Br.', 'fieldofwork' => 'disability', 'employees' => 240, 'pilot' => 1,
        'members' => ['clara' => 'leadership']],
    'demo-bzm' => ['name' => "Beratungszentrum Mitte: Familien & Kinder < 6 Jahre ('Kita-Lotsen')",
        'location' => 'Kassel', 'fieldofwork' => 'counselling', 'employees' => 18, 'pilot' => 0,
        'members' => ['david' => 'leadership']],
];

/** @var string Full name of the demo course (short name DEZ). */
const DEMO_COURSE = 'Digitaler Entwicklungszirkel: Pflege & Kita "vor Ort" – Gruppen < 15 🌱';

/** @var string Name of the demo course's development circle. */
const DEMO_CIRCLE = "Entwicklungszirkel Dienstplanung: Früh- & Spätdienst \"Team A\" < 20 Personen 🕒";

/** @var array<string, array{file: string, name: array<string, string>}> Demo instruments: an example with another name. */
const DEMO_INSTRUMENTS = [
    'demo_feedback' => ['file' => 'examples/veranstaltungsfeedback.json', 'name' => [
        'de' => 'Rückmeldung "Dienstplan & Co." – Gruppen < 10 Personen 🗓️',
        'en' => 'Feedback "Rosters & Co." – groups < 10 people 🗓️',
    ]],
    'demo_survey' => ['file' => 'examples/mitgliederbefragung.json', 'name' => [
        'de' => "Mitgliederbefragung 'Digital & sozial' < 2027 ✨",
        'en' => "Member survey 'Digital & social' < 2027 ✨",
    ]],
];

/**
 * Creates the demo organisations and memberships that are missing and gives existing demo
 * organisations their demo names again. Users that do not exist, or that belong to another
 * organisation already, are skipped.
 *
 * @return array{created: int, members: int} what was added now
 */
function demo_create_organisations(): array {
    global $CFG, $DB;
    $repository = \core\di::get(organisation_repository::class);
    $adminid = (int) get_admin()->id;
    $summary = ['created' => 0, 'members' => 0];
    foreach (DEMO_ORGANISATIONS as $idnumber => $data) {
        $details = (object) (['idnumber' => $idnumber] + $data);
        $organisation = $repository->get_by_idnumber($idnumber);
        if (!$organisation) {
            $organisation = $repository->create($details, $adminid);
            $summary['created']++;
        } else if ($organisation->get_name() !== $data['name'] || $organisation->get_location() !== $data['location']) {
            $organisation = $repository->update($organisation, $details, $adminid);
        }
        foreach ($data['members'] as $username => $role) {
            $user = $DB->get_record('user', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id,
                'deleted' => 0], 'id');
            if (!$user || $repository->get_for_user((int) $user->id)) {
                continue;
            }
            $repository->add_member($organisation, (int) $user->id, $role, $adminid);
            $summary['members']++;
        }
    }
    return $summary;
}

/**
 * Imports the demo instruments (examples of the plugin under demo names), once.
 *
 * @return int instruments imported now
 */
function demo_import_instruments(): int {
    $repository = \core\di::get(instrument_repository::class);
    $imported = 0;
    foreach (DEMO_INSTRUMENTS as $idnumber => $demo) {
        $document = json_decode((string) file_get_contents(instrument_repository::shipped_folder() . '/' . $demo['file']), true);
        $document['idnumber'] = $idnumber;
        $document['name'] = $demo['name'];
        $imported += $repository->import(json_encode($document), (int) get_admin()->id)['created'] ? 1 : 0;
    }
    return $imported;
}

/**
 * Puts measures on the PDCA board of two demo organisations (Caritas Sozialstation Nord, Lebenshilfe
 * Werkstätten Süd): some in every phase, rated in all three Ampel colours. Creates a draft strategy
 * with one goal when the organisation has none yet; leaves a board that already has measures alone.
 *
 * @return int measures created now
 */
function demo_create_board(): int {
    global $DB;
    $organisations = \core\di::get(organisation_repository::class);
    $measures = \core\di::get(\local_digitalstrategy\local\strategy\measure_repository::class);
    $board = \core\di::get(\local_digitalstrategy\local\strategy\board_service::class);
    $ratings = \core\di::get(\local_digitalstrategy\local\strategy\rating_service::class);
    $plans = [
        'demo-csn' => ['anna', 'ben', [
            ['Dienstplan-App für Früh- & Spätdienst', 'act', ['quality' => 'green', 'time' => 'green'], 1],
            ['Tablets in der Tagespflege "Sonnenschein"', 'check', ['quality' => 'amber', 'cost' => 'green'], 0],
            ['Messenger für Teams < 10 Personen 🙂', 'do', ['time' => 'red', 'staff' => 'amber'], 0],
            ['Digitale Pflegedokumentation', 'plan', [], 0],
        ]],
        'demo-lws' => ['clara', 'clara', [
            ['Online-Terminvergabe für Beratung', 'do', ['cost' => 'red', 'quality' => 'green'], 0],
            ['Videosprechstunde ausprobieren', 'plan', ['staff' => 'amber'], 0],
        ]],
    ];
    $created = 0;
    foreach ($plans as $idnumber => [$leadername, $ownername, $items]) {
        $organisation = $organisations->get_by_idnumber($idnumber);
        $leader = $DB->get_record('user', ['username' => $leadername, 'deleted' => 0]);
        $owner = $DB->get_record('user', ['username' => $ownername, 'deleted' => 0]);
        if (!$organisation || !$leader || !$owner) {
            continue;
        }
        $strategyid = $measures->strategy_id($organisation->get_id());
        if ($strategyid === null) {
            $strategyid = (int) $DB->insert_record('local_digitalstrategy_strategy', (object) [
                'orgid' => $organisation->get_id(), 'status' => 'draft', 'vision' => '', 'guidingvalues' => '',
                'version' => 1, 'adoptedversion' => 0, 'timecreated' => time(), 'timemodified' => time(),
                'usermodified' => $leader->id,
            ]);
        }
        if ($measures->for_organisation($organisation->get_id())) {
            continue;
        }
        $goals = $measures->goals($strategyid);
        $goalid = $goals ? array_key_first($goals) : (int) $DB->insert_record('local_digitalstrategy_goal', (object) [
            'strategyid' => $strategyid, 'title' => 'Abläufe digital & menschlich gestalten', 'rationale' => '', 'target' => '',
            'duedate' => 0, 'dimension' => '', 'sortorder' => 0, 'timecreated' => time(), 'timemodified' => time(),
            'usermodified' => $leader->id,
        ]);
        foreach ($items as $index => [$title, $phase, $colours, $transferable]) {
            $measure = $board->create($organisation, (object) [
                'goalid' => $goalid, 'title' => $title, 'ownerid' => $owner->id, 'phase' => $phase,
                'startdate' => time() - 30 * DAYSECS, 'duedate' => time() + ($index - 1) * 14 * DAYSECS,
                'lesson' => $phase === 'act' ? 'Früh die Mitarbeitervertretung einbeziehen.' : '',
                'transferable' => $transferable,
            ], (int) $leader->id);
            foreach ($colours as $criterion => $colour) {
                $ratings->rate($measure->id, $criterion, $colour, 'Stand der Teamsitzung', $colour === 'red'
                    ? 'Zusätzliche Schulung & Begleitung im Team' : '', (int) $leader->id);
            }
            $created++;
        }
    }
    return $created;
}
