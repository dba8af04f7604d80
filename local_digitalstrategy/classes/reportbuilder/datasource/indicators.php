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
use core_reportbuilder\local\helpers\database;
use lang_string;
use local_digitalstrategy\local\controlling\{indicator as indicator_model, indicator_repository, manual_value_repository,
    programme, timeline_service};
use local_digitalstrategy\reportbuilder\local\entities\{indicator, indicator_period};

/**
 * Report source "Indicators": one row per indicator of the controlling catalogue, or per indicator
 * and half-year of the programme when half-year columns are added — with the target, the actual
 * value and Ampel of the last refresh, and the latest manual entry (who entered it, when, with
 * which comment).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class indicators extends datasource {
    /**
     * Name of the report source.
     *
     * @return string
     */
    public static function get_name(): string {
        return get_string('reportbuilder_indicators', 'local_digitalstrategy');
    }

    /**
     * Sets up tables, joins and entities.
     */
    protected function initialise(): void {
        $indicator = new indicator();
        $i = $indicator->get_table_alias(indicator_model::TABLE);
        $this->set_main_table(indicator_model::TABLE, $i);
        $this->add_entity($indicator);

        $period = new indicator_period();
        $period->set_table_alias(indicator_model::TABLE, $i);
        $p = $period->get_table_alias(indicator_period::PERIODS);
        $t = $period->get_table_alias(indicator_repository::TARGETS);
        $a = $period->get_table_alias(timeline_service::ACTUALS);
        $v = $period->get_table_alias(manual_value_repository::TABLE);
        $newer = database::generate_alias();
        $values = manual_value_repository::TABLE;
        $this->add_entity($period
            ->add_join('CROSS JOIN ' . indicator_period::periods_sql(\core\di::get(programme::class)) . " {$p}")
            ->add_join("LEFT JOIN {" . indicator_repository::TARGETS . "} {$t}
                               ON {$t}.indicatorid = {$i}.id AND {$t}.period = {$p}.periodindex")
            ->add_join("LEFT JOIN {" . timeline_service::ACTUALS . "} {$a}
                               ON {$a}.indicatorid = {$i}.id AND {$a}.period = {$p}.periodindex")
            ->add_join("LEFT JOIN {{$values}} {$v}
                               ON {$v}.indicatorid = {$i}.id AND {$v}.period = {$p}.periodindex
                                  AND NOT EXISTS (SELECT 1
                                                    FROM {{$values}} {$newer}
                                                   WHERE {$newer}.indicatorid = {$v}.indicatorid
                                                         AND {$newer}.period = {$v}.period
                                                         AND ({$newer}.timecreated > {$v}.timecreated
                                                              OR ({$newer}.timecreated = {$v}.timecreated
                                                                  AND {$newer}.id > {$v}.id)))"));

        // Who entered the latest manual value.
        $user = (new user())
            ->set_entity_name('manualvalueuser')
            ->set_entity_title(new lang_string('entity_indicator_manualvalueuser', 'local_digitalstrategy'));
        $u = $user->get_table_alias('user');
        $this->add_entity($user
            ->add_joins($period->get_joins())
            ->add_join("LEFT JOIN {user} {$u} ON {$u}.id = {$v}.userid"));

        $this->add_all_from_entities();
    }

    /**
     * Columns of a new report: the timeline of targets, actual values and Ampel.
     *
     * @return string[]
     */
    public function get_default_columns(): array {
        return [
            'indicator:name',
            'indicator_period:period',
            'indicator_period:target',
            'indicator_period:actual',
            'indicator_period:ampel',
        ];
    }

    /**
     * Filters of a new report.
     *
     * @return string[]
     */
    public function get_default_filters(): array {
        return ['indicator_period:period', 'indicator_period:ampel', 'indicator:source'];
    }

    /**
     * Conditions of a new report.
     *
     * @return string[]
     */
    public function get_default_conditions(): array {
        return ['indicator:unit'];
    }

    /**
     * Sorting of a new report: the catalogue's order, then the half-years.
     *
     * @return int[]
     */
    public function get_default_column_sorting(): array {
        return ['indicator:name' => SORT_ASC, 'indicator_period:period' => SORT_ASC];
    }
}
