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
use local_digitalstrategy\local\strategy\resistance;
use local_digitalstrategy\local\strategy\resistance_service;

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
 * Gives two demo organisations (demo-csn, led by anna, and demo-lws, led by clara) an adopted
 * strategy with vision, guiding values, goals and an experiment field, once: an organisation whose
 * strategy was adopted before keeps it as it is.
 *
 * @return int strategies adopted now
 */
function demo_create_strategies(): int {
    global $CFG, $DB;
    $organisations = \core\di::get(organisation_repository::class);
    $service = \core\di::get(\local_digitalstrategy\local\strategy\strategy_service::class);
    $fields = array_column(
        \core\di::get(\local_digitalstrategy\local\strategy\strategy_field_repository::class)->list(true),
        'id',
        'idnumber'
    );
    $demos = [
        'demo-csn' => ['anna', 'Digital & nah bei den Menschen: "Pflege < 5 Minuten Papierkram" pro Einsatz 🌻',
            "Teilhabe\nDatenschutz & Mitbestimmung\nNiemand bleibt zurück", 'servicedelivery',
            "1. Tourenplanung auf dem Tablet\n2. Angehörige erhalten Termine per App", [
                ['title' => 'Dokumentation & Übergabe digital', 'rationale' => 'Weniger Doppelerfassung, mehr Zeit für Menschen',
                    'target' => '80 % der Einsätze digital dokumentiert', 'dimension' => 'infrastructure'],
                ['title' => 'Alle Mitarbeitenden "fit" für das Tablet', 'rationale' => 'Akzeptanz im Team',
                    'target' => 'Jede Person hat die Schulung < 3 Monate nach Start', 'dimension' => 'skills'],
            ]],
        'demo-lws' => ['clara', "Werkstätten, in denen Technik 'mitdenkt' – Gruppen < 12 Personen",
            'Selbstbestimmung, Barrierefreiheit', 'internalcommunication',
            'Messenger für alle Gruppen, Aushänge auch in Leichter Sprache', [
                ['title' => 'Interne Kommunikation barrierefrei', 'rationale' => 'Alle erreichen, auch ohne E-Mail',
                    'target' => 'Jede Gruppe im Messenger', 'dimension' => 'communication'],
            ]],
    ];
    $adopted = 0;
    foreach ($demos as $idnumber => [$username, $vision, $values, $field, $steps, $goals]) {
        $organisation = $organisations->get_by_idnumber($idnumber);
        $userid = (int) $DB->get_field('user', 'id', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id,
            'deleted' => 0]);
        if (!$organisation || !$userid || $organisations->get_role($organisation, $userid) !== 'leadership') {
            continue;
        }
        $strategy = $service->get_for_edit($organisation, $userid);
        if ($strategy->was_adopted()) {
            continue;
        }
        $strategy = $service->save_draft(
            $organisation,
            $userid,
            $strategy->version,
            $vision,
            $values,
            isset($fields[$field]) ? [$fields[$field] => $steps] : []
        );
        foreach ($goals as $goal) {
            $strategy = $service->save_goal(
                $organisation,
                $userid,
                $strategy->version,
                (object) ($goal + ['duedate' => strtotime('+1 year', time())])
            );
        }
        $service->adopt($organisation, $userid, $strategy->version);
        $adopted++;
    }
    return $adopted;
}

