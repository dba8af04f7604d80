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

/**
 * The list of experiment fields the project team keeps: the shipped ones (their names are the
 * language strings "field_<idnumber>") and those the team added by name. Archived fields are no
 * longer offered; strategies that chose one keep it.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_field_repository {
    /** @var string Table of experiment fields. */
    public const TABLE = 'local_digitalstrategy_field';
    /** @var int Longest name as stored. */
    public const MAX_NAME = 255;

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
     * The display name (plain text) of a field: its name when it has one (added or renamed by the
     * project team), else the language string of the shipped field.
     *
     * @param string $idnumber
     * @param string $name
     * @return string
     */
    public static function display_name(string $idnumber, string $name): string {
        if ($name === '' && get_string_manager()->string_exists('field_' . $idnumber, 'local_digitalstrategy')) {
            return get_string('field_' . $idnumber, 'local_digitalstrategy');
        }
        return $name !== '' ? $name : $idnumber;
    }

    /**
     * The fields in their order.
     *
     * @param bool $includearchived
     * @return array[] id, idnumber, name, displayname, description, archived
     */
    public function list(bool $includearchived = false): array {
        $records = $this->db->get_records(self::TABLE, $includearchived ? null : ['archived' => 0], 'sortorder, id');
        return array_values(array_map(fn($f) => [
            'id' => (int) $f->id,
            'idnumber' => (string) $f->idnumber,
            'name' => (string) $f->name,
            'displayname' => self::display_name((string) $f->idnumber, (string) $f->name),
            'description' => (string) ($f->description ?? ''),
            'archived' => (bool) $f->archived,
        ], $records));
    }

    /**
     * One field.
     *
     * @param int $id
     * @return array see list()
     * @throws moodle_exception field_notfound
     */
    public function get(int $id): array {
        foreach ($this->list(true) as $field) {
            if ($field['id'] === $id) {
                return $field;
            }
        }
        throw new moodle_exception('field_notfound', 'local_digitalstrategy');
    }

    /**
     * Adds a field at the end of the list.
     *
     * @param string $name plain text
     * @param string $description
     * @param int $userid
     * @return int its id
     */
    public function add(string $name, string $description, int $userid): int {
        $now = $this->clock->time();
        $sortorder = (int) $this->db->get_field_sql('SELECT COALESCE(MAX(sortorder), -1) FROM {' . self::TABLE . '}') + 1;
        return (int) $this->db->insert_record(self::TABLE, (object) [
            'idnumber' => '', 'name' => $name, 'description' => $description, 'sortorder' => $sortorder, 'archived' => 0,
            'timecreated' => $now, 'timemodified' => $now, 'usermodified' => $userid,
        ]);
    }

    /**
     * Renames a field and changes its description. A shipped field given a name shows that name
     * from then on instead of its language string; an empty name brings the string back.
     *
     * @param int $id
     * @param string $name
     * @param string $description
     * @param int $userid
     */
    public function rename(int $id, string $name, string $description, int $userid): void {
        $field = $this->get($id);
        $this->db->update_record(self::TABLE, (object) [
            'id' => $field['id'], 'name' => $name, 'description' => $description,
            'timemodified' => $this->clock->time(), 'usermodified' => $userid,
        ]);
    }

    /**
     * Archives a field or offers it again.
     *
     * @param int $id
     * @param bool $archived
     * @param int $userid
     */
    public function set_archived(int $id, bool $archived, int $userid): void {
        $field = $this->get($id);
        $this->db->update_record(self::TABLE, (object) [
            'id' => $field['id'], 'archived' => (int) $archived, 'timemodified' => $this->clock->time(), 'usermodified' => $userid,
        ]);
    }
}
