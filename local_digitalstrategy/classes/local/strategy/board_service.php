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

use local_digitalstrategy\event\measure_moved;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\user_repository;
use local_digitalstrategy\organisation;
use moodle_exception;
use stdClass;

/**
 * The Plan-Do-Check-Act board of an organisation's strategy: what it shows, and creating, changing
 * and moving its measures with the rules that apply to them (who may, dates in order, owner a member,
 * a change naming an older version refused).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class board_service {
    /** @var int Longest title as stored. */
    public const TITLE_LENGTH = 255;

    /**
     * Creates the service.
     *
     * @param measure_repository $measures
     * @param rating_repository $ratings
     * @param strategy_summary_repository $summaries
     * @param organisation_repository $organisations
     * @param organisation_access $access
     * @param user_repository $users
     * @param measure_notifier $notifier
     * @param measure_calendar $calendar
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var measure_repository */
        private readonly measure_repository $measures,
        /** @var rating_repository */
        private readonly rating_repository $ratings,
        /** @var strategy_summary_repository */
        private readonly strategy_summary_repository $summaries,
        /** @var organisation_repository */
        private readonly organisation_repository $organisations,
        /** @var organisation_access */
        private readonly organisation_access $access,
        /** @var user_repository */
        private readonly user_repository $users,
        /** @var measure_notifier */
        private readonly measure_notifier $notifier,
        /** @var measure_calendar */
        private readonly measure_calendar $calendar,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The board as the page and the web service show it, in a fixed number of queries however many
     * measures and ratings there are.
     *
     * @param organisation $organisation
     * @param int $viewerid
     * @return array{orgid: int, revision: string, hasstrategy: bool, canedit: bool, now: int,
     *     measures: array<int, array<string, mixed>>, ampel: array<string, string|null>}
     */
    public function board(organisation $organisation, int $viewerid): array {
        $this->require_view($organisation, $viewerid);
        $orgid = $organisation->get_id();
        $measures = $this->measures->for_organisation($orgid);
        $ratings = $this->ratings->current_for_organisation($orgid);
        $names = $this->users->full_names(array_map(fn(measure $m): int => $m->ownerid, $measures));
        $now = $this->clock->time();
        $rows = [];
        foreach ($measures as $measure) {
            $rows[] = $this->export_measure($measure, $ratings[$measure->id] ?? [], $names, $now);
        }
        return [
            'orgid' => $orgid,
            'revision' => $this->measures->revision($orgid),
            'hasstrategy' => $this->measures->strategy_id($orgid) !== null,
            'canedit' => $this->access->can_edit_strategy($organisation, $viewerid),
            'now' => $now,
            'measures' => $rows,
            'ampel' => $this->summaries->for_organisations([$orgid])[$orgid]->ampel,
        ];
    }

    /**
     * The board's current revision (one query): pollers fetch the board only when it changed.
     *
     * @param organisation $organisation
     * @param int $viewerid
     * @return string
     */
    public function revision(organisation $organisation, int $viewerid): string {
        $this->require_view($organisation, $viewerid);
        return $this->measures->revision($organisation->get_id());
    }

    /**
     * One measure as the board shows it.
     *
     * @param measure $measure
     * @param array<string, ampel_rating> $ratings its current ratings by criterion
     * @param array<int, string> $names full names by user id
     * @param int $now
     * @return array<string, mixed>
     */
    public function export_measure(measure $measure, array $ratings, array $names, int $now): array {
        $ampel = [];
        foreach (ampel_rating::CRITERIA as $criterion) {
            $ampel[] = ['criterion' => $criterion, 'rating' => isset($ratings[$criterion]) ? $ratings[$criterion]->rating : ''];
        }
        return [
            'id' => $measure->id,
            'title' => $measure->title,
            'phase' => $measure->phase,
            'position' => $measure->sortorder,
            'version' => $measure->version,
            'ownerid' => $measure->ownerid,
            'ownername' => $measure->ownerid ? ($names[$measure->ownerid]
                ?? \local_digitalstrategy\local\user_repository::deleted_name()) : '',
            'duedate' => $measure->duedate,
            'duedatetext' => $measure->duedate ? userdate($measure->duedate, get_string('strftimedate', 'langconfig')) : '',
            'overdue' => $measure->is_overdue($now),
            'transferable' => $measure->transferable,
            'ratings' => $ampel,
        ];
    }

    /**
     * The organisation of a measure the user may change (move, rate, edit).
     *
     * @param measure $measure
     * @param int $userid
     * @return organisation
     * @throws moodle_exception board_error_noedit when the user is no member with the capability
     *     (any more), the measure belongs to another organisation, or the organisation is archived
     */
    public function require_edit(measure $measure, int $userid): organisation {
        $organisation = $this->organisations->get($measure->orgid);
        if (!$this->access->can_edit_strategy($organisation, $userid)) {
            throw new moodle_exception('board_error_noedit', 'local_digitalstrategy');
        }
        return $organisation;
    }

    /**
     * Throws unless the user may see the organisation's board.
     *
     * @param organisation $organisation
     * @param int $userid
     * @throws moodle_exception board_error_noview
     */
    public function require_view(organisation $organisation, int $userid): void {
        if (!$this->access->can_view_strategy($organisation, $userid)) {
            throw new moodle_exception('board_error_noview', 'local_digitalstrategy');
        }
    }

    /**
     * Moves a measure to a phase and a position, unless a colleague changed it since.
     *
     * @param int $measureid
     * @param string $phase
     * @param int $position 0-based within the phase
     * @param int $version the version the user saw
     * @param int $userid
     * @return array{status: string, measure: measure} status "moved", "unchanged" or "conflict"
     * @throws moodle_exception measure_notfound, board_error_noedit, board_error_phase
     */
    public function move(int $measureid, string $phase, int $position, int $version, int $userid): array {
        if (!measure::is_phase($phase)) {
            throw new moodle_exception('board_error_phase', 'local_digitalstrategy');
        }
        $before = $this->measures->get($measureid);
        $this->require_edit($before, $userid);
        if ($before->version === $version && $before->phase === $phase && $before->sortorder === $position) {
            return ['status' => 'unchanged', 'measure' => $before];
        }
        [$moved, $measure] = $this->measures->move($measureid, $phase, max(0, $position), $version, $userid);
        if (!$moved) {
            return ['status' => 'conflict', 'measure' => $measure];
        }
        measure_moved::create_from_move($measure, $before->phase, $userid)->trigger();
        if ($before->phase !== $measure->phase) {
            $this->notifier->moved($measure, $before->phase, $userid);
            $this->calendar->sync($measure);
        }
        return ['status' => 'moved', 'measure' => $measure];
    }

    /**
     * Brings what a form or a caller proposes into the stored shape.
     *
     * @param stdClass $data goalid, title, description, ownerid, startdate, duedate, fieldid, phase,
     *     evaluation, evaluationurl, lesson, transferable (any may be missing)
     * @return stdClass
     */
    public function normalise(stdClass $data): stdClass {
        $fieldid = (int) ($data->fieldid ?? 0);
        $phase = (string) ($data->phase ?? 'plan');
        return (object) [
            'goalid' => (int) ($data->goalid ?? 0),
            'title' => trim((string) ($data->title ?? '')),
            'description' => trim((string) ($data->description ?? '')),
            'ownerid' => max(0, (int) ($data->ownerid ?? 0)),
            'startdate' => max(0, (int) ($data->startdate ?? 0)),
            'duedate' => max(0, (int) ($data->duedate ?? 0)),
            'fieldid' => $fieldid > 0 ? $fieldid : null,
            'phase' => $phase,
            'evaluation' => trim((string) ($data->evaluation ?? '')),
            'evaluationurl' => trim((string) ($data->evaluationurl ?? '')),
            'lesson' => trim((string) ($data->lesson ?? '')),
            'transferable' => empty($data->transferable) ? 0 : 1,
        ];
    }

    /**
     * The problems of a proposed measure of an organisation's strategy.
     *
     * @param organisation $organisation
     * @param stdClass $data as for normalise()
     * @return array<string, string> field => language string key of local_digitalstrategy
     */
    public function validate(organisation $organisation, stdClass $data): array {
        $data = $this->normalise($data);
        $errors = [];
        $strategyid = $this->measures->strategy_id($organisation->get_id());
        if ($strategyid === null || !array_key_exists($data->goalid, $this->measures->goals($strategyid))) {
            $errors['goalid'] = 'measure_error_goal';
        }
        if ($data->title === '') {
            $errors['title'] = 'measure_error_title';
        } else if (\core_text::strlen($data->title) > self::TITLE_LENGTH) {
            $errors['title'] = 'measure_error_toolong';
        }
        if ($data->ownerid && $this->organisations->get_role($organisation, $data->ownerid) === null) {
            $errors['ownerid'] = 'measure_error_owner';
        }
        if ($data->startdate && $data->duedate && $data->duedate < $data->startdate) {
            $errors['duedate'] = 'measure_error_dates';
        }
        if ($data->fieldid !== null && !array_key_exists($data->fieldid, $this->measures->fields($data->fieldid))) {
            $errors['fieldid'] = 'measure_error_field';
        }
        if (!measure::is_phase($data->phase)) {
            $errors['phase'] = 'board_error_phase';
        }
        if (
            $data->evaluationurl !== '' && (clean_param($data->evaluationurl, PARAM_URL) !== $data->evaluationurl
                || !preg_match('~^https?://~i', $data->evaluationurl))
        ) {
            $errors['evaluationurl'] = 'measure_error_url';
        }
        return $errors;
    }

    /**
     * Creates a measure of the organisation's strategy.
     *
     * @param organisation $organisation
     * @param stdClass $data as for normalise()
     * @param int $userid
     * @return measure
     * @throws moodle_exception board_error_noedit, or the first problem of validate()
     */
    public function create(organisation $organisation, stdClass $data, int $userid): measure {
        if (!$this->access->can_edit_strategy($organisation, $userid)) {
            throw new moodle_exception('board_error_noedit', 'local_digitalstrategy');
        }
        $this->require_valid($organisation, $data);
        $strategyid = (int) $this->measures->strategy_id($organisation->get_id());
        $id = $this->measures->create($strategyid, $this->normalise($data), $userid);
        $measure = $this->measures->get($id);
        $this->calendar->sync($measure);
        if ($measure->ownerid) {
            $this->notifier->assigned($measure, $userid);
        }
        return $measure;
    }

    /**
     * Changes a measure unless a colleague changed it since the version given.
     *
     * @param int $measureid
     * @param int $version
     * @param stdClass $data as for normalise()
     * @param int $userid
     * @return array{0: bool, 1: measure} whether it was saved, and the measure as it now stands
     * @throws moodle_exception measure_notfound, board_error_noedit, or the first problem of validate()
     */
    public function update(int $measureid, int $version, stdClass $data, int $userid): array {
        $before = $this->measures->get($measureid);
        $organisation = $this->require_edit($before, $userid);
        $this->require_valid($organisation, $data);
        [$saved, $measure] = $this->measures->update($measureid, $version, $this->normalise($data), $userid);
        if ($saved) {
            $this->calendar->sync($measure);
        }
        if ($saved && $measure->ownerid && $measure->ownerid !== $before->ownerid) {
            $this->notifier->assigned($measure, $userid);
        }
        if ($saved && $measure->phase !== $before->phase) {
            measure_moved::create_from_move($measure, $before->phase, $userid)->trigger();
        }
        return [$saved, $measure];
    }

    /**
     * Throws the first problem of proposed data.
     *
     * @param organisation $organisation
     * @param stdClass $data
     * @throws moodle_exception
     */
    private function require_valid(organisation $organisation, stdClass $data): void {
        $errors = $this->validate($organisation, $data);
        if ($errors) {
            throw new moodle_exception(reset($errors), 'local_digitalstrategy');
        }
    }
}
