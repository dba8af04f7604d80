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

namespace mod_devcircle\reportbuilder\datasource;

use core_reportbuilder\datasource;
use core_reportbuilder\local\entities\{course, user};
use core_reportbuilder\local\helpers\database;
use local_digitalstrategy\organisation as organisation_model;
use local_digitalstrategy\reportbuilder\local\entities\organisation;
use mod_devcircle\reportbuilder\local\entities\{attendance as attendance_entity, circle_session};
use mod_devcircle\webinar\{attendance_repository, session};

/**
 * Report source "Webinar attendance": one row per join of a development-circle session through
 * Moodle, with the session, its circle and course, the person and their organisation. Count
 * distinct people or organisations per session with the report builder's aggregation.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class attendance extends datasource {
    /**
     * Name of the report source.
     *
     * @return string
     */
    public static function get_name(): string {
        return get_string('reportbuilder_attendance', 'mod_devcircle');
    }

    /**
     * Sets up tables, joins and entities.
     */
    protected function initialise(): void {
        $attendance = new attendance_entity();
        $a = $attendance->get_table_alias(attendance_repository::TABLE);
        $this->set_main_table(attendance_repository::TABLE, $a);
        $this->add_entity($attendance);

        $session = new circle_session();
        $s = $session->get_table_alias(session::TABLE);
        $d = $session->get_table_alias('devcircle');
        $this->add_join("JOIN {" . session::TABLE . "} {$s} ON {$s}.id = {$a}.sessionid");
        $this->add_join("JOIN {devcircle} {$d} ON {$d}.id = {$s}.devcircle");
        $this->add_entity($session);

        $course = new course();
        $c = $course->get_table_alias('course');
        $this->add_entity($course->add_join("JOIN {course} {$c} ON {$c}.id = {$d}.course"));

        $user = new user();
        $u = $user->get_table_alias('user');
        $this->add_entity($user->add_join("JOIN {user} {$u} ON {$u}.id = {$a}.userid"));

        $organisation = new organisation();
        $o = $organisation->get_table_alias(organisation_model::TABLE);
        $m = database::generate_alias();
        $this->add_entity($organisation->add_join(
            "LEFT JOIN {" . organisation_model::MEMBER_TABLE . "} {$m} ON {$m}.userid = {$a}.userid
             LEFT JOIN {" . organisation_model::TABLE . "} {$o} ON {$o}.id = {$m}.orgid"
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
            'circle_session:circle',
            'circle_session:title',
            'circle_session:timestart',
            'organisation:name',
            'user:fullname',
            'attendance:timejoined',
        ];
    }

    /**
     * Filters of a new report.
     *
     * @return string[]
     */
    public function get_default_filters(): array {
        return ['circle_session:circle', 'circle_session:timestart', 'organisation:name', 'course:fullname'];
    }

    /**
     * Conditions of a new report.
     *
     * @return string[]
     */
    public function get_default_conditions(): array {
        return ['attendance:role'];
    }

    /**
     * Sorting of a new report.
     *
     * @return int[]
     */
    public function get_default_column_sorting(): array {
        return ['circle_session:timestart' => SORT_ASC, 'organisation:name' => SORT_ASC];
    }
}
