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
 * Test data generator of local_digitalstrategy: organisations, members, check runs, strategies with
 * goals, measures and ratings, and resistance analyses.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

use local_digitalstrategy\local\campaign\campaign;
use local_digitalstrategy\local\campaign\campaign_repository;
use local_digitalstrategy\local\campaign\campaign_token;
use local_digitalstrategy\local\check\check_service;
use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\local\controlling\programme;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\answer_validator;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\local\settings;
use local_digitalstrategy\organisation;

/**
 * Generator of local_digitalstrategy.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class local_digitalstrategy_generator extends component_generator_base {
    /** @var int Organisations created so far, for default names. */
    private int $count = 0;

    /**
     * Resets the counter between tests.
     */
    public function reset() {
        $this->count = 0;
    }

    /**
     * Creates an organisation.
     *
     * @param array|stdClass $record name, idnumber, location, fieldofwork, employees, pilot, archived
     * @return organisation
     */
    public function create_organisation($record = []): organisation {
        global $USER;
        $this->count++;
        // Names as members write them: ampersands, quotes, "<" before a space, umlauts and emoji,
        // so every page that shows them proves it escapes them exactly once.
        $record = (array) $record + [
            'name' => "Pflege & Betreuung \"Sonnenschein\" {$this->count} – Kinder < 6 Jahre 🌻",
            'idnumber' => 'org' . $this->count,
            'location' => "Köln & Umgebung ('Veedel')", 'fieldofwork' => 'care', 'employees' => 50, 'pilot' => 0,
        ];
        $repository = \core\di::get(organisation_repository::class);
        $organisation = $repository->create((object) $record, (int) $USER->id);
        if (!empty($record['archived'])) {
            $organisation = $repository->set_archived($organisation, true, (int) $USER->id);
        }
        return $organisation;
    }

    /**
     * Makes a user a member of an organisation.
     *
     * @param organisation $organisation
     * @param int $userid
     * @param string $role leadership or staff
     */
    public function add_member(organisation $organisation, int $userid, string $role = 'staff'): void {
        \core\di::get(organisation_repository::class)->add_member($organisation, $userid, $role, $userid);
    }

    /**
     * The id of the current default check.
     *
     * @return int
     */
    public function get_check_id(): int {
        return \core\di::get(instrument_repository::class)->get_current_check()['id'];
    }

    /**
     * Starts a run of the default check and gives answers.
     *
     * @param organisation $organisation
     * @param array<string, string|array{0: string|null, 1: bool, 2: int}> $answers item => value, or
     *     item => [value, dontknow, relevance]
     * @param int $userid who answers (0: the current user)
     * @return run
     */
    public function create_run(organisation $organisation, array $answers = [], int $userid = 0): run {
        global $USER;
        $userid = $userid ?: (int) $USER->id;
        $runs = \core\di::get(run_repository::class);
        $open = $runs->get_open($organisation->get_id(), \core\di::get(settings::class)->check_idnumber());
        $run = $open ?? $runs->start($organisation, $this->get_check_id(), $userid)[0];
        $validator = new answer_validator(\core\di::get(instrument_repository::class)->get($run->get_instrumentid()));
        $stored = $runs->get_answers($run);
        foreach ($answers as $itemkey => $answer) {
            [$value, $dontknow, $relevance] = is_array($answer) ? $answer : [$answer, false, 0];
            $proposed = $validator->normalise($itemkey, $value, $dontknow, $relevance);
            $runs->save_answer($run, $proposed, isset($stored[$itemkey]) ? $stored[$itemkey]->version : 0, $userid);
        }
        return $runs->get($run->get_id());
    }

    /**
     * Answers every maturity item of the default check with the same level and every yes/no item
     * with "don't know", so each dimension and the overall score are exactly level × 25; then
     * submits the run.
     *
     * @param organisation $organisation
     * @param int $level 0–4
     * @param int $userid who answers (0: the current user)
     * @param array<string, mixed> $overrides item => value (as for create_run)
     * @return run the submitted run
     */
    public function create_submitted_run(
        organisation $organisation,
        int $level,
        int $userid = 0,
        array $overrides = []
    ): run {
        global $USER;
        $userid = $userid ?: (int) $USER->id;
        $instrument = \core\di::get(instrument_repository::class)->get($this->get_check_id());
        $answers = [];
        foreach ($instrument->get_items() as $key => $item) {
            $answers[$key] = $item['type'] === 'yesno' ? [null, true, 0] : (string) $level;
        }
        $run = $this->create_run($organisation, $overrides + $answers, $userid);
        [$submitted] = \core\di::get(check_service::class)->submit($run, $userid);
        return $submitted;
    }

    /**
     * Creates an organisation's strategy (as a draft unless 'status' says otherwise).
     *
     * @param organisation $organisation
     * @param array $record vision, guidingvalues, status, version, adoptedversion
     * @return stdClass the record
     */
    public function create_strategy(organisation $organisation, array $record = []): stdClass {
        global $DB, $USER;
        $record = (object) ($record + [
            'orgid' => $organisation->get_id(), 'status' => 'draft',
            'vision' => 'Digital & nah bei den Menschen – "Beratung" für Kinder < 6 Jahre 🙂',
            'guidingvalues' => 'Teilhabe, Datenschutz, Mitbestimmung', 'version' => 1, 'adoptedversion' => 0,
            'timecreated' => time(), 'timemodified' => time(), 'usermodified' => (int) $USER->id,
        ]);
        $record->id = $DB->insert_record('local_digitalstrategy_strategy', $record);
        return $record;
    }

    /**
     * Creates a goal of a strategy.
     *
     * @param stdClass $strategy a record from create_strategy()
     * @param array $record title, rationale, target, duedate, dimension, baseline, baselinerunid, sortorder
     * @return stdClass the record
     */
    public function create_goal(stdClass $strategy, array $record = []): stdClass {
        global $DB, $USER;
        $record = (object) ($record + [
            'strategyid' => $strategy->id, 'title' => 'Online-Terminvergabe', 'rationale' => '', 'target' => '',
            'duedate' => 0, 'dimension' => '', 'baseline' => null, 'baselinerunid' => null,
            'sortorder' => $DB->count_records('local_digitalstrategy_goal', ['strategyid' => $strategy->id]),
            'timecreated' => time(), 'timemodified' => time(), 'usermodified' => (int) $USER->id,
        ]);
        $record->id = $DB->insert_record('local_digitalstrategy_goal', $record);
        return $record;
    }

    /**
     * Creates a measure towards a goal.
     *
     * @param stdClass $goal a record from create_goal()
     * @param array $record title, description, ownerid, startdate, duedate, fieldid, phase, sortorder, ...
     * @return stdClass the record
     */
    public function create_measure(stdClass $goal, array $record = []): stdClass {
        global $DB, $USER;
        $phase = $record['phase'] ?? 'plan';
        $record = (object) ($record + [
            'strategyid' => $goal->strategyid, 'goalid' => $goal->id, 'title' => 'Messenger für Teams einführen',
            'description' => '', 'ownerid' => 0, 'startdate' => 0, 'duedate' => 0, 'fieldid' => null, 'phase' => $phase,
            'sortorder' => $DB->count_records(
                'local_digitalstrategy_measure',
                ['strategyid' => $goal->strategyid, 'phase' => $phase]
            ),
            'evaluation' => '', 'evaluationurl' => '', 'lesson' => '', 'transferable' => 0, 'released' => 0, 'named' => 0,
            'version' => 1, 'timecreated' => time(), 'timemodified' => time(), 'usermodified' => (int) $USER->id,
        ]);
        $record->id = $DB->insert_record('local_digitalstrategy_measure', $record);
        return $record;
    }

    /**
     * Rates a measure on one criterion; the rating becomes the current one for that criterion.
     *
     * @param stdClass $measure a record from create_measure()
     * @param string $criterion quality, cost, staff or time
     * @param string $rating green, amber or red
     * @param array $record ratingcomment, countermeasure, userid, timecreated
     * @return stdClass the record
     */
    public function create_rating(stdClass $measure, string $criterion, string $rating, array $record = []): stdClass {
        global $DB, $USER;
        $current = $DB->get_record(
            'local_digitalstrategy_rating',
            ['measureid' => $measure->id, 'criterion' => $criterion, 'current' => 1]
        );
        if ($current) {
            $DB->set_field('local_digitalstrategy_rating', 'current', 0, ['id' => $current->id]);
        }
        $record = (object) ($record + [
            'measureid' => $measure->id, 'criterion' => $criterion, 'rating' => $rating,
            'previous' => $current ? $current->rating : '', 'ratingcomment' => '',
            'countermeasure' => $rating === 'red' ? 'Gegenmaßnahme: Schulung nachholen' : '', 'current' => 1,
            'userid' => (int) $USER->id, 'timecreated' => time(),
        ]);
        $record->id = $DB->insert_record('local_digitalstrategy_rating', $record);
        return $record;
    }

    /**
     * Creates a resistance analysis of the expert forum about an organisation.
     *
     * @param organisation $organisation
     * @param array $record stakeholder, kind, signals, cause, intensity, response, status, followup, userid
     * @return stdClass the record
     */
    public function create_resistance(organisation $organisation, array $record = []): stdClass {
        global $DB, $USER;
        $record = (object) ($record + [
            'orgid' => $organisation->get_id(), 'stakeholder' => 'Pflegekräfte im Nachtdienst', 'kind' => 'practical',
            'signals' => 'Tablets bleiben im Schrank', 'cause' => 'Kein WLAN in den Zimmern', 'intensity' => 3,
            'response' => 'WLAN-Ausleuchtung, Schulung im Team', 'status' => 'open', 'followup' => 0,
            'userid' => (int) $USER->id, 'timecreated' => time(), 'timemodified' => time(), 'usermodified' => (int) $USER->id,
        ]);
        $record->id = $DB->insert_record('local_digitalstrategy_resist', $record);
        return $record;
    }

    /**
     * Creates a campaign (open, anonymous, one response per organisation unless said otherwise).
     *
     * @param array $record any column of local_digitalstrategy_campaign; 'instrument' names an
     *     instrument idnumber instead of instrumentid (default the member survey)
     * @return campaign
     */
    public function create_campaign(array $record = []): campaign {
        global $USER;
        $idnumber = $record['instrument'] ?? 'mitgliederbefragung';
        unset($record['instrument']);
        if (empty($record['instrumentid'])) {
            $record['instrumentid'] = $this->get_instrument_id($idnumber);
        }
        $instrument = \core\di::get(instrument_repository::class)->get((int) $record['instrumentid']);
        $record += [
            'name' => "Mitgliederbefragung 2026 – \"Digitalisierung\" & Beteiligung 🗳",
            'kind' => $instrument->get_kind(),
            'target' => 'all',
            'status' => 'open',
            'timeopen' => time() - HOURSECS,
        ];
        return \core\di::get(campaign_repository::class)->insert((object) $record, (int) $USER->id);
    }

    /**
     * Invites an organisation or a person to a campaign.
     *
     * @param campaign $campaign
     * @param array $record any column of local_digitalstrategy_invite (orgid, userid, email, status …)
     * @return array{0: stdClass, 1: string} the invite record and the plain token of its link
     */
    public function create_invite(campaign $campaign, array $record = []): array {
        global $DB;
        $tokens = new campaign_token();
        $token = $tokens->generate();
        $record = (object) ($record + [
            'campaignid' => $campaign->id, 'orgid' => 0, 'userid' => 0, 'email' => '',
            'tokenhash' => $tokens->hash($token), 'status' => 'sent', 'responded' => 0, 'timeresponded' => 0,
            'reminders' => 0, 'timeinvited' => time(), 'timereminded' => 0, 'timecreated' => time(),
            'timemodified' => time(),
        ]);
        $record->id = $DB->insert_record('local_digitalstrategy_invite', $record);
        return [$record, $token];
    }

    /**
     * Stores a submitted response with its values (numvalue for rating, maturity and yes/no items,
     * and for options with a score).
     *
     * @param campaign $campaign
     * @param array $values itemkey => value as stored (option keys comma-separated)
     * @param array $record orgid, userid, fieldofwork, pilot, timesubmitted
     * @return int the response id
     */
    public function create_response(campaign $campaign, array $values, array $record = []): int {
        global $DB;
        $instrument = \core\di::get(instrument_repository::class)->get($campaign->instrumentid);
        $record = (object) ($record + ['campaignid' => $campaign->id, 'orgid' => 0, 'userid' => 0,
            'fieldofwork' => '', 'pilot' => 0, 'timesubmitted' => $campaign->anonymous ? 0 : time()]);
        $responseid = (int) $DB->insert_record('local_digitalstrategy_response', $record);
        $rows = [];
        foreach ($values as $itemkey => $value) {
            $item = $instrument->get_item((string) $itemkey);
            $numvalue = null;
            if ($item && in_array($item['type'], ['rating', 'maturity', 'yesno'], true) && is_numeric($value)) {
                $numvalue = (float) $value;
            } else if ($item && $item['type'] === 'single') {
                foreach ($item['options'] as $option) {
                    if ($option['key'] === (string) $value && isset($option['score'])) {
                        $numvalue = (float) $option['score'];
                    }
                }
            }
            $rows[] = (object) ['responseid' => $responseid, 'campaignid' => $campaign->id, 'itemkey' => (string) $itemkey,
                'value' => $value === null ? null : (string) $value, 'numvalue' => $numvalue];
        }
        $DB->insert_records('local_digitalstrategy_respval', $rows);
        return $responseid;
    }

    /**
     * The id of the newest version of an instrument; shipped examples are imported when missing.
     *
     * @param string $idnumber
     * @return int
     */
    public function get_instrument_id(string $idnumber): int {
        global $CFG;
        $repository = \core\di::get(instrument_repository::class);
        $current = $repository->get_current($idnumber);
        if ($current === null) {
            $file = $CFG->dirroot . '/local/digitalstrategy/db/instruments/examples/' . $idnumber . '.json';
            if (!is_readable($file)) {
                throw new \coding_exception('Unknown instrument ' . $idnumber);
            }
            return $repository->import(file_get_contents($file), 0)['id'];
        }
        return $current['id'];
    }

    /**
     * Creates an indicator with targets.
     *
     * @param array $record columns; defaults: a count, at least, manual source, a unique idnumber
     * @param array $targets period => target, or period => [low, high] for a range
     * @return indicator
     */
    public function create_indicator(array $record = [], array $targets = []): indicator {
        static $counter = 0;
        $counter++;
        $repository = \core\di::get(indicator_repository::class);
        $indicator = $repository->insert((object) ($record + [
            'idnumber' => 'testindicator' . $counter,
            'name' => 'Test indicator ' . $counter,
            'unit' => 'count',
            'direction' => 'atleast',
            'source' => 'manual',
            'tolerance' => 0,
        ]));
        foreach ($targets as $period => $target) {
            [$low, $high] = is_array($target) ? [(float) $target[0], (float) $target[1]] : [(float) $target, null];
            $repository->set_target($indicator->id, (int) $period, $low, $high);
        }
        return $indicator;
    }

    /**
     * Sets the programme's half-years (the settings) and returns the programme the container now gives.
     *
     * @param int $startyear
     * @param int $starthalf 1 or 2
     * @param int $halfyears
     * @return programme
     */
    public function set_programme(int $startyear, int $starthalf = 1, int $halfyears = 6): programme {
        set_config('programmestart', $startyear . '-' . $starthalf, 'local_digitalstrategy');
        set_config('programmehalfyears', $halfyears, 'local_digitalstrategy');
        $programme = programme::from_settings(new settings());
        \core\di::set(programme::class, $programme);
        return $programme;
    }
}
