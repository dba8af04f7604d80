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

namespace local_digitalstrategy\local\controlling;

use stdClass;

/**
 * Loads and stores indicators and their targets.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class indicator_repository {
    /** @var string table of the targets */
    public const TARGETS = 'local_digitalstrategy_indtarget';

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
     * All indicators in catalogue order.
     *
     * @return indicator[] id => indicator
     */
    public function all(): array {
        $result = [];
        foreach ($this->db->get_records(indicator::TABLE, null, 'sortorder, id') as $record) {
            $result[(int) $record->id] = indicator::from_record($record);
        }
        return $result;
    }

    /**
     * The indicator with this id.
     *
     * @param int $id
     * @return indicator
     * @throws \dml_missing_record_exception when there is none
     */
    public function get(int $id): indicator {
        return indicator::from_record($this->db->get_record(indicator::TABLE, ['id' => $id], '*', MUST_EXIST));
    }

    /**
     * The indicator with this idnumber, or null.
     *
     * @param string $idnumber
     * @return indicator|null
     */
    public function get_by_idnumber(string $idnumber): ?indicator {
        $record = $this->db->get_record(indicator::TABLE, ['idnumber' => $idnumber]);
        return $record ? indicator::from_record($record) : null;
    }

    /**
     * Stores a new indicator; the caller has validated the data.
     *
     * @param stdClass $data idnumber, unit, direction, source and any other column; config may be an array
     * @param int $userid who adds it
     * @return indicator
     */
    public function insert(stdClass $data, int $userid = 0): indicator {
        $now = $this->clock->time();
        $record = (object) ((array) $data + [
            'name' => '',
            'unit' => 'count',
            'direction' => 'atleast',
            'source' => 'manual',
            'config' => null,
            'tolerance' => 0,
            'sortorder' => 1 + (int) $this->db->get_field_sql('SELECT COALESCE(MAX(sortorder), 0) FROM {' . indicator::TABLE . '}'),
            'shipped' => 0,
        ]);
        if (is_array($record->config)) {
            $record->config = json_encode($record->config ?: new stdClass());
        }
        $record->timecreated = $now;
        $record->timemodified = $now;
        $record->usermodified = $userid;
        unset($record->id);
        $record->id = $this->db->insert_record(indicator::TABLE, $record);
        return $this->get((int) $record->id);
    }

    /**
     * Changes an indicator.
     *
     * @param stdClass $data id and the columns to change; config may be an array
     * @param int $userid who changes it
     */
    public function update(stdClass $data, int $userid = 0): void {
        $record = clone $data;
        if (isset($record->config) && is_array($record->config)) {
            $record->config = json_encode($record->config ?: new stdClass());
        }
        $record->timemodified = $this->clock->time();
        $record->usermodified = $userid;
        $this->db->update_record(indicator::TABLE, $record);
    }

    /**
     * Every target of every indicator, in one query.
     *
     * @return array<int, array<int, target>> indicator id => period index => target
     */
    public function targets(): array {
        $result = [];
        foreach ($this->db->get_records(self::TARGETS, null, 'indicatorid, period') as $record) {
            $result[(int) $record->indicatorid][(int) $record->period] = new target(
                (int) $record->period,
                (float) $record->target,
                $record->targethigh === null ? null : (float) $record->targethigh,
            );
        }
        return $result;
    }

    /**
     * Sets, changes or (with a null target) removes the target of an indicator in one half-year.
     *
     * @param int $indicatorid
     * @param int $period
     * @param float|null $target
     * @param float|null $targethigh high end for range
     */
    public function set_target(int $indicatorid, int $period, ?float $target, ?float $targethigh = null): void {
        $conditions = ['indicatorid' => $indicatorid, 'period' => $period];
        $existing = $this->db->get_record(self::TARGETS, $conditions);
        if ($target === null) {
            if ($existing) {
                $this->db->delete_records(self::TARGETS, ['id' => $existing->id]);
            }
            return;
        }
        $record = (object) ($conditions + ['target' => $target, 'targethigh' => $targethigh]);
        if ($existing) {
            $record->id = $existing->id;
            $this->db->update_record(self::TARGETS, $record);
        } else {
            $this->db->insert_record(self::TARGETS, $record);
        }
    }
}
