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
use core_reportbuilder\local\filters\boolean_select;
use core_reportbuilder\local\helpers\database;
use local_digitalstrategy\local\questionnaire\{instrument_repository, run};
use local_digitalstrategy\organisation as organisation_model;
use local_digitalstrategy\reportbuilder\local\entities\{check_dimension, check_run, organisation};

/**
 * Report source "Check results per area": one row per submitted digitalisation check and area,
 * with the organisation that answered it. Open (unsubmitted) runs are never included.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class check_results extends datasource {
    /**
     * Name of the report source.
     *
     * @return string
     */
    public static function get_name(): string {
        return get_string('reportbuilder_check_results', 'local_digitalstrategy');
    }

    /**
     * Sets up tables, joins and entities.
     */
    protected function initialise(): void {
        $checkrun = new check_run();
        $r = $checkrun->get_table_alias(run::TABLE);
        $i = $checkrun->get_table_alias(instrument_repository::TABLE);
        $this->set_main_table(run::TABLE, $r);
        $this->add_join("JOIN {" . instrument_repository::TABLE . "} {$i} ON {$i}.id = {$r}.instrumentid");
        [$kind, $status] = database::generate_param_names(2);
        $this->add_base_condition_sql(
            "{$i}.kind = :{$kind} AND {$r}.status = :{$status}",
            [$kind => 'check', $status => run::STATUS_SUBMITTED]
        );
        $this->add_entity($checkrun);

        $dimension = new check_dimension();
        $dimension->set_table_alias(run::TABLE, $r);
        $d = $dimension->get_table_alias(check_dimension::TABLE);
        $this->add_entity($dimension->add_join(
            "LEFT JOIN {" . check_dimension::TABLE . "} {$d} ON {$d}.runid = {$r}.id"
        ));

        $organisation = new organisation();
        $o = $organisation->get_table_alias(organisation_model::TABLE);
        $this->add_entity($organisation->add_join(
            "LEFT JOIN {" . organisation_model::TABLE . "} {$o} ON {$o}.id = {$r}.orgid"
        ));

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
            'check_run:timesubmitted',
            'check_dimension:dimension',
            'check_dimension:score',
        ];
    }

    /**
     * Filters of a new report.
     *
     * @return string[]
     */
    public function get_default_filters(): array {
        return ['organisation:name', 'organisation:fieldofwork', 'check_run:timesubmitted', 'check_dimension:score'];
    }

    /**
     * Conditions of a new report.
     *
     * @return string[]
     */
    public function get_default_conditions(): array {
        return ['check_run:latest', 'organisation:archived'];
    }

    /**
     * Condition values of a new report: the latest check of each active organisation.
     *
     * @return array
     */
    public function get_default_condition_values(): array {
        return [
            'check_run:latest_operator' => boolean_select::CHECKED,
            'organisation:archived_operator' => boolean_select::NOT_CHECKED,
        ];
    }

    /**
     * Sorting of a new report.
     *
     * @return int[]
     */
    public function get_default_column_sorting(): array {
        return ['organisation:name' => SORT_ASC, 'check_dimension:dimension' => SORT_ASC];
    }
}
