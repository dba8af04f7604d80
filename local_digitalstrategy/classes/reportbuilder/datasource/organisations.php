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

namespace local_digitalstrategy\reportbuilder\datasource;

use core_reportbuilder\datasource;
use core_reportbuilder\local\entities\user;
use core_reportbuilder\local\filters\boolean_select;
use local_digitalstrategy\reportbuilder\local\entities\{organisation, organisation_member};

/**
 * Report source "Organisations": one row per member organisation, or per member when member or
 * user columns are added.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class organisations extends datasource {
    /**
     * Name of the report source.
     *
     * @return string
     */
    public static function get_name(): string {
        return get_string('reportbuilder_organisations', 'local_digitalstrategy');
    }

    /**
     * Sets up tables, joins and entities.
     */
    protected function initialise(): void {
        $organisation = new organisation();
        $o = $organisation->get_table_alias(\local_digitalstrategy\organisation::TABLE);
        $this->set_main_table(\local_digitalstrategy\organisation::TABLE, $o);
        $this->add_entity($organisation);

        $member = new organisation_member();
        $m = $member->get_table_alias(\local_digitalstrategy\organisation::MEMBER_TABLE);
        $this->add_entity($member->add_join(
            "LEFT JOIN {" . \local_digitalstrategy\organisation::MEMBER_TABLE . "} {$m} ON {$m}.orgid = {$o}.id"
        ));

        $user = new user();
        $u = $user->get_table_alias('user');
        $this->add_entity($user
            ->add_joins($member->get_joins())
            ->add_join("LEFT JOIN {user} {$u} ON {$u}.id = {$m}.userid AND {$u}.deleted = 0"));

        $this->add_all_from_entities();
    }

    /**
     * Columns of a new report.
     *
     * @return string[]
     */
    public function get_default_columns(): array {
        return [
            'organisation:name',
            'organisation:location',
            'organisation:fieldofwork',
            'organisation:pilot',
            'organisation:members',
        ];
    }

    /**
     * Filters of a new report.
     *
     * @return string[]
     */
    public function get_default_filters(): array {
        return ['organisation:name', 'organisation:fieldofwork', 'organisation:pilot', 'organisation:region'];
    }

    /**
     * Conditions of a new report.
     *
     * @return string[]
     */
    public function get_default_conditions(): array {
        return ['organisation:archived'];
    }

    /**
     * Condition values of a new report: active organisations only.
     *
     * @return array
     */
    public function get_default_condition_values(): array {
        return ['organisation:archived_operator' => boolean_select::NOT_CHECKED];
    }

    /**
     * Sorting of a new report.
     *
     * @return int[]
     */
    public function get_default_column_sorting(): array {
        return ['organisation:name' => SORT_ASC];
    }
}