/** @var array<string, array> Best practice of the demo: per organisation a goal and a transferable measure in Act, released named or anonymised. */
const DEMO_BESTPRACTICE = [
    'demo-csn' => ['named' => true, 'leader' => 'anna', 'dimension' => 'communication', 'field' => 'internalcommunication',
        'goal' => 'Alle Schichten erreichen: Früh-, Spät- & Nachtdienst',
        'title' => 'Dienstplan-Messenger für Früh- & Spätdienst "Team A" 📱',
        'description' => 'Übergaben, Tauschwünsche und Kurzinfos laufen über einen datenschutzkonformen Messenger '
            . 'statt über den Aushang.',
        'lesson' => 'Nachtdienste < 5 Personen zuerst einbinden; eine feste Antwortzeit vereinbaren, '
            . 'damit niemand in der Freizeit liest.'],
    'demo-lws' => ['named' => false, 'leader' => 'clara', 'dimension' => 'servicedelivery', 'field' => 'servicedelivery',
        'goal' => 'Termine ohne Telefonschleife',
        'title' => 'Online-Terminbuchung in Leichter Sprache & mit Vorlesefunktion 🗓️',
        'description' => 'Beschäftigte und Angehörige buchen Beratungstermine selbst, mit Symbolen und Vorlesefunktion.',
        'lesson' => 'Mit zwei Werkstatträten testen, bevor es alle sehen; "Termin absagen" braucht denselben Platz wie "buchen".'],
];

/**
 * Releases one demo measure named (Caritas Sozialstation Nord) and one anonymised (Lebenshilfe
 * Werkstätten Süd) for the best-practice collection. Where an organisation has no strategy, goal or
 * measure of that title yet, they are added (a draft strategy, one goal, one transferable measure in
 * Act), so this works without the other demo data of strategies. Idempotent.
 *
 * @return int measures released now
 */
function demo_release_best_practice(): int {
    global $CFG, $DB;
    $organisations = \core\di::get(organisation_repository::class);
    $bestpractice = \core\di::get(\local_digitalstrategy\local\strategy\bestpractice_repository::class);
    $adminid = (int) get_admin()->id;
    $now = time();
    $released = 0;
    foreach (DEMO_BESTPRACTICE as $idnumber => $demo) {
        $organisation = $organisations->get_by_idnumber($idnumber);
        if (!$organisation) {
            continue;
        }
        $strategy = $DB->get_record('local_digitalstrategy_strategy', ['orgid' => $organisation->get_id()]);
        if (!$strategy) {
            $strategy = (object) ['orgid' => $organisation->get_id(), 'status' => 'draft', 'vision' => '',
                'guidingvalues' => '', 'version' => 1, 'adoptedversion' => 0, 'timecreated' => $now,
                'timemodified' => $now, 'usermodified' => $adminid];
            $strategy->id = $DB->insert_record('local_digitalstrategy_strategy', $strategy);
        }
        $measure = $DB->get_record('local_digitalstrategy_measure', ['strategyid' => $strategy->id, 'title' => $demo['title']]);
        if (!$measure) {
            $goal = $DB->get_record('local_digitalstrategy_goal', ['strategyid' => $strategy->id, 'title' => $demo['goal']]);
            if (!$goal) {
                $goal = (object) ['strategyid' => $strategy->id, 'title' => $demo['goal'], 'rationale' => '', 'target' => '',
                    'duedate' => 0, 'dimension' => $demo['dimension'], 'sortorder' => 0, 'timecreated' => $now,
                    'timemodified' => $now, 'usermodified' => $adminid];
                $goal->id = $DB->insert_record('local_digitalstrategy_goal', $goal);
            }
            $fieldid = $DB->get_field('local_digitalstrategy_field', 'id', ['idnumber' => $demo['field']]) ?: null;
            $measure = (object) ['strategyid' => $strategy->id, 'goalid' => $goal->id, 'title' => $demo['title'],
                'description' => $demo['description'], 'ownerid' => 0, 'startdate' => $now - 120 * DAYSECS,
                'duedate' => $now - 10 * DAYSECS, 'fieldid' => $fieldid, 'phase' => 'act', 'sortorder' => 0,
                'evaluation' => '', 'evaluationurl' => '', 'lesson' => $demo['lesson'], 'transferable' => 1, 'released' => 0,
                'named' => 0, 'version' => 1, 'timecreated' => $now, 'timemodified' => $now, 'usermodified' => $adminid];
            $measure->id = $DB->insert_record('local_digitalstrategy_measure', $measure);
        }
        if ((int) $measure->released === 1 && (bool) $measure->named === $demo['named']) {
            continue;
        }
        $leader = $DB->get_field('user', 'id', ['username' => $demo['leader'], 'mnethostid' => $CFG->mnet_localhost_id,
            'deleted' => 0]);
        $bestpractice->set_release((int) $measure->id, true, $demo['named'], $leader ? (int) $leader : $adminid);
        $released++;
    }
    return $released;
}

