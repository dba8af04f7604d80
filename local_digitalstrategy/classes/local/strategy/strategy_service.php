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

namespace local_digitalstrategy\local\strategy;

use core_text;
use local_digitalstrategy\event\strategy_adopted;
use local_digitalstrategy\event\strategy_updated;
use local_digitalstrategy\local\check\check_service;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\local\settings;
use local_digitalstrategy\organisation;
use moodle_exception;
use stdClass;

/**
 * What people do with an organisation's strategy: read it, start it, save the draft, keep goals
 * (also from the check, with the dimension's score as baseline), adopt it and compare adopted
 * versions. Every method checks the access rule of organisation_access first.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_service {
    /** @var int Longest goal title as stored. */
    public const MAX_TITLE = 255;

    /**
     * Creates the service.
     *
     * @param strategy_repository $strategies
     * @param strategy_field_repository $fields
     * @param organisation_access $access
     * @param run_repository $runs
     * @param check_service $checks
     * @param instrument_repository $instruments
     * @param settings $settings
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var strategy_repository */
        private readonly strategy_repository $strategies,
        /** @var strategy_field_repository */
        private readonly strategy_field_repository $fields,
        /** @var organisation_access */
        private readonly organisation_access $access,
        /** @var run_repository */
        private readonly run_repository $runs,
        /** @var check_service */
        private readonly check_service $checks,
        /** @var instrument_repository */
        private readonly instrument_repository $instruments,
        /** @var settings */
        private readonly settings $settings,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * Throws unless the user may see the organisation's strategy.
     *
     * @param organisation $organisation
     * @param int $userid
     * @throws moodle_exception strategy_noview
     */
    public function require_view(organisation $organisation, int $userid): void {
        if (!$this->access->can_view_strategy($organisation, $userid)) {
            throw new moodle_exception('strategy_noview', 'local_digitalstrategy');
        }
    }

    /**
     * Throws unless the user may edit the organisation's strategy.
     *
     * @param organisation $organisation
     * @param int $userid
     * @throws moodle_exception strategy_noedit
     */
    public function require_edit(organisation $organisation, int $userid): void {
        if (!$this->access->can_edit_strategy($organisation, $userid)) {
            throw new moodle_exception('strategy_noedit', 'local_digitalstrategy');
        }
    }

    /**
     * The organisation's strategy as the user may see it.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return strategy|null null before anybody started it
     */
    public function get(organisation $organisation, int $userid): ?strategy {
        $this->require_view($organisation, $userid);
        return $this->strategies->get_for_org($organisation->get_id());
    }

    /**
     * The organisation's strategy for editing, started as an empty draft when there is none.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return strategy
     */
    public function get_for_edit(organisation $organisation, int $userid): strategy {
        $this->require_edit($organisation, $userid);
        return $this->strategies->get_or_create($organisation->get_id(), $userid);
    }

    /**
     * The experiment fields a strategy may choose: those offered now and those it already chose.
     *
     * @param strategy $strategy
     * @return array[] see strategy_field_repository::list()
     */
    public function choosable_fields(strategy $strategy): array {
        return array_values(array_filter(
            $this->fields->list(true),
            fn(array $f) => !$f['archived'] || $strategy->get_field($f['id']) !== null
        ));
    }

    /**
     * Saves the draft: vision, guiding values, chosen experiment fields with their steps.
     *
     * @param organisation $organisation
     * @param int $userid
     * @param int $seenversion the version the user edited
     * @param string $vision plain text
     * @param string $guidingvalues plain text
     * @param array<int, string> $fields implementation steps by chosen field id
     * @return strategy
     * @throws strategy_conflict when somebody saved in the meantime
     * @throws moodle_exception field_notfound for a field that is not offered
     */
    public function save_draft(
        organisation $organisation,
        int $userid,
        int $seenversion,
        string $vision,
        string $guidingvalues,
        array $fields
    ): strategy {
        $strategy = $this->get_for_edit($organisation, $userid);
        $offered = array_column($this->choosable_fields($strategy), 'id');
        $steps = [];
        foreach ($fields as $fieldid => $text) {
            if (!in_array((int) $fieldid, $offered, true)) {
                throw new moodle_exception('field_notfound', 'local_digitalstrategy');
            }
            $steps[(int) $fieldid] = self::clean($text);
        }
        $saved = $this->strategies->change(
            $strategy,
            $seenversion,
            $userid,
            fn(stdClass $record, int $now) => $this->strategies->write_draft(
                $record,
                self::clean($vision),
                self::clean($guidingvalues),
                $steps,
                $userid,
                $now
            )
        );
        strategy_updated::create_from_strategy($saved, $userid, 'draft')->trigger();
        return $saved;
    }

    /**
     * Checks a goal before it is stored.
     *
     * @param stdClass $data title, duedate, dimension
     * @param goal|null $existing the goal as stored, null for a new one
     * @return array<string, string> error message by form field, empty when fine
     */
    public function validate_goal(stdClass $data, ?goal $existing): array {
        $errors = [];
        $title = trim((string) ($data->title ?? ''));
        if ($title === '') {
            $errors['title'] = get_string('required');
        } else if (core_text::strlen($title) > self::MAX_TITLE) {
            $errors['title'] = get_string('maximumchars', '', self::MAX_TITLE);
        }
        $duedate = (int) ($data->duedate ?? 0);
        $today = usergetmidnight($this->clock->time());
        if ($duedate && $duedate < $today && (!$existing || $existing->duedate !== $duedate)) {
            $errors['duedate'] = get_string('goal_duedatepast', 'local_digitalstrategy');
        }
        $dimension = (string) ($data->dimension ?? '');
        if ($dimension !== '' && !array_key_exists($dimension, $this->dimensions(current_language()))) {
            $errors['dimension'] = get_string('goal_dimensionunknown', 'local_digitalstrategy');
        }
        return $errors;
    }

    /**
     * Saves a goal, new (with the baseline it was made with) or changed.
     *
     * @param organisation $organisation
     * @param int $userid
     * @param int $seenversion the strategy version the user edited
     * @param stdClass $data id (0 for a new goal), title, rationale, target, duedate, dimension,
     *     baselinerunid (new goals from the check: the run whose score becomes the baseline)
     * @return strategy
     * @throws strategy_conflict when somebody saved in the meantime
     * @throws moodle_exception goal_notfound, goal_invalid
     */
    public function save_goal(organisation $organisation, int $userid, int $seenversion, stdClass $data): strategy {
        $strategy = $this->get_for_edit($organisation, $userid);
        $existing = null;
        if (!empty($data->id)) {
            $existing = $strategy->get_goal((int) $data->id);
            if (!$existing) {
                throw new moodle_exception('goal_notfound', 'local_digitalstrategy');
            }
        }
        if ($errors = $this->validate_goal($data, $existing)) {
            throw new moodle_exception('goal_invalid', 'local_digitalstrategy', '', implode(' ', $errors));
        }
        $goal = (object) [
            'id' => $existing?->id ?? 0,
            'title' => self::clean(trim($data->title)),
            'rationale' => self::clean($data->rationale ?? ''),
            'target' => self::clean($data->target ?? ''),
            'duedate' => (int) ($data->duedate ?? 0),
            'dimension' => (string) ($data->dimension ?? ''),
            'baseline' => null,
            'baselinerunid' => null,
        ];
        if (!$existing && !empty($data->baselinerunid) && $goal->dimension !== '') {
            $goal->baseline = $this->dimension_score($organisation, (int) $data->baselinerunid, $goal->dimension);
            $goal->baselinerunid = $goal->baseline === null ? null : (int) $data->baselinerunid;
        }
        $saved = $this->strategies->change(
            $strategy,
            $seenversion,
            $userid,
            fn(stdClass $record, int $now) => $this->strategies->write_goal((int) $record->id, $goal, $userid, $now)
        );
        strategy_updated::create_from_strategy($saved, $userid, 'goal')->trigger();
        return $saved;
    }

    /**
     * Deletes a goal.
     *
     * @param organisation $organisation
     * @param int $userid
     * @param int $seenversion
     * @param int $goalid
     * @return strategy
     */
    public function delete_goal(organisation $organisation, int $userid, int $seenversion, int $goalid): strategy {
        $strategy = $this->get_for_edit($organisation, $userid);
        if (!$strategy->get_goal($goalid)) {
            throw new moodle_exception('goal_notfound', 'local_digitalstrategy');
        }
        $saved = $this->strategies->change(
            $strategy,
            $seenversion,
            $userid,
            fn() => $this->strategies->delete_goal($goalid)
        );
        strategy_updated::create_from_strategy($saved, $userid, 'goal')->trigger();
        return $saved;
    }

    /**
     * Adopts the strategy as the user saw it: the organisation's leadership only.
     *
     * @param organisation $organisation
     * @param int $userid
     * @param int $seenversion the version the user read before adopting
     * @return strategy
     * @throws moodle_exception strategy_cannotadopt, strategy_nothingtoadopt
     * @throws strategy_conflict when it changed since the user read it
     */
    public function adopt(organisation $organisation, int $userid, int $seenversion): strategy {
        if (!$this->access->can_adopt_strategy($organisation, $userid)) {
            throw new moodle_exception('strategy_cannotadopt', 'local_digitalstrategy');
        }
        $strategy = $this->strategies->get_for_org($organisation->get_id());
        if (!$strategy) {
            throw new moodle_exception('strategy_notfound', 'local_digitalstrategy');
        }
        if (!$strategy->can_be_adopted()) {
            throw new moodle_exception('strategy_nothingtoadopt', 'local_digitalstrategy');
        }
        $versionno = 0;
        $adopted = $this->strategies->change(
            $strategy,
            $seenversion,
            $userid,
            function (stdClass $record, int $now) use ($strategy, $userid, &$versionno) {
                $versionno = $this->strategies->write_adoption($record, $strategy, $userid, $now);
            }
        );
        strategy_adopted::create_from_strategy($adopted, $userid, $versionno)->trigger();
        return $adopted;
    }

    /**
     * The adopted versions, newest first.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return array[] versionno, useradopted, timeadopted
     */
    public function list_versions(organisation $organisation, int $userid): array {
        $strategy = $this->get($organisation, $userid);
        return $strategy ? $this->strategies->list_versions($strategy->id) : [];
    }

    /**
     * One adopted version with the strategy as it was adopted.
     *
     * @param organisation $organisation
     * @param int $userid
     * @param int $versionno
     * @return array versionno, useradopted, timeadopted, strategy
     * @throws moodle_exception strategy_versionnotfound
     */
    public function get_version(organisation $organisation, int $userid, int $versionno): array {
        $strategy = $this->get($organisation, $userid);
        $version = $strategy ? $this->strategies->get_version($strategy->id, $versionno) : null;
        if (!$version) {
            throw new moodle_exception('strategy_versionnotfound', 'local_digitalstrategy');
        }
        $version['strategy'] = strategy::from_document($version['document']);
        unset($version['document']);
        return $version;
    }

    /**
     * What changed from one adopted version to another.
     *
     * @param organisation $organisation
     * @param int $userid
     * @param int $from
     * @param int $to
     * @return array[] see strategy_diff::between()
     */
    public function diff(organisation $organisation, int $userid, int $from, int $to): array {
        return strategy_diff::between(
            $this->get_version($organisation, $userid, $from)['strategy'],
            $this->get_version($organisation, $userid, $to)['strategy']
        );
    }

    /**
     * The dimensions of the current check instrument.
     *
     * @param string $lang
     * @return array<string, string> name by key
     */
    public function dimensions(string $lang): array {
        $check = $this->instruments->get_current_check();
        if (!$check) {
            return [];
        }
        $names = [];
        foreach ($check['instrument']->get_dimensions() as $key => $dimension) {
            $names[$key] = instrument::localise($dimension['name'], $lang);
        }
        return $names;
    }

    /**
     * What a weakness or recommendation of a check run proposes for a goal or a measure: its
     * dimension, the run's score of that dimension (the baseline, kept with a goal), and a title
     * and text (the item's recommendation and question, or the weakness of the dimension).
     *
     * @param organisation $organisation
     * @param int $runid a submitted run of the organisation
     * @param string $dimension
     * @param string $itemkey the item whose recommendation it is, '' for a weak dimension
     * @param string $lang
     * @return array{dimension: string, baseline: float|null, baselinerunid: int, title: string, text: string}|null
     *     null when the dimension is not one of the check's
     */
    public function from_check(organisation $organisation, int $runid, string $dimension, string $itemkey, string $lang): ?array {
        $dimensions = $this->dimensions($lang);
        if (!isset($dimensions[$dimension])) {
            return null;
        }
        $baseline = $this->dimension_score($organisation, $runid, $dimension);
        $proposal = [
            'dimension' => $dimension, 'baseline' => $baseline, 'baselinerunid' => $baseline === null ? 0 : $runid,
            'title' => get_string('goal_fromweakness', 'local_digitalstrategy', $dimensions[$dimension]), 'text' => '',
        ];
        // The run is the organisation's own (a score was found), so its instrument's item may be read.
        $item = $itemkey !== '' && $baseline !== null
            ? $this->instruments->get($this->runs->get($runid)->get_instrumentid())->get_item($itemkey) : null;
        if ($item && !empty($item['recommendation'])) {
            $proposal['title'] = core_text::substr(instrument::localise($item['recommendation'], $lang), 0, 255);
            $proposal['text'] = instrument::localise($item['text'], $lang);
        }
        return $proposal;
    }

    /**
     * The score of a dimension in one of the organisation's submitted runs.
     *
     * @param organisation $organisation
     * @param int $runid
     * @param string $dimension
     * @return float|null null when the run is not a submitted run of the organisation or the dimension has no score
     */
    public function dimension_score(organisation $organisation, int $runid, string $dimension): ?float {
        try {
            $run = $this->runs->get($runid);
        } catch (moodle_exception $e) {
            return null;
        }
        if ($run->get_orgid() !== $organisation->get_id() || !$run->is_submitted()) {
            return null;
        }
        $score = $this->checks->get_result($run)->get_dimension($dimension)?->score;
        return $score === null ? null : round($score, 2);
    }

    /**
     * The dimension scores of the organisation's latest submitted check.
     *
     * @param organisation $organisation
     * @return array{runid: int, scores: array<string, float|null>}|null null before the first submitted check
     */
    public function current_scores(organisation $organisation): ?array {
        $run = $this->runs->get_latest_submitted($organisation->get_id(), $this->settings->check_idnumber());
        if (!$run) {
            return null;
        }
        $scores = [];
        foreach ($this->checks->get_result($run)->get_dimensions() as $key => $score) {
            $scores[$key] = $score->score === null ? null : round($score->score, 2);
        }
        return ['runid' => $run->get_id(), 'scores' => $scores];
    }

    /**
     * Plain text is stored as typed (every output escapes it once); line ends are evened out and
     * trailing white space is trimmed.
     *
     * @param string $text
     * @return string
     */
    private static function clean(string $text): string {
        return rtrim(str_replace(["\r\n", "\r"], "\n", $text));
    }
}
