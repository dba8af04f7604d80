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
use core_reportbuilder\local\filters\{date, select};
use core_reportbuilder\local\helpers\format;
use core_reportbuilder\local\report\{column, filter};
use lang_string;
use local_digitalstrategy\organisation as organisation_model;
use local_digitalstrategy\reportbuilder\local\formatters\value_format;

/**
 * Report-builder entity of a membership: the role a user has in an organisation, and since when.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class organisation_member extends base {
    /**
     * Database tables that this entity uses.
     *
     * @return string[]
     */
    protected function get_default_tables(): array {
        return [organisation_model::MEMBER_TABLE];
    }

    /**
     * The default title for this entity.
     *
     * @return lang_string
     */
    protected function get_default_entity_title(): lang_string {
        return new lang_string('entity_organisation_member', 'local_digitalstrategy');
    }

    /**
     * Adds the columns, and the filters also as conditions.
     *
     * @return base
     */
    public function initialise(): base {
        $m = $this->get_table_alias(organisation_model::MEMBER_TABLE);
        $this->add_column((new column(
            'role',
            new lang_string('reportbuilder_member_role', 'local_digitalstrategy'),
            $this->get_entity_name()
        ))
            ->add_joins($this->get_joins())
            ->set_type(column::TYPE_TEXT)
            ->add_field("{$m}.role")
            ->set_is_sortable(true)
            ->set_callback([value_format::class, 'key'], ['role_', 'local_digitalstrategy']));
        $this->add_column((new column(
            'timecreated',
            new lang_string('reportbuilder_member_timecreated', 'local_digitalstrategy'),
            $this->get_entity_name()
        ))
            ->add_joins($this->get_joins())
            ->set_type(column::TYPE_TIMESTAMP)
            ->add_field("{$m}.timecreated")
            ->set_is_sortable(true)
            ->set_callback([format::class, 'userdate']));

        $role = (new filter(
            select::class,
            'role',
            new lang_string('reportbuilder_member_role', 'local_digitalstrategy'),
            $this->get_entity_name(),
            "{$m}.role"
        ))
            ->add_joins($this->get_joins())
            ->set_options_callback(static function (): array {
                $options = [];
                foreach (organisation_model::ROLES as $key) {
                    $options[$key] = get_string('role_' . $key, 'local_digitalstrategy');
                }
                return $options;
            });
        $since = (new filter(date::class, 'timecreated', new lang_string(
            'reportbuilder_member_timecreated',
            'local_digitalstrategy'
        ), $this->get_entity_name(), "{$m}.timecreated"))
            ->add_joins($this->get_joins());
        foreach ([$role, $since] as $filter) {
            $this->add_filter($filter)->add_condition($filter);
        }
        return $this;
    }
}
