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

namespace local_digitalstrategy\local\questionnaire;

use local_digitalstrategy\event\answer_saved;
use local_digitalstrategy\event\check_started;
use local_digitalstrategy\organisation;
use moodle_exception;

/**
 * Starts runs and keeps their answers, for every kind of instrument.
 *
 * Members of one organisation answer the same run together. Every answer carries a version;
 * a save naming an older version than the stored one is a conflict and changes nothing, so
 * nobody overwrites a colleague's answer without seeing it first. Saves of one item, and the
 * submission of a run, are serialised with Moodle's lock API.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class run_repository {
    /** @var string Table of answers. */
    public const ANSWER_TABLE = 'local_digitalstrategy_answer';
    /** @var int Seconds to wait for a lock before giving up (the client retries). */
    private const LOCK_TIMEOUT = 5;

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     * @param instrument_repository $instruments
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
        /** @var instrument_repository */
        private readonly instrument_repository $instruments,
    ) {
    }

    /**
     * Loads a run.
     *
     * @param int $id
     * @return run
     * @throws moodle_exception runnotfound
     */
    public function get(int $id): run {
        $record = $this->db->get_record(run::TABLE, ['id' => $id]);
        if (!$record) {
            throw new moodle_exception('runnotfound', 'local_digitalstrategy');
        }
        return run::from_record($record);
    }

    /**
     * The open run of an organisation for an instrument (any version of its idnumber).
     *
     * @param int $orgid
     * @param string $idnumber
     * @return run|null
     */
    public function get_open(int $orgid, string $idnumber): ?run {
        $records = $this->db->get_records_sql('SELECT r.* FROM {' . run::TABLE . '} r
                                           JOIN {' . instrument_repository::TABLE . '} i ON i.id = r.instrumentid
                                          WHERE r.orgid = ? AND r.status = ? AND i.idnumber = ?
                                       ORDER BY r.id DESC', [$orgid, run::STATUS_OPEN, $idnumber], 0, 1);
        return $records ? run::from_record(reset($records)) : null;
    }

    /**
     * The most recently submitted run of an organisation for an instrument (any version).
     *
     * @param int $orgid
     * @param string $idnumber
     * @return run|null
     */
    public function get_latest_submitted(int $orgid, string $idnumber): ?run {
        $records = $this->db->get_records_sql(
            'SELECT r.* FROM {' . run::TABLE . '} r
                                           JOIN {' . instrument_repository::TABLE . '} i ON i.id = r.instrumentid
                                          WHERE r.orgid = ? AND r.status = ? AND i.idnumber = ?
                                       ORDER BY r.timesubmitted DESC, r.id DESC',
            [$orgid, run::STATUS_SUBMITTED, $idnumber],
            0,
            1
        );
        return $records ? run::from_record(reset($records)) : null;
    }

    /**
     * Every submitted run of an organisation for an instrument, oldest first.
     *
     * @param int $orgid
     * @param string $idnumber
     * @return run[]
     */
    public function get_submitted(int $orgid, string $idnumber): array {
        $records = $this->db->get_records_sql('SELECT r.* FROM {' . run::TABLE . '} r
                                           JOIN {' . instrument_repository::TABLE . '} i ON i.id = r.instrumentid
                                          WHERE r.orgid = ? AND r.status = ? AND i.idnumber = ?
                                       ORDER BY r.timesubmitted, r.id', [$orgid, run::STATUS_SUBMITTED, $idnumber]);
        return array_values(array_map(fn($r) => run::from_record($r), $records));
    }

    /**
     * Starts a run for an organisation, or returns its open run of that instrument.
     *
     * @param organisation $organisation
     * @param int $instrumentid the instrument version to answer
     * @param int $userid who starts it
     * @return array{0: run, 1: bool} the run, and whether it was started now
     */
    public function start(organisation $organisation, int $instrumentid, int $userid): array {
        $instrument = $this->instruments->get($instrumentid);
        $lock = $this->lock('start_' . $organisation->get_id());
        try {
            $open = $this->get_open($organisation->get_id(), $instrument->get_idnumber());
            if ($open) {
                return [$open, false];
            }
            $now = $this->clock->time();
            $record = (object) [
                'orgid' => $organisation->get_id(), 'instrumentid' => $instrumentid, 'status' => run::STATUS_OPEN,
                'latest' => 0, 'score' => null, 'maturity' => null, 'answered' => 0,
                'items' => count($instrument->get_items()), 'usercreated' => $userid, 'timecreated' => $now,
                'usersubmitted' => 0, 'timesubmitted' => 0, 'timemodified' => $now,
            ];
            $record->id = $this->db->insert_record(run::TABLE, $record);
        } finally {
            $lock->release();
        }
        $run = run::from_record($record);
        check_started::create_from_run($run, $instrument)->trigger();
        return [$run, true];
    }

    /**
     * The answers of a run by item key.
     *
     * @param run $run
     * @return array<string, answer>
     */
    public function get_answers(run $run): array {
        $answers = [];
        foreach ($this->db->get_records(self::ANSWER_TABLE, ['runid' => $run->get_id()], 'id') as $record) {
            $answers[$record->itemkey] = answer::from_record($record);
        }
        return $answers;
    }

    /**
     * Saves an answer unless someone changed the item since the version the proposer saw.
     *
     * @param run $run an open run
     * @param answer $proposed a normalised answer (answer_validator)
     * @param int $seenversion the version of the stored answer the proposer saw (0: none)
     * @param int $userid who answers
     * @return save_result
     * @throws moodle_exception runsubmitted when the run is no longer open
     */
    public function save_answer(run $run, answer $proposed, int $seenversion, int $userid): save_result {
        $lock = $this->lock('answer_' . $run->get_id() . '_' . $proposed->itemkey);
        try {
            // Read the status again under the lock: a colleague may have submitted meanwhile.
            if (!$this->get($run->get_id())->is_open()) {
                throw new moodle_exception('runsubmitted', 'local_digitalstrategy');
            }
            $stored = $this->db->get_record(self::ANSWER_TABLE, ['runid' => $run->get_id(), 'itemkey' => $proposed->itemkey]);
            $current = $stored ? answer::from_record($stored) : null;
            if ($current && $current->same_content($proposed)) {
                return new save_result(save_result::UNCHANGED, $current);
            }
            if (($current ? $current->version : 0) !== $seenversion) {
                return new save_result(save_result::CONFLICT, $current ?? new answer($proposed->itemkey, null));
            }
            $now = $this->clock->time();
            $record = (object) [
                'value' => $proposed->value, 'dontknow' => (int) $proposed->dontknow, 'relevance' => $proposed->relevance,
                'userid' => $userid, 'timemodified' => $now,
            ];
            if ($stored) {
                $record->id = $stored->id;
                $record->version = $current->version + 1;
                $this->db->update_record(self::ANSWER_TABLE, $record);
            } else {
                $record->runid = $run->get_id();
                $record->itemkey = $proposed->itemkey;
                $record->version = 1;
                $record->timecreated = $now;
                $record->id = $this->db->insert_record(self::ANSWER_TABLE, $record);
            }
            $this->db->set_field(run::TABLE, 'timemodified', $now, ['id' => $run->get_id()]);
        } finally {
            $lock->release();
        }
        $saved = new answer(
            $proposed->itemkey,
            $proposed->value,
            $proposed->dontknow,
            $proposed->relevance,
            (int) $record->version,
            $userid,
            $now
        );
        answer_saved::create_from_answer($run, (int) $record->id, $saved)->trigger();
        return new save_result(save_result::SAVED, $saved);
    }

    /**
     * Runs a callback while holding the lock of a run's submission, so it cannot run twice.
     *
     * @param run $run
     * @param callable $callback receives the run as read under the lock
     * @return mixed what the callback returns
     */
    public function with_submission_lock(run $run, callable $callback): mixed {
        $lock = $this->lock('submit_' . $run->get_id());
        try {
            return $callback($this->get($run->get_id()));
        } finally {
            $lock->release();
        }
    }

    /**
     * Takes one of this plugin's locks.
     *
     * @param string $resource
     * @return \core\lock\lock
     * @throws moodle_exception locktimeout when another request holds it too long
     */
    private function lock(string $resource): \core\lock\lock {
        $factory = \core\lock\lock_config::get_lock_factory('local_digitalstrategy');
        $lock = $factory->get_lock($resource, self::LOCK_TIMEOUT);
        if (!$lock) {
            throw new moodle_exception('locktimeout', 'local_digitalstrategy');
        }
        return $lock;
    }
}