/**
 * The expert forum in the demo: the user "expert" (Erika Expertin) with the site role
 * 'digitalstrategyexpert' in the system context, and one resistance analysis about Caritas
 * Sozialstation Nord written through the expert forum's service (so its event is logged).
 * Idempotent.
 *
 * @param string $password the demo users' password
 * @return array{user: int, analyses: int} the expert's id, analyses written now
 */
function demo_expert_forum(string $password): array {
    global $CFG, $DB;
    require_once($CFG->dirroot . '/user/lib.php');
    $user = $DB->get_record('user', ['username' => 'expert', 'mnethostid' => $CFG->mnet_localhost_id]);
    if (!$user) {
        $id = user_create_user((object) ['username' => 'expert', 'password' => $password, 'firstname' => 'Erika',
            'lastname' => 'Expertin & "Beraterin"', 'email' => 'expert@example.org', 'auth' => 'manual', 'confirmed' => 1,
            'mnethostid' => $CFG->mnet_localhost_id,
            'institution' => 'Expertenforum', 'lang' => 'de']);
        $user = $DB->get_record('user', ['id' => $id]);
        set_user_preference('auth_forcepasswordchange', 0, $user);
    }
    $roleid = $DB->get_field('role', 'id', ['shortname' => 'digitalstrategyexpert'], MUST_EXIST);
    role_assign($roleid, $user->id, context_system::instance());

    $organisation = \core\di::get(organisation_repository::class)->get_by_idnumber('demo-csn');
    $written = 0;
    if ($organisation && !$DB->record_exists(resistance::TABLE, ['orgid' => $organisation->get_id(), 'userid' => $user->id])) {
        $previous = \core\session\manager::get_realuser();
        \core\session\manager::set_user($user);
        \core\di::get(resistance_service::class)->write($organisation, (object) [
            'stakeholder' => 'Pflegekräfte im Nachtdienst & "Springer" < 5 Personen',
            'kind' => 'practical',
            'signals' => "Tablets bleiben im Dienstzimmer; Dokumentation weiter auf Papier 📝",
            'cause' => 'Kein WLAN in den Zimmern, keine Schulung im Nachtdienst',
            'intensity' => 4,
            'response' => 'WLAN-Ausleuchtung, Schulung im Team während der Übergabe, Tablet-Pat*innen benennen',
            'status' => 'inprogress',
            'followup' => time() + 30 * DAYSECS,
        ], (int) $user->id);
        \core\session\manager::set_user($previous);
        $written++;
    }
    return ['user' => (int) $user->id, 'analyses' => $written];
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

/**
 * Two closed waves of the demo member survey (instrument demo_survey) with results, once: wave 1
 * (autumn 2025, 24 responses) and wave 2 (autumn 2026, 30 responses, a little better on the
 * scales), anonymous, results shared with the respondents, the three demo organisations invited
 * (so anna, clara and david see the results). Responses are spread over the fields of work, two
 * of them large enough (≥ 5) to be filters; free-text answers carry the characters pages must
 * escape once.
 *
 * @return int campaigns created now
 */
function demo_survey_results(): int {
    global $DB;
    $instrument = \core\di::get(instrument_repository::class)->get_current('demo_survey');
    if (!$instrument) {
        return 0;
    }
    $campaigns = \core\di::get(\local_digitalstrategy\local\campaign\campaign_repository::class);
    $adminid = (int) get_admin()->id;
    $texts = [
        'Mehr Zeit für Schulungen & Austausch – "Kinder < 6 Jahre" brauchen uns vor Ort 🙂',
        "Dienstpläne digital, aber bitte mit Papier-Alternative für's Team",
        '=SUMME(A1:A9) ist kein Problem, Tabellen schon',
        'Gute Begleitung durch die Akademie, weiter so!',
    ];
    $waves = [
        ["Mitgliederbefragung Welle 1 (Herbst 2025) – \"Digital & sozial\" < 2027 ✨", 24, 0, strtotime('2025-10-01')],
        ["Mitgliederbefragung Welle 2 (Herbst 2026) – \"Digital & sozial\" < 2027 ✨", 30, 1, strtotime('2026-10-01')],
    ];
    $created = 0;
    foreach ($waves as [$name, $count, $better, $opened]) {
        if ($DB->record_exists('local_digitalstrategy_campaign', ['name' => $name])) {
            continue;
        }
        $campaign = $campaigns->insert((object) ['instrumentid' => $instrument['id'], 'name' => $name, 'kind' => 'survey',
            'target' => 'all', 'status' => 'closed', 'anonymous' => 1, 'resultsvisible' => 1, 'timeopen' => $opened,
            'timeclose' => $opened + 28 * DAYSECS], $adminid);
        foreach (array_keys(DEMO_ORGANISATIONS) as $idnumber) {
            $orgid = (int) $DB->get_field('local_digitalstrategy_org', 'id', ['idnumber' => $idnumber]);
            if ($orgid) {
                $DB->insert_record('local_digitalstrategy_invite', (object) ['campaignid' => $campaign->id, 'orgid' => $orgid,
                    'userid' => 0, 'email' => '', 'tokenhash' => '', 'status' => 'sent', 'responded' => 1, 'timeresponded' => 0,
                    'reminders' => 0, 'timeinvited' => $opened, 'timereminded' => 0, 'timecreated' => $opened,
                    'timemodified' => $opened]);
            }
        }
        $fields = ['care', 'care', 'daycare', 'daycare', 'counselling', 'care', 'daycare', 'disability'];
        for ($r = 0; $r < $count; $r++) {
            $responseid = (int) $DB->insert_record('local_digitalstrategy_response', (object) ['campaignid' => $campaign->id,
                'orgid' => 0, 'userid' => 0, 'fieldofwork' => $fields[$r % count($fields)], 'pilot' => (int) ($r % 6 === 0),
                'timesubmitted' => 0]);
            $rows = [];
            foreach ($instrument['instrument']->get_items() as $key => $item) {
                $seed = crc32("$name/$r/$key");
                [$value, $numvalue] = match ($item['type']) {
                    'rating' => [(string) ($v = min(2, $seed % 4 - 2 + $better + intdiv($seed, 7) % 2)), $v],
                    'maturity' => [(string) ($v = min(4, $seed % 4 + $better)), $v],
                    'yesno' => [(string) ($v = ($seed % 3 + $better) > 1 ? 1 : 0), $v],
                    'single' => [$item['options'][$seed % count($item['options'])]['key'],
                        $item['options'][$seed % count($item['options'])]['score'] ?? null],
                    'multiple' => [implode(',', array_intersect(array_column($item['options'], 'key'), [
                        $item['options'][$seed % count($item['options'])]['key'],
                        $item['options'][intdiv($seed, 11) % count($item['options'])]['key']])), null],
                    default => $r % 3 ? [null, null] : [$texts[intdiv($r, 3) % count($texts)], null],
                };
                if ($value !== null) {
                    $rows[] = (object) ['responseid' => $responseid, 'campaignid' => $campaign->id, 'itemkey' => $key,
                        'value' => $value, 'numvalue' => $numvalue];
                }
            }
            $DB->insert_records('local_digitalstrategy_respval', $rows);
        }
        $created++;
    }
    return $created;
}

/**
 * Feedback on two past webinar sessions of the demo circle: the demo feedback form attached to
 * each, the demo members as attendees (invited, answered), four responses with a mean inside
 * the target band (green) and three with a mean below it (amber). Runs once: sessions that have
 * their feedback already are left alone.
 *
 * @param array|null $rounds other sessions: title, days ago, every response's rating, what was good
 * @return int feedback rounds created now
 */
function demo_feedback_on_sessions(?array $rounds = null): int {
    global $DB;
    $course = $DB->get_record('course', ['shortname' => 'DEZ']);
    $circle = $course ? $DB->get_record('devcircle', ['course' => $course->id], '*', IGNORE_MULTIPLE) : null;
    $form = \core\di::get(instrument_repository::class)->get_current('schulungsfeedback');
    $moderator = $DB->get_record('user', ['username' => 'moderator', 'deleted' => 0]);
    if (!$circle || !$form || !$moderator) {
        return 0;
    }
    $instance = \core\di::get(\mod_devcircle\instance_repository::class)->get_by_id((int) $circle->id);
    $sessions = \core\di::get(\mod_devcircle\webinar\session_manager::class);
    $attendance = \core\di::get(\mod_devcircle\webinar\attendance_repository::class);
    $feedback = \core\di::get(\mod_devcircle\feedback\feedback_service::class);
    $people = $DB->get_records_list('user', 'username', ['anna', 'ben', 'clara', 'david'], 'username', 'id, username');
    $ratingkeys = \local_digitalstrategy\local\campaign\feedback_summary::rating_keys($form['instrument']);
    $rounds ??= [
        // Title, days ago, every response's rating of each item, what was good.
        ['Webinar: Dienstpläne < 4 Wochen im Voraus & "Wunschfrei" 🗓️', 40, [2, 1, 1, 1],
            'Praxisnah & konkret – "genau unser Alltag" 👍'],
        ['Webinar: Übergaben digital – Früh- & Spätdienst 🔁', 12, [1, 0, 1],
            'Die Beispiele aus der Tagespflege < 20 Plätze'],
    ];
    $created = 0;
    foreach ($rounds as [$title, $daysago, $ratings, $liked]) {
        $session = null;
        foreach (\core\di::get(\mod_devcircle\webinar\session_repository::class)->list_for_circle((int) $circle->id) as $existing) {
            if ($existing->get_title() === $title) {
                $session = $existing;
            }
        }
        $attached = $session && $DB->record_exists(
            'local_digitalstrategy_campaign',
            ['target' => 'session', 'targetid' => $session->get_id()]
        );
        if ($attached) {
            continue;
        }
        $start = usergetmidnight(time() - $daysago * DAYSECS) + 10 * HOURSECS;
        $session ??= $sessions->create($instance, (object) [
            'title' => $title, 'agenda' => '', 'agendaformat' => FORMAT_HTML, 'timestart' => $start, 'duration' => HOURSECS,
        ], (int) $moderator->id);
        $campaign = $feedback->attach($instance, (int) $form['id'], $session, 'Feedback: ' . $title, true, (int) $moderator->id);
        $DB->update_record('devcircle_sessions', (object) ['id' => $session->get_id(), 'timestarted' => $start,
            'timeended' => $start + HOURSECS]);
        foreach ($people as $person) {
            $attendance->record_join($session, (int) $person->id, $attendance::ROLE_VIEWER, $start + 60);
            $DB->insert_record('local_digitalstrategy_invite', (object) [
                'campaignid' => $campaign->id, 'orgid' => 0, 'userid' => $person->id, 'email' => '', 'tokenhash' => '',
                'status' => 'sent', 'responded' => 0, 'timeresponded' => 0, 'reminders' => 0,
                'timeinvited' => $start + HOURSECS, 'timereminded' => 0, 'timecreated' => $start + HOURSECS,
                'timemodified' => $start + HOURSECS,
            ]);
        }
        $attendance->close_session($session->get_id(), $start + HOURSECS);
        // Anonymous: who answered is marked on the invitations; the responses carry no one.
        $respondents = array_slice(array_values($people), 0, count($ratings));
        foreach ($ratings as $index => $rating) {
            $DB->set_field(
                'local_digitalstrategy_invite',
                'responded',
                1,
                ['campaignid' => $campaign->id, 'userid' => $respondents[$index]->id]
            );
            $responseid = $DB->insert_record('local_digitalstrategy_response', (object) ['campaignid' => $campaign->id,
                'orgid' => 0, 'userid' => 0, 'fieldofwork' => '', 'pilot' => 0, 'timesubmitted' => 0]);
            $values = [];
            foreach ($ratingkeys as $key) {
                $values[] = (object) ['responseid' => $responseid, 'campaignid' => $campaign->id, 'itemkey' => $key,
                    'value' => (string) $rating, 'numvalue' => $rating];
            }
            if ($index === 0) {
                $values[] = (object) ['responseid' => $responseid, 'campaignid' => $campaign->id, 'itemkey' => 'good',
                    'value' => $liked, 'numvalue' => null];
            }
            $DB->insert_records('local_digitalstrategy_respval', $values);
        }
        $created++;
    }
    return $created;
}

/** @var string Name of the demo's open survey campaign. */
const DEMO_CAMPAIGN = 'Mitgliederbefragung 2026: "Digital & sozial" – Teams < 10 Personen 🗳️';

/**
 * Gives the demo organisations a region and a contact address (at example.org) and opens one
 * survey campaign for all active organisations, once. Its invitations go out with the next cron
 * run, to the stack's mail catcher.
 *
 * @return int campaigns opened now
 */
function demo_open_campaign(): int {
    global $DB;
    $organisations = \core\di::get(organisation_repository::class);
    $adminid = (int) get_admin()->id;
    $regions = ['demo-csn' => 'Nord', 'demo-lws' => 'Süd', 'demo-bzm' => 'Mitte'];
    foreach ($regions as $idnumber => $region) {
        $organisation = $organisations->get_by_idnumber($idnumber);
        if ($organisation && $organisation->get_contactemail() === '') {
            $record = $organisation->to_record();
            $record->region = $region;
            $record->contactemail = "kontakt@$idnumber.example.org";
            $organisations->update($organisation, $record, $adminid);
        }
    }
    if ($DB->record_exists('local_digitalstrategy_campaign', ['name' => DEMO_CAMPAIGN])) {
        return 0;
    }
    $instruments = \core\di::get(instrument_repository::class);
    $instrument = $instruments->get_current('mitgliederbefragung') ?? $instruments->get_current('demo_survey');
    if ($instrument === null) {
        return 0;
    }
    $service = \core\di::get(\local_digitalstrategy\local\campaign\campaign_service::class);
    $campaign = $service->create((object) [
        'name' => DEMO_CAMPAIGN, 'instrumentid' => $instrument['id'], 'target' => 'all', 'targetid' => 0,
        'respondent' => 'organisation', 'anonymous' => 1, 'timeopen' => 0, 'timeclose' => time() + 28 * DAYSECS,
        'participationtarget' => 30, 'resultsvisible' => 1,
    ], $adminid);
    $service->open($campaign, $adminid);
    return 1;
}

/** @var string Identifier of the demo's manual indicator (project controlling). */
const DEMO_INDICATOR = 'demo_publications';

/**
 * Project controlling: the programme's six half-years placed so that the running half-year is the
 * third, so the demo spans the two half-years before it too: the first holds the first wave of the
 * member survey, the second a webinar session of the demo circle with attendance and feedback
 * (made here), the running one the second survey wave and the two feedback sessions of
 * demo_feedback_on_sessions(). A manual indicator (articles published; target 2 per half-year,
 * tolerance 1) has 2 in the first half-year (green) and 1 in the second (amber); the process Ampel
 * is rated for both. The actuals are stored for the report builder. Idempotent: values and
 * ratings are entered only once.
 *
 * @return array{programmestart: string, indicator: int, amber: int, running: int} what the demo holds
 */
function demo_project_controlling(): array {
    $now = time();
    $local = (new DateTimeImmutable('@' . $now))->setTimezone(core_date::get_server_timezone_object());
    $current = (int) $local->format('Y') * 2 + ((int) $local->format('n') <= 6 ? 0 : 1);
    $start = sprintf('%d-%d', intdiv($current - 2, 2), ($current - 2) % 2 + 1);
    set_config('programmestart', $start, 'local_digitalstrategy');
    set_config('programmehalfyears', 6, 'local_digitalstrategy');
    $programme = \local_digitalstrategy\local\controlling\programme::from_settings(
        \core\di::get(\local_digitalstrategy\local\settings::class)
    );
    \core\di::set(\local_digitalstrategy\local\controlling\programme::class, $programme);

    // Attendance and feedback in the half-year before the running one.
    $previous = $programme->period(2);
    $sessionstart = $previous->start + 75 * DAYSECS;
    demo_feedback_on_sessions([
        ['Webinar: Tourenplanung mobil – Datenschutz & "Dienstübergabe" < 1 Stunde 📱',
            intdiv($now - $sessionstart, DAYSECS), [2, 1, 2, 1], 'Klare Checkliste & Beispiele aus der Pflege < 20 Touren'],
    ]);

    $indicators = \core\di::get(\local_digitalstrategy\local\controlling\indicator_repository::class);
    $adminid = (int) get_admin()->id;
    $indicator = $indicators->get_by_idnumber(DEMO_INDICATOR) ?? $indicators->insert((object) [
        'idnumber' => DEMO_INDICATOR, 'name' => 'Fachartikel & Beiträge über "Digital & sozial" – Auflage < 500 📰',
        'unit' => 'count', 'direction' => 'atleast', 'source' => 'manual', 'tolerance' => 1,
    ], $adminid);
    foreach (array_keys($programme->periods()) as $index) {
        $indicators->set_target($indicator->id, $index, 2);
    }
    $values = \core\di::get(\local_digitalstrategy\local\controlling\manual_value_repository::class);
    $latest = $values->latest_all()[$indicator->id] ?? [];
    $entries = [
        1 => [2, 'Verbandszeitschrift & Newsletter: "Digital & sozial" stellt sich vor'],
        2 => [1, 'Ein Artikel „Dienstpläne digital“ – der zweite erscheint < 4 Wochen später'],
    ];
    foreach ($entries as $index => [$value, $comment]) {
        if (!isset($latest[$index])) {
            $valueid = $values->add($indicator->id, $index, $value, $comment, $adminid);
            get_file_storage()->create_file_from_string([
                'contextid' => context_system::instance()->id, 'component' => 'local_digitalstrategy',
                'filearea' => 'evidence', 'itemid' => $valueid, 'filepath' => '/', 'filename' => 'Belegexemplar.txt',
                'userid' => $adminid,
            ], "Belegexemplar: \"Digital & sozial\" – {$comment}\n");
        }
    }

    $ratings = \core\di::get(\local_digitalstrategy\local\controlling\process_rating_repository::class);
    if (!$ratings->current_all()) {
        $plan = [
            ['circles', 2, ['quality' => 'green', 'cost' => 'green', 'staff' => 'amber', 'timeliness' => 'green'],
                'Drei Organisationen & ein Nachholtermin'],
            ['circles', 3, ['quality' => 'green', 'cost' => 'green', 'staff' => 'green', 'timeliness' => 'amber'],
                'Zwei Termine < 10 Teilnehmende & "Übergaben digital" verschoben'],
            ['surveys', 3, ['quality' => 'green', 'cost' => 'green', 'staff' => 'green', 'timeliness' => 'green'],
                'Zweite Welle der Mitgliederbefragung abgeschlossen 🗳️'],
            ['publication', 3, ['quality' => 'green', 'cost' => 'amber', 'staff' => 'red', 'timeliness' => 'amber'],
                "Redaktion < 1 Stelle: Beiträge für's Fachmagazin verzögern sich"],
        ];
        foreach ($plan as [$process, $index, $criteria, $note]) {
            $ratings->add($process, $index, $criteria, $note, $adminid);
        }
    }

    // The report builder reads the stored actuals (the scheduled task refreshes them hourly).
    \core\di::get(\local_digitalstrategy\local\controlling\timeline_service::class)->refresh($now);
    return ['programmestart' => $start, 'indicator' => $indicator->id, 'amber' => 2, 'running' => 3];
}
