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

use core_reportbuilder\local\filters\{select, text};
use core_reportbuilder_generator;
use core_reportbuilder_testcase;
use mod_devcircle\webinar\attendance_repository;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once("{$CFG->dirroot}/reportbuilder/tests/helpers.php");

/**
 * The report source "Webinar attendance": a row per join with session, circle, course, person and
 * organisation; aggregation counts people and organisations per session.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\reportbuilder\datasource\attendance
 * @covers     \mod_devcircle\reportbuilder\local\entities\attendance
 * @covers     \mod_devcircle\reportbuilder\local\entities\circle_session
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\mod_devcircle\reportbuilder\datasource\attendance::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\mod_devcircle\reportbuilder\local\entities\attendance::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\mod_devcircle\reportbuilder\local\entities\circle_session::class)]
final class attendance_test extends core_reportbuilder_testcase {
    /**
     * The report builder's generator.
     *
     * @return core_reportbuilder_generator
     */
    private function reports(): core_reportbuilder_generator {
        return $this->getDataGenerator()->get_plugin_generator('core_reportbuilder');
    }

    /**
     * A circle with one held session: Anna (moderator, no organisation) and Ben and Clara of the
     * same organisation joined; Ben joined twice.
     *
     * @return \mod_devcircle\webinar\session
     */
    private function held_session(): \mod_devcircle\webinar\session {
        /** @var \local_digitalstrategy_generator $orgs */
        $orgs = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        /** @var \mod_devcircle_generator $circles */
        $circles = $this->getDataGenerator()->get_plugin_generator('mod_devcircle');
        $course = $this->getDataGenerator()->create_course(['fullname' => 'Entwicklungszirkel 2026']);
        $circle = $circles->create_instance(['course' => $course->id, 'name' => 'Zirkel "Pflege" & Teilhabe']);
        $session = $circles->create_session(['devcircle' => $circle->id, 'title' => 'Kick-off < 1 Stunde',
            'timestart' => 1780000000, 'duration' => 5400]);
        $organisation = $orgs->create_organisation(['name' => 'Pflege & Betreuung Süd']);
        $anna = $this->getDataGenerator()->create_user(['firstname' => 'Anna', 'lastname' => 'Moderatorin']);
        $ben = $this->getDataGenerator()->create_user(['firstname' => 'Ben', 'lastname' => 'Teilnehmer']);
        $clara = $this->getDataGenerator()->create_user(['firstname' => 'Clara', 'lastname' => 'Teilnehmerin']);
        $orgs->add_member($organisation, (int) $ben->id);
        $orgs->add_member($organisation, (int) $clara->id);
        $attendance = \core\di::get(attendance_repository::class);
        $attendance->record_join($session, (int) $anna->id, attendance_repository::ROLE_MODERATOR, 1780000000);
        $attendance->record_join($session, (int) $ben->id, attendance_repository::ROLE_VIEWER, 1780000060);
        $attendance->record_join($session, (int) $ben->id, attendance_repository::ROLE_VIEWER, 1780000600);
        $attendance->record_join($session, (int) $clara->id, attendance_repository::ROLE_VIEWER, 1780000120);
        $attendance->close_session($session->get_id(), 1780003600);
        return $session;
    }

    public function test_a_new_report_lists_every_join_with_session_organisation_and_person(): void {
        $this->resetAfterTest();
        $this->held_session();

        $report = $this->reports()->create_report(['name' => 'Attendance', 'source' => attendance::class, 'default' => 1]);
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id')));

        $this->assertCount(4, $content);
        $circle = 'Zirkel "Pflege" &amp; Teilhabe';
        $title = 'Kick-off &lt; 1 Stunde';
        $this->assertContains([$circle, $title, userdate(1780000000), '', 'Anna Moderatorin', userdate(1780000000)], $content);
        $this->assertContains([$circle, $title, userdate(1780000000), 'Pflege &amp; Betreuung Süd', 'Clara Teilnehmerin',
            userdate(1780000120)], $content);
    }

    public function test_aggregation_counts_people_and_organisations_per_session(): void {
        $this->resetAfterTest();
        $this->held_session();

        $report = $this->reports()->create_report(['name' => 'Per session', 'source' => attendance::class, 'default' => 0]);
        $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => 'circle_session:title']);
        $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => 'course:fullname']);
        $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => 'user:fullname',
            'aggregation' => 'countdistinct']);
        $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => 'organisation:name',
            'aggregation' => 'countdistinct']);
        $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => 'circle_session:duration']);
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id')));

        $this->assertEquals([['Kick-off &lt; 1 Stunde', 'Entwicklungszirkel 2026', 3, 1, 90]], $content);
    }

    public function test_join_columns_show_role_times_and_minutes(): void {
        $this->resetAfterTest();
        $this->held_session();

        $report = $this->reports()->create_report(['name' => 'Joins', 'source' => attendance::class, 'default' => 0]);
        foreach (['user:fullname', 'attendance:role', 'attendance:timeleft', 'attendance:minutes'] as $column) {
            $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => $column]);
        }
        $this->reports()->create_filter(['reportid' => $report->get('id'), 'uniqueidentifier' => 'user:firstname']);
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id'), 0, [
            'user:firstname_operator' => text::IS_EQUAL_TO, 'user:firstname_value' => 'Anna',
        ]));

        $this->assertEquals([['Anna Moderatorin', 'Moderator', userdate(1780003600), 60]], $content);
    }

    /**
     * Filters with a value that matches the moderator's join and one that does not.
     *
     * @return array[]
     */
    public static function filter_provider(): array {
        return [
            'role moderator' => ['attendance:role', ['attendance:role_operator' => select::EQUAL_TO,
                'attendance:role_value' => 'moderator'], 1],
            'role viewer' => ['attendance:role', ['attendance:role_operator' => select::EQUAL_TO,
                'attendance:role_value' => 'viewer'], 3],
            'circle name' => ['circle_session:circle', ['circle_session:circle_operator' => text::CONTAINS,
                'circle_session:circle_value' => 'Pflege'], 4],
            'circle name does not match' => ['circle_session:circle', ['circle_session:circle_operator' => text::CONTAINS,
                'circle_session:circle_value' => 'Schule'], 0],
            'organisation' => ['organisation:name', ['organisation:name_operator' => text::STARTS_WITH,
                'organisation:name_value' => 'Pflege'], 3],
        ];
    }

    /**
     * A filter keeps exactly the matching joins.
     *
     * @dataProvider filter_provider
     * @param string $filter
     * @param array $values
     * @param int $rows
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('filter_provider')]
    public function test_filters(string $filter, array $values, int $rows): void {
        $this->resetAfterTest();
        $this->held_session();

        $report = $this->reports()->create_report(['name' => 'Filtered', 'source' => attendance::class, 'default' => 0]);
        $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => 'attendance:timejoined']);
        $this->reports()->create_filter(['reportid' => $report->get('id'), 'uniqueidentifier' => $filter]);

        $this->assertCount($rows, $this->get_custom_report_content($report->get('id'), 0, $values));
    }

    public function test_every_column_aggregation_and_condition_runs(): void {
        $this->resetAfterTest();
        $this->held_session();

        $this->datasource_stress_test_columns(attendance::class);
        $this->datasource_stress_test_columns_aggregation(attendance::class);
        $this->datasource_stress_test_conditions(attendance::class, 'attendance:timejoined');
    }
}
