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

namespace local_digitalstrategy\reportbuilder\local\entities;

use core_reportbuilder\local\report\column;
use core_reportbuilder\local\report\filter;
use lang_string;

/**
 * Columns and filters of a report-builder entity of the suite: named by the language string
 * STRING_PREFIX . name of STRING_COMPONENT (constants of the entity) and joined with the entity's joins.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
trait entity_parts {
    /**
     * A column of this entity with its joins.
     *
     * @param string $name
     * @param int $type column::TYPE_*
     * @return column
     */
    private function column(string $name, int $type): column {
        return (new column(
            $name,
            new lang_string(self::STRING_PREFIX . $name, self::STRING_COMPONENT),
            $this->get_entity_name()
        ))
            ->add_joins($this->get_joins())
            ->set_type($type)
            ->set_is_sortable(true);
    }

    /**
     * A filter of this entity with its joins.
     *
     * @param string $class filter class
     * @param string $name
     * @param string $sql field SQL
     * @return filter
     */
    private function filter(string $class, string $name, string $sql): filter {
        return (new filter(
            $class,
            $name,
            new lang_string(self::STRING_PREFIX . $name, self::STRING_COMPONENT),
            $this->get_entity_name(),
            $sql
        ))
            ->add_joins($this->get_joins());
    }
}
