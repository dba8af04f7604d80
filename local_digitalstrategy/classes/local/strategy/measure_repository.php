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
 * Reads and writes the measures of the Plan-Do-Check-Act board.
 *
 * Every change names the version of the measure the user saw; a change naming an older version is
 * not made (the colleague's newer state comes back instead), so nobody silently overwrites anyone.
 * The row is locked for the comparison (an UPDATE inside the transaction), so two changes at the
 * same moment cannot both pass it.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class measure_repository {
    /** @var string The measures joined with the organisation of their strategy. */
    private const SELECT = 'SELECT m.*, s.orgid
                              FROM {local_digitalstrategy_measure} m
                              JOIN {local_digitalstrategy_strategy} s ON s.id = m.strategyid';

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
     * Loads a measure.
     *
     * @param int $id
     * @return measure
     * @throws moodle_exception measure_notfound
     */
    public function get(int $id): measure {
        $record = $this->db->get_record_sql(self::SELECT . ' WHERE m.id = ?', [$id]);
        if (!$record) {
            throw new moodle_exception('measure_notfound', 'local_digitalstrategy');
        }
        return measure::from_record($record);
    }

    /**
     * The measures of an organisation's strategy in board order (phase, then position), one query.
     *
     * @param int $orgid
     * @return measure[]
     */
    public function for_organisation(int $orgid): array {
        $measures = [];
        $rows = $this->db->get_recordset_sql(self::SELECT . ' WHERE s.orgid = ? ORDER BY m.sortorder, m.id', [$orgid]);
        foreach ($rows as $row) {
            $measures[] = measure::from_record($row);
        }
        $rows->close();
        usort($measures, fn(measure $a, measure $b): int =>
            [array_search($a->phase, measure::PHASES, true), $a->sortorder, $a->id]
            <=> [array_search($b->phase, measure::PHASES, true), $b->sortorder, $b->id]);
        return $measures;
    }

    /**
     * The id of an organisation's strategy.
     *
     * @param int $orgid
     * @return int|null null when the organisation has none yet
     */
    public function strategy_id(int $orgid): ?int {
        $id = $this->db->get_field('local_digitalstrategy_strategy', 'id', ['orgid' => $orgid]);
        return $id === false ? null : (int) $id;
    }

    /**
     * The goals of a strategy, in their order.
     *
     * @param int $strategyid
     * @return array<int, string> title by goal id
     */
    public function goals(int $strategyid): array {
        return array_map('strval', $this->db->get_records_menu(
            'local_digitalstrategy_goal',
            ['strategyid' => $strategyid],
            'sortorder, id',
            'id, title'
        ));
    }

    /**
     * The first goal of the strategy related to a check dimension, for a measure made from the check.
     *
     * @param int $strategyid
     * @param string $dimension
     * @return int|null the goal's id, null when no goal relates to the dimension
     */
    public function goal_for_dimension(int $strategyid, string $dimension): ?int {
        $ids = $this->db->get_fieldset_select(
            'local_digitalstrategy_goal',
            'id',
            'strategyid = ? AND dimension = ?',
            [$strategyid, $dimension],
            'sortorder, id'
        );
        return $ids ? (int) reset($ids) : null;
    }

    /**
     * The experiment fields on offer (archived ones only when a measure still uses them).
     *
     * @param int|null $keep a field to list even when archived
     * @return array<int, string> name by field id (shipped fields by their language string)
     */
    public function fields(?int $keep = null): array {
        $names = [];
        $records = $this->db->get_records_select(
            'local_digitalstrategy_field',
            'archived = 0 OR id = ?',
            [(int) $keep],
            'sortorder, id',
            'id, idnumber, name'
        );
        foreach ($records as $field) {
            $names[(int) $field->id] = $field->idnumber !== ''
                ? get_string('field_' . $field->idnumber, 'local_digitalstrategy')
                : (string) $field->name;
        }
        return $names;
    }

    /**
     * A value that changes whenever a measure of the organisation is created, changed or moved or a
     * measure is rated: pollers ask for the board only when it differs. One query.
     *
     * @param int $orgid
     * @return string
     */
    public function revision(int $orgid): string {
        $row = $this->db->get_record_sql(
            'SELECT COUNT(m.id) AS measures, COALESCE(SUM(m.version), 0) AS versions,
                    COALESCE(MAX(m.timemodified), 0) AS modified,
                    (SELECT COALESCE(MAX(r.id), 0)
                       FROM {local_digitalstrategy_rating} r
                       JOIN {local_digitalstrategy_measure} rm ON rm.id = r.measureid
                      WHERE rm.strategyid = s.id) AS rating
               FROM {local_digitalstrategy_strategy} s
          LEFT JOIN {local_digitalstrategy_measure} m ON m.strategyid = s.id
              WHERE s.orgid = ?
           GROUP BY s.id',
            [$orgid]
        );
        return $row ? "{$row->measures}.{$row->versions}.{$row->modified}.{$row->rating}" : '0';
    }

    /**
     * Stores a new measure at the end of its phase.
     *
     * @param int $strategyid
     * @param stdClass $data the fields of board_service::normalise()
     * @param int $userid who creates it
     * @return int the id
     */
    public function create(int $strategyid, stdClass $data, int $userid): int {
        $now = $this->clock->time();
        $record = clone $data;
        $record->strategyid = $strategyid;
        $record->sortorder = (int) $this->db->get_field_sql(
            'SELECT COALESCE(MAX(sortorder) + 1, 0) FROM {local_digitalstrategy_measure} WHERE strategyid = ? AND phase = ?',
            [$strategyid, $data->phase]
        );
        $record->version = 1;
        $record->timecreated = $now;
        $record->timemodified = $now;
        $record->usermodified = $userid;
        return (int) $this->db->insert_record(measure::TABLE, $record);
    }

    /**
     * Changes a measure's fields unless a colleague changed it since the version given.
     *
     * @param int $id
     * @param int $version the version the user saw
     * @param stdClass $data the fields of board_service::normalise() (a phase change moves it to the end)
     * @param int $userid
     * @return array{0: bool, 1: measure} whether it was saved, and the measure as it now stands
     */
    public function update(int $id, int $version, stdClass $data, int $userid): array {
        $transaction = $this->db->start_delegated_transaction();
        $current = $this->locked($id);
        if ($current->version !== $version) {
            $transaction->allow_commit();
            return [false, $current];
        }
        $record = clone $data;
        $record->id = $id;
        if ($data->phase !== $current->phase) {
            $record->sortorder = (int) $this->db->get_field_sql(
                'SELECT COALESCE(MAX(sortorder) + 1, 0) FROM {local_digitalstrategy_measure} WHERE strategyid = ? AND phase = ?',
                [$current->strategyid, $data->phase]
            );
        }
        $record->version = $current->version + 1;
        $record->timemodified = $this->clock->time();
        $record->usermodified = $userid;
        $this->db->update_record(measure::TABLE, $record);
        $transaction->allow_commit();
        return [true, $this->get($id)];
    }

    /**
     * Moves a measure to a phase and a position in it unless a colleague changed it since the version
     * given; the other measures of both columns close up in their order.
     *
     * @param int $id
     * @param string $phase
     * @param int $position 0-based position in the phase column (clamped)
     * @param int $version the version the user saw
     * @param int $userid
     * @return array{0: bool, 1: measure} whether it moved, and the measure as it now stands
     */
    public function move(int $id, string $phase, int $position, int $version, int $userid): array {
        $transaction = $this->db->start_delegated_transaction();
        $current = $this->locked($id);
        if ($current->version !== $version) {
            $transaction->allow_commit();
            return [false, $current];
        }
        $column = $this->db->get_records_select_menu(
            measure::TABLE,
            'strategyid = ? AND phase = ? AND id <> ?',
            [$current->strategyid, $phase, $id],
            'sortorder, id',
            'id, sortorder'
        );
        $ids = array_keys($column);
        $position = max(0, min($position, count($ids)));
        array_splice($ids, $position, 0, [$id]);
        foreach ($ids as $index => $otherid) {
            if ($otherid !== $id && (int) $column[$otherid] !== $index) {
                $this->db->set_field(measure::TABLE, 'sortorder', $index, ['id' => $otherid]);
            }
        }
        if ($phase !== $current->phase) {
            $this->renumber($current->strategyid, $current->phase, $id);
        }
        $this->db->update_record(measure::TABLE, (object) [
            'id' => $id, 'phase' => $phase, 'sortorder' => $position, 'version' => $current->version + 1,
            'timemodified' => $this->clock->time(), 'usermodified' => $userid,
        ]);
        $transaction->allow_commit();
        return [true, $this->get($id)];
    }

    /**
     * Numbers a column 0, 1, 2, ... in its order, leaving one measure out.
     *
     * @param int $strategyid
     * @param string $phase
     * @param int $without
     */
    private function renumber(int $strategyid, string $phase, int $without): void {
        $column = $this->db->get_records_select_menu(
            measure::TABLE,
            'strategyid = ? AND phase = ? AND id <> ?',
            [$strategyid, $phase, $without],
            'sortorder, id',
            'id, sortorder'
        );
        $index = 0;
        foreach ($column as $otherid => $sortorder) {
            if ((int) $sortorder !== $index) {
                $this->db->set_field(measure::TABLE, 'sortorder', $index, ['id' => $otherid]);
            }
            $index++;
        }
    }

    /**
     * Locks a measure's row for the rest of the transaction and reads it.
     *
     * @param int $id
     * @return measure
     */
    private function locked(int $id): measure {
        $this->db->execute('UPDATE {local_digitalstrategy_measure} SET version = version WHERE id = ?', [$id]);
        return $this->get($id);
    }

    /**
     * The measures an owner is responsible for that fall due between two moments, are not done, and
     * whose owner has not been reminded of this due date yet.
     *
     * @param int $from
     * @param int $to
     * @return measure[]
     */
    public function due_between(int $from, int $to): array {
        $measures = [];
        $rows = $this->db->get_recordset_sql(
            self::SELECT . " WHERE m.ownerid > 0 AND m.duedate >= ? AND m.duedate < ? AND m.phase <> 'act'
                               AND m.duereminded <> m.duedate
                          ORDER BY m.duedate, m.id",
            [$from, $to]
        );
        foreach ($rows as $row) {
            $measures[] = measure::from_record($row);
        }
        $rows->close();
        return $measures;
    }

    /**
     * Notes that the measure's owner was reminded of its current due date.
     *
     * @param measure $measure
     */
    public function mark_due_reminded(measure $measure): void {
        $this->db->set_field('local_digitalstrategy_measure', 'duereminded', $measure->duedate, ['id' => $measure->id]);
    }
}
