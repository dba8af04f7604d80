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

use core_reportbuilder\local\entities\base;
use core_reportbuilder\local\filters\{boolean_select, date, number, select, text};
use core_reportbuilder\local\helpers\format;
use core_reportbuilder\local\report\{column, filter};
use lang_string;
use local_digitalstrategy\organisation as organisation_model;
use local_digitalstrategy\reportbuilder\local\formatters\value_format;

/**
 * Report-builder entity of a member organisation: its register data, whether it is a pilot or
 * archived, and how many members it has.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class organisation extends base {
    /**
     * Database tables that this entity uses.
     *
     * @return string[]
     */
    protected function get_default_tables(): array {
        return [organisation_model::TABLE];
    }

    /**
     * The default title for this entity.
     *
     * @return lang_string
     */
    protected function get_default_entity_title(): lang_string {
        return new lang_string('entity_organisation', 'local_digitalstrategy');
    }

    /**
     * Adds the columns, and the filters also as conditions.
     *
     * @return base
     */
    public function initialise(): base {
        foreach ($this->get_all_columns() as $column) {
            $this->add_column($column);
        }
        foreach ($this->get_all_filters() as $filter) {
            $this->add_filter($filter)->add_condition($filter);
        }
        return $this;
    }

    /**
     * A column of this entity with its joins.
     *
     * @param string $name
     * @param string $title language string key
     * @param int $type column::TYPE_*
     * @return column
     */
    private function column(string $name, string $title, int $type): column {
        return (new column($name, new lang_string($title, 'local_digitalstrategy'), $this->get_entity_name()))
            ->add_joins($this->get_joins())
            ->set_type($type)
            ->set_is_sortable(true);
    }

    /**
     * All columns.
     *
     * @return column[]
     */
    protected function get_all_columns(): array {
        $o = $this->get_table_alias(organisation_model::TABLE);
        $member = organisation_model::MEMBER_TABLE;
        $columns = [];
        $columns[] = $this->column('name', 'reportbuilder_org_name', column::TYPE_TEXT)
            ->add_field("{$o}.name")
            ->set_callback([value_format::class, 'text']);
        $columns[] = $this->column('idnumber', 'reportbuilder_org_idnumber', column::TYPE_TEXT)
            ->add_field("{$o}.idnumber")
            ->set_callback([value_format::class, 'text']);
        $columns[] = $this->column('location', 'reportbuilder_org_location', column::TYPE_TEXT)
            ->add_field("{$o}.location")
            ->set_callback([value_format::class, 'text']);
        $columns[] = $this->column('region', 'reportbuilder_org_region', column::TYPE_TEXT)
            ->add_field("{$o}.region")
            ->set_callback([value_format::class, 'text']);
        $columns[] = $this->column('fieldofwork', 'reportbuilder_org_fieldofwork', column::TYPE_TEXT)
            ->add_field("{$o}.fieldofwork")
            ->set_callback([value_format::class, 'key'], ['fieldofwork_', 'local_digitalstrategy']);
        $columns[] = $this->column('employees', 'reportbuilder_org_employees', column::TYPE_INTEGER)
            ->add_field("{$o}.employees");
        $columns[] = $this->column('pilot', 'reportbuilder_org_pilot', column::TYPE_BOOLEAN)
            ->add_field("{$o}.pilot")
            ->set_callback([format::class, 'boolean_as_text']);
        $columns[] = $this->column('archived', 'reportbuilder_org_archived', column::TYPE_BOOLEAN)
            ->add_field("{$o}.archived")
            ->set_callback([format::class, 'boolean_as_text']);
        $columns[] = $this->column('members', 'reportbuilder_org_members', column::TYPE_INTEGER)
            ->add_field("(SELECT COUNT(1) FROM {{$member}} orgmembers WHERE orgmembers.orgid = {$o}.id)", 'members');
        $columns[] = $this->column('timecreated', 'reportbuilder_org_timecreated', column::TYPE_TIMESTAMP)
            ->add_field("{$o}.timecreated")
            ->set_callback([format::class, 'userdate']);
        return $columns;
    }

    /**
     * All filters.
     *
     * @return filter[]
     */
    protected function get_all_filters(): array {
        $o = $this->get_table_alias(organisation_model::TABLE);
        $filters = [];
        foreach (['name', 'idnumber', 'location', 'region'] as $field) {
            $filters[] = $this->filter(text::class, $field, 'reportbuilder_org_' . $field, "{$o}.{$field}");
        }
        $filters[] = $this->filter(select::class, 'fieldofwork', 'reportbuilder_org_fieldofwork', "{$o}.fieldofwork")
            ->set_options_callback(static function (): array {
                $options = [];
                foreach (organisation_model::FIELDS_OF_WORK as $key) {
                    $options[$key] = get_string('fieldofwork_' . $key, 'local_digitalstrategy');
                }
                return $options;
            });
        $filters[] = $this->filter(number::class, 'employees', 'reportbuilder_org_employees', "{$o}.employees");
        $filters[] = $this->filter(boolean_select::class, 'pilot', 'reportbuilder_org_pilot', "{$o}.pilot");
        $filters[] = $this->filter(boolean_select::class, 'archived', 'reportbuilder_org_archived', "{$o}.archived");
        $filters[] = $this->filter(date::class, 'timecreated', 'reportbuilder_org_timecreated', "{$o}.timecreated");
        return $filters;
    }

    /**
     * A filter of this entity with its joins.
     *
     * @param string $class filter class
     * @param string $name
     * @param string $title language string key
     * @param string $sql field SQL
     * @return filter
     */
    private function filter(string $class, string $name, string $title, string $sql): filter {
        return (new filter($class, $name, new lang_string($title, 'local_digitalstrategy'), $this->get_entity_name(), $sql))
            ->add_joins($this->get_joins());
    }
}
