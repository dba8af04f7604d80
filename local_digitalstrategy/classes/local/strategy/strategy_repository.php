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

use moodle_exception;
use stdClass;

/**
 * Loads and stores strategies, their goals, chosen experiment fields and adopted versions.
 *
 * Every change runs in a transaction that first locks the strategy's row and compares its version
 * with the one the user saw, so two people saving at once never overwrite each other silently.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_repository {
    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The strategy of an organisation, with goals and chosen fields.
     *
     * @param int $orgid
     * @return strategy|null null before it was started
     */
    public function get_for_org(int $orgid): ?strategy {
        $record = $this->db->get_record(strategy::TABLE, ['orgid' => $orgid]);
        return $record ? $this->load($record) : null;
    }

    /**
     * The strategy with this id.
     *
     * @param int $id
     * @return strategy
     * @throws moodle_exception strategy_notfound
     */
    public function get(int $id): strategy {
        $record = $this->db->get_record(strategy::TABLE, ['id' => $id]);
        if (!$record) {
            throw new moodle_exception('strategy_notfound', 'local_digitalstrategy');
        }
        return $this->load($record);
    }

    /**
     * Builds the strategy of a record with two more queries.
     *
     * @param stdClass $record
     * @return strategy
     */
    private function load(stdClass $record): strategy {
        $goals = array_map(
            fn($g) => goal::from_record($g),
            $this->db->get_records(goal::TABLE, ['strategyid' => $record->id], 'sortorder, id')
        );
        $fields = $this->db->get_records_sql('SELECT sf.id, sf.fieldid, sf.steps, f.idnumber, f.name, f.archived
                                                FROM {' . strategy::FIELD_TABLE . '} sf
                                                JOIN {' . strategy_field_repository::TABLE . '} f ON f.id = sf.fieldid
                                               WHERE sf.strategyid = ?
                                            ORDER BY sf.sortorder, f.sortorder, f.id', [$record->id]);
        return strategy::from_record($record, $goals, array_map(fn($f) => [
            'fieldid' => (int) $f->fieldid,
            'idnumber' => (string) $f->idnumber,
            'name' => (string) $f->name,
            'archived' => (bool) $f->archived,
            'steps' => (string) ($f->steps ?? ''),
        ], $fields));
    }

    /**
     * The organisation's strategy, started as an empty draft when there is none yet.
     *
     * @param int $orgid
     * @param int $userid who starts it
     * @return strategy
     */
    public function get_or_create(int $orgid, int $userid): strategy {
        $existing = $this->get_for_org($orgid);
        if ($existing) {
            return $existing;
        }
        $now = $this->clock->time();
        try {
            $this->db->insert_record(strategy::TABLE, (object) [
                'orgid' => $orgid, 'status' => strategy::DRAFT, 'vision' => '', 'guidingvalues' => '', 'version' => 1,
                'adoptedversion' => 0, 'timecreated' => $now, 'timemodified' => $now, 'usermodified' => $userid,
            ]);
        } catch (\dml_write_exception $e) {
            // A colleague started it at the same moment (the organisation's key is unique): use theirs.
            unset($e);
        }
        return $this->get_for_org($orgid);
    }

    /**
     * Runs a change of the strategy under its row lock, after checking the version the user saw;
     * raises the version, stamps the change and moves an adopted strategy under revision.
     *
     * @param strategy $strategy
     * @param int $seenversion the version the user's change is based on
     * @param int $userid
     * @param callable $change function(stdClass $record, int $now): void, may change $record's fields
     * @return strategy the strategy after the change
     * @throws strategy_conflict when the stored version is not the one seen
     */
    public function change(strategy $strategy, int $seenversion, int $userid, callable $change): strategy {
        $transaction = $this->db->start_delegated_transaction();
        // Takes the row lock first, so the version read next stays the stored one until commit.
        $this->db->execute('UPDATE {' . strategy::TABLE . '} SET version = version WHERE id = ?', [$strategy->id]);
        $record = $this->db->get_record(strategy::TABLE, ['id' => $strategy->id], '*', MUST_EXIST);
        if ((int) $record->version !== $seenversion) {
            $transaction->allow_commit();
            throw new strategy_conflict((int) $record->version);
        }
        $now = $this->clock->time();
        $record->status = $record->status === strategy::ADOPTED ? strategy::REVISION : $record->status;
        $change($record, $now);
        $record->version = (int) $record->version + 1;
        $record->timemodified = $now;
        $record->usermodified = $userid;
        $this->db->update_record(strategy::TABLE, $record);
        $transaction->allow_commit();
        return $this->get((int) $record->id);
    }

    /**
     * Stores vision, values and the chosen fields with their steps (inside change()).
     *
     * @param stdClass $record the strategy's record, changed in place
     * @param string $vision
     * @param string $guidingvalues
     * @param array<int, string> $fields steps by field id, in the chosen order
     * @param int $userid
     * @param int $now
     */
    public function write_draft(
        stdClass $record,
        string $vision,
        string $guidingvalues,
        array $fields,
        int $userid,
        int $now
    ): void {
        $record->vision = $vision;
        $record->guidingvalues = $guidingvalues;
        $existing = $this->db->get_records(
            strategy::FIELD_TABLE,
            ['strategyid' => $record->id],
            '',
            'fieldid, id, steps, sortorder'
        );
        $sortorder = 0;
        foreach ($fields as $fieldid => $steps) {
            $row = $existing[$fieldid] ?? null;
            unset($existing[$fieldid]);
            if ($row) {
                if ($row->steps !== $steps || (int) $row->sortorder !== $sortorder) {
                    $this->db->update_record(strategy::FIELD_TABLE, (object) [
                        'id' => $row->id, 'steps' => $steps, 'sortorder' => $sortorder, 'timemodified' => $now,
                        'usermodified' => $userid,
                    ]);
                }
            } else {
                $this->db->insert_record(strategy::FIELD_TABLE, (object) [
                    'strategyid' => $record->id, 'fieldid' => $fieldid, 'steps' => $steps, 'sortorder' => $sortorder,
                    'timecreated' => $now, 'timemodified' => $now, 'usermodified' => $userid,
                ]);
            }
            $sortorder++;
        }
        foreach ($existing as $row) {
            $this->db->delete_records(strategy::FIELD_TABLE, ['id' => $row->id]);
        }
    }

    /**
     * Stores a goal, new or changed (inside change()).
     *
     * @param int $strategyid
     * @param stdClass $data title, rationale, target, duedate, dimension, baseline, baselinerunid; id when changed
     * @param int $userid
     * @param int $now
     * @return int the goal's id
     */
    public function write_goal(int $strategyid, stdClass $data, int $userid, int $now): int {
        $record = (object) [
            'strategyid' => $strategyid, 'title' => $data->title, 'rationale' => $data->rationale, 'target' => $data->target,
            'duedate' => (int) $data->duedate, 'dimension' => (string) $data->dimension, 'timemodified' => $now,
            'usermodified' => $userid,
        ];
        if (!empty($data->id)) {
            $record->id = (int) $data->id;
            $this->db->update_record(goal::TABLE, $record);
            return $record->id;
        }
        $record->baseline = $data->baseline ?? null;
        $record->baselinerunid = $data->baselinerunid ?? null;
        $record->sortorder = $this->db->count_records(goal::TABLE, ['strategyid' => $strategyid]);
        $record->timecreated = $now;
        return (int) $this->db->insert_record(goal::TABLE, $record);
    }

    /**
     * Deletes a goal (inside change()).
     *
     * @param int $goalid
     */
    public function delete_goal(int $goalid): void {
        $this->db->delete_records(goal::TABLE, ['id' => $goalid]);
    }

    /**
     * Adopts the strategy as it is now (inside change()): stores the whole strategy as the next
     * numbered version and marks the record adopted.
     *
     * @param stdClass $record the strategy's record, changed in place
     * @param strategy $strategy the strategy as the user saw it
     * @param int $userid who adopts
     * @param int $now
     * @return int the new version's number
     */
    public function write_adoption(stdClass $record, strategy $strategy, int $userid, int $now): int {
        $versionno = (int) $this->db->get_field_sql(
            'SELECT COALESCE(MAX(versionno), 0) FROM {' . strategy::VERSION_TABLE . '} WHERE strategyid = ?',
            [$record->id]
        ) + 1;
        $this->db->insert_record(strategy::VERSION_TABLE, (object) [
            'strategyid' => $record->id, 'versionno' => $versionno,
            'document' => json_encode($strategy->to_document($versionno), JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR),
            'useradopted' => $userid, 'timeadopted' => $now,
        ]);
        $record->status = strategy::ADOPTED;
        $record->adoptedversion = $versionno;
        return $versionno;
    }

    /**
     * The adopted versions of a strategy, newest first, without their documents.
     *
     * @param int $strategyid
     * @return array[] versionno, useradopted, timeadopted
     */
    public function list_versions(int $strategyid): array {
        $records = $this->db->get_records(
            strategy::VERSION_TABLE,
            ['strategyid' => $strategyid],
            'versionno DESC',
            'id, versionno, useradopted, timeadopted'
        );
        return array_values(array_map(fn($v) => [
            'versionno' => (int) $v->versionno,
            'useradopted' => (int) $v->useradopted,
            'timeadopted' => (int) $v->timeadopted,
        ], $records));
    }

    /**
     * One adopted version.
     *
     * @param int $strategyid
     * @param int $versionno
     * @return array|null versionno, useradopted, timeadopted, document (array); null when there is none such
     */
    public function get_version(int $strategyid, int $versionno): ?array {
        $v = $this->db->get_record(strategy::VERSION_TABLE, ['strategyid' => $strategyid, 'versionno' => $versionno]);
        if (!$v) {
            return null;
        }
        return [
            'versionno' => (int) $v->versionno,
            'useradopted' => (int) $v->useradopted,
            'timeadopted' => (int) $v->timeadopted,
            'document' => json_decode($v->document, true, 32, JSON_THROW_ON_ERROR),
        ];
    }
}
