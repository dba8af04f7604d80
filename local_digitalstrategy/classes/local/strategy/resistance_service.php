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

use local_digitalstrategy\event\analysis_written;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\user_repository;
use local_digitalstrategy\organisation;
use moodle_exception;
use stdClass;

/**
 * The expert forum's resistance analyses and process-advice notes with their access rules: read
 * by the organisation's leadership, the expert forum and the project team
 * (organisation_access::can_view_analyses), written by the expert forum (can_write_analyses).
 * Every page and web service goes through here, so the rules hold everywhere.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class resistance_service {
    /**
     * Creates the service.
     *
     * @param resistance_repository $repository
     * @param organisation_access $access
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var resistance_repository */
        private readonly resistance_repository $repository,
        /** @var organisation_access */
        private readonly organisation_access $access,
        /** @var user_repository */
        private readonly user_repository $users,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * Whether the user may read the organisation's analyses.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return bool
     */
    public function can_view(organisation $organisation, int $userid): bool {
        return $this->access->can_view_analyses($organisation, $userid);
    }

    /**
     * Whether the user may write analyses and notes.
     *
     * @param int $userid
     * @return bool
     */
    public function can_write(int $userid): bool {
        return $this->access->can_write_analyses($userid);
    }

    /**
     * Throws unless the user may read the organisation's analyses.
     *
     * @param organisation $organisation
     * @param int $userid
     * @throws moodle_exception resistance_nopermission
     */
    public function require_can_view(organisation $organisation, int $userid): void {
        if (!$this->can_view($organisation, $userid)) {
            throw new moodle_exception('resistance_nopermission', 'local_digitalstrategy');
        }
    }

    /**
     * The analyses and notes of an organisation, for a user who may read them.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return array{analyses: resistance[], advice: resistance_advice[], authors: array<int, string>} authors: full
     *     names by user id (without deleted accounts)
     * @throws moodle_exception resistance_nopermission
     */
    public function for_organisation(organisation $organisation, int $userid): array {
        $this->require_can_view($organisation, $userid);
        $analyses = $this->repository->for_organisation($organisation->get_id());
        $advice = $this->repository->advice_for_organisation($organisation->get_id());
        $authors = $this->users->full_names(array_merge(
            array_map(fn(resistance $r) => $r->userid, $analyses),
            array_map(fn(resistance $r) => $r->usermodified, $analyses),
            array_map(fn(resistance_advice $a) => $a->userid, $advice),
        ));
        return ['analyses' => $analyses, 'advice' => $advice, 'authors' => $authors];
    }

    /**
     * One analysis of an organisation, for a user who may read it.
     *
     * @param organisation $organisation
     * @param int $id
     * @param int $userid
     * @return resistance
     * @throws moodle_exception resistance_nopermission, resistance_notfound
     */
    public function get(organisation $organisation, int $id, int $userid): resistance {
        $this->require_can_view($organisation, $userid);
        return $this->repository->get($id, $organisation->get_id());
    }

    /**
     * Proposed data in the stored shape: texts trimmed and cleaned of markup, numbers as ints.
     *
     * @param stdClass $data
     * @return stdClass
     */
    public function normalise(stdClass $data): stdClass {
        $text = fn($value) => trim(clean_param((string) ($value ?? ''), PARAM_TEXT));
        return (object) [
            'stakeholder' => $text($data->stakeholder ?? ''),
            'kind' => (string) ($data->kind ?? ''),
            'signals' => $text($data->signals ?? ''),
            'cause' => $text($data->cause ?? ''),
            'intensity' => $data->intensity ?? null,
            'response' => $text($data->response ?? ''),
            'status' => (string) ($data->status ?? 'open'),
            'followup' => $data->followup ?? 0,
        ];
    }

    /**
     * The problems of proposed data, as messages in the user's language by field.
     *
     * @param stdClass $data
     * @return array<string, string>
     */
    public function validate(stdClass $data): array {
        return array_map(
            fn(string $key) => get_string($key, 'local_digitalstrategy'),
            resistance::validate($this->normalise($data), $this->clock->time())
        );
    }

    /**
     * Writes a new analysis or changes one, as a member of the expert forum.
     *
     * @param organisation $organisation
     * @param stdClass $data stakeholder, kind, signals, cause, intensity, response, status, followup
     * @param int $userid
     * @param int $id the analysis to change, 0 for a new one
     * @return resistance
     * @throws moodle_exception resistance_nopermission, resistance_invalid, resistance_notfound
     */
    public function write(organisation $organisation, stdClass $data, int $userid, int $id = 0): resistance {
        if (!$this->can_write($userid)) {
            throw new moodle_exception('resistance_nopermission', 'local_digitalstrategy');
        }
        $data = $this->normalise($data);
        $errors = resistance::validate($data, $this->clock->time());
        if ($errors) {
            $messages = array_map(fn($key) => get_string($key, 'local_digitalstrategy'), $errors);
            throw new moodle_exception('resistance_invalid', 'local_digitalstrategy', '', implode(' ', $messages));
        }
        $analysis = $this->repository->save($organisation->get_id(), $data, $userid, $id);
        analysis_written::create_from_analysis($analysis, $id === 0, $userid)->trigger();
        return $analysis;
    }

    /**
     * Adds a process-advice note, as a member of the expert forum.
     *
     * @param organisation $organisation
     * @param string $note
     * @param int $userid
     * @return resistance_advice
     * @throws moodle_exception resistance_nopermission, advice_invalid
     */
    public function add_advice(organisation $organisation, string $note, int $userid): resistance_advice {
        if (!$this->can_write($userid)) {
            throw new moodle_exception('resistance_nopermission', 'local_digitalstrategy');
        }
        $note = trim(clean_param($note, PARAM_TEXT));
        if ($problem = resistance_advice::validate($note)) {
            $message = get_string($problem, 'local_digitalstrategy');
            throw new moodle_exception('advice_invalid', 'local_digitalstrategy', '', $message);
        }
        return $this->repository->add_advice($organisation->get_id(), $note, $userid);
    }
}
