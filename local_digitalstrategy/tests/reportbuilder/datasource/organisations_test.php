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

use core_reportbuilder\local\filters\{boolean_select, number, select, text};
use core_reportbuilder_generator;
use core_reportbuilder_testcase;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once("{$CFG->dirroot}/reportbuilder/tests/helpers.php");

/**
 * The report source "Organisations": what a new report shows, every column, filters, and that
 * every column, aggregation and condition runs.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\reportbuilder\datasource\organisations
 * @covers     \local_digitalstrategy\reportbuilder\local\entities\organisation
 * @covers     \local_digitalstrategy\reportbuilder\local\entities\organisation_member
 * @covers     \local_digitalstrategy\reportbuilder\local\formatters\value_format
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\datasource\organisations::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\local\entities\organisation::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\local\entities\organisation_member::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\local\formatters\value_format::class)]
final class organisations_test extends core_reportbuilder_testcase {
    /**
     * The plugin's generator.
     *
     * @return \local_digitalstrategy_generator
     */
    private function generator(): \local_digitalstrategy_generator {
        return $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    /**
     * The report builder's generator.
     *
     * @return core_reportbuilder_generator
     */
    private function reports(): core_reportbuilder_generator {
        return $this->getDataGenerator()->get_plugin_generator('core_reportbuilder');
    }

    public function test_a_new_report_lists_the_active_organisations_by_name_with_their_members(): void {
        $this->resetAfterTest();
        $pilot = $this->generator()->create_organisation(['name' => 'Beratung & Co "Nord" – Kinder < 6 Jahre 🌻',
            'location' => 'Köln', 'fieldofwork' => 'counselling', 'pilot' => 1]);
        $this->generator()->add_member($pilot, (int) $this->getDataGenerator()->create_user()->id, 'leadership');
        $this->generator()->add_member($pilot, (int) $this->getDataGenerator()->create_user()->id);
        $this->generator()->create_organisation(['name' => 'Altenhilfe Süd', 'location' => 'Bonn', 'fieldofwork' => 'care']);
        $this->generator()->create_organisation(['name' => 'Archiviert', 'archived' => 1]);

        $report = $this->reports()->create_report(['name' => 'Orgs', 'source' => organisations::class, 'default' => 1]);
        $content = $this->get_custom_report_content($report->get('id'));

        // Members add a row each only when member columns are in the report: two rows for two organisations.
        $this->assertSame([
            ['Altenhilfe Süd', 'Bonn', 'Care services', 'No', '0'],
            ['Beratung &amp; Co "Nord" – Kinder &lt; 6 Jahre 🌻', 'Köln', 'Counselling', 'Yes', '2'],
        ], array_map(fn(array $row) => array_map('strval', array_values($row)), $content));
    }

    public function test_member_and_user_columns_give_a_row_per_member(): void {
        $this->resetAfterTest();
        $organisation = $this->generator()->create_organisation(['name' => 'Jugendhilfe West', 'idnumber' => 'JW-1',
            'region' => 'Rheinland', 'employees' => 120, 'fieldofwork' => 'youth']);
        $lead = $this->getDataGenerator()->create_user(['firstname' => 'Anna', 'lastname' => 'Älter']);
        $staff = $this->getDataGenerator()->create_user(['firstname' => 'Ben', 'lastname' => 'Jünger']);
        $this->generator()->add_member($organisation, (int) $lead->id, 'leadership');
        $this->generator()->add_member($organisation, (int) $staff->id, 'staff');

        $report = $this->reports()->create_report(['name' => 'Members', 'source' => organisations::class, 'default' => 0]);
        foreach (
            ['organisation:idnumber', 'organisation:region', 'organisation:employees', 'organisation:archived',
                'organisation_member:role', 'user:fullname'] as $column
        ) {
            $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => $column,
                'sortenabled' => $column === 'user:fullname']);
        }
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id')));

        $this->assertEquals([
            ['JW-1', 'Rheinland', 120, 'No', 'Leadership', 'Anna Älter'],
            ['JW-1', 'Rheinland', 120, 'No', 'Staff', 'Ben Jünger'],
        ], $content);
    }

    /**
     * Filters with a value that matches the organisation and one that does not.
     *
     * @return array[]
     */
    public static function filter_provider(): array {
        return [
            'name matches' => ['organisation:name', ['organisation:name_operator' => text::CONTAINS,
                'organisation:name_value' => 'Pflege'], true],
            'name does not match' => ['organisation:name', ['organisation:name_operator' => text::IS_EQUAL_TO,
                'organisation:name_value' => 'Pflege'], false],
            'field of work matches' => ['organisation:fieldofwork', ['organisation:fieldofwork_operator' => select::EQUAL_TO,
                'organisation:fieldofwork_value' => 'disability'], true],
            'field of work does not match' => ['organisation:fieldofwork', [
                'organisation:fieldofwork_operator' => select::EQUAL_TO, 'organisation:fieldofwork_value' => 'care'], false],
            'pilot matches' => ['organisation:pilot', ['organisation:pilot_operator' => boolean_select::CHECKED], true],
            'pilot does not match' => ['organisation:pilot', ['organisation:pilot_operator' => boolean_select::NOT_CHECKED],
                false],
            'employees at least 10' => ['organisation:employees', ['organisation:employees_operator' => number::GREATER_THAN,
                'organisation:employees_value1' => 10], true],
            'employees at least 100' => ['organisation:employees', ['organisation:employees_operator' => number::GREATER_THAN,
                'organisation:employees_value1' => 100], false],
            'member role matches' => ['organisation_member:role', ['organisation_member:role_operator' => select::EQUAL_TO,
                'organisation_member:role_value' => 'staff'], true],
            'member role does not match' => ['organisation_member:role', [
                'organisation_member:role_operator' => select::EQUAL_TO,
                'organisation_member:role_value' => 'leadership'], false],
        ];
    }

    /**
     * A filter keeps the organisation exactly when its value matches.
     *
     * @dataProvider filter_provider
     * @param string $filter
     * @param array $values
     * @param bool $matches
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('filter_provider')]
    public function test_filters(string $filter, array $values, bool $matches): void {
        $this->resetAfterTest();
        $organisation = $this->generator()->create_organisation(['name' => 'Pflegedienst Mitte', 'fieldofwork' => 'disability',
            'pilot' => 1, 'employees' => 42]);
        $this->generator()->add_member($organisation, (int) $this->getDataGenerator()->create_user()->id, 'staff');

        $report = $this->reports()->create_report(['name' => 'Filtered', 'source' => organisations::class, 'default' => 0]);
        $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => 'organisation:name']);
        $this->reports()->create_filter(['reportid' => $report->get('id'), 'uniqueidentifier' => $filter]);
        $content = $this->get_custom_report_content($report->get('id'), 0, $values);

        $this->assertSame($matches ? [['Pflegedienst Mitte']] : [], array_map('array_values', $content));
    }

    public function test_every_column_aggregation_and_condition_runs(): void {
        $this->resetAfterTest();
        $organisation = $this->generator()->create_organisation();
        $this->generator()->add_member($organisation, (int) $this->getDataGenerator()->create_user()->id);

        $this->datasource_stress_test_columns(organisations::class);
        $this->datasource_stress_test_columns_aggregation(organisations::class);
        $this->datasource_stress_test_conditions(organisations::class, 'organisation:name');
    }
}
