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

use core_reportbuilder\local\filters\{select, text};
use core_reportbuilder_generator;
use core_reportbuilder_testcase;
use local_digitalstrategy\local\controlling\{manual_value_repository, programme, timeline_service};

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once("{$CFG->dirroot}/reportbuilder/tests/helpers.php");

/**
 * The report source "Indicators": the timeline of target, actual value and Ampel per indicator and
 * half-year as the refresh stored it, the latest manual entry with who entered it, and a clear
 * note for an indicator whose source is gone.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\reportbuilder\datasource\indicators
 * @covers     \local_digitalstrategy\reportbuilder\local\entities\indicator
 * @covers     \local_digitalstrategy\reportbuilder\local\entities\indicator_period
 * @covers     \local_digitalstrategy\reportbuilder\local\formatters\value_format
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\datasource\indicators::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\local\entities\indicator::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\local\entities\indicator_period::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\local\formatters\value_format::class)]
final class indicators_test extends core_reportbuilder_testcase {
    /** @var string An indicator name as the project team might write it. */
    private const NAME = 'Beratungen & "Termine" < 5 Minuten 🌻';

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

    /**
     * A programme of three half-years from 2018 with a catalogue of one manual indicator (target
     * 10 in the first two half-years, tolerance 2) that has two entries in the first half-year
     * (4, then 9), refreshed after the programme's end.
     *
     * @return array{0: programme, 1: \local_digitalstrategy\local\controlling\indicator, 2: \stdClass}
     */
    private function catalogue(): array {
        global $DB;
        $DB->delete_records('local_digitalstrategy_indtarget');
        $DB->delete_records('local_digitalstrategy_indicator');
        $programme = $this->generator()->set_programme(2018, 1, 3);
        $indicator = $this->generator()->create_indicator(['name' => self::NAME, 'tolerance' => 2], [1 => 10, 2 => 10]);
        $lead = $this->getDataGenerator()->create_user(['firstname' => 'Petra', 'lastname' => 'Projektleitung']);
        $values = \core\di::get(manual_value_repository::class);
        $first = $values->add($indicator->id, 1, 4, 'erste Zählung', (int) $lead->id);
        $latest = $values->add($indicator->id, 1, 9, "Nachgezählt & \"geprüft\" < 1 Woche", (int) $lead->id);
        // Both entries carry the same time; the later entry counts.
        $DB->set_field('local_digitalstrategy_indvalue', 'timecreated', 1530000000, []);
        $this->assertGreaterThan($first, $latest);
        \core\di::get(timeline_service::class)->refresh($programme->end() + 1);
        return [$programme, $indicator, $lead];
    }

    public function test_a_new_report_shows_target_actual_and_ampel_per_indicator_and_half_year(): void {
        $this->resetAfterTest();
        $this->catalogue();

        $report = $this->reports()->create_report(['name' => 'Timeline', 'source' => indicators::class, 'default' => 1]);
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id')));

        $name = 'Beratungen &amp; "Termine" &lt; 5 Minuten 🌻';
        $this->assertSame([
            [$name, 'Half-year 1 of 2018', 'at least 10', '9', 'Amber'],
            [$name, 'Half-year 2 of 2018', 'at least 10', '', 'No Ampel'],
            [$name, 'Half-year 1 of 2019', '', '', 'No Ampel'],
        ], $content);
    }

    public function test_the_latest_manual_entry_shows_with_its_comment_and_who_entered_it(): void {
        $this->resetAfterTest();
        $this->catalogue();

        $report = $this->reports()->create_report(['name' => 'Manual', 'source' => indicators::class, 'default' => 0]);
        foreach (
            ['indicator_period:periodindex', 'indicator_period:manualvalue', 'indicator_period:manualcomment',
                'indicator_period:manualtime', 'manualvalueuser:fullname', 'indicator_period:timecomputed'] as $column
        ) {
            $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => $column]);
        }
        $this->reports()->create_filter(['reportid' => $report->get('id'), 'uniqueidentifier' => 'indicator_period:period']);
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id'), 0, [
            'indicator_period:period_operator' => select::EQUAL_TO, 'indicator_period:period_value' => 1,
        ]));

        $this->assertCount(1, $content);
        [$index, $value, $comment, $time, $by, $computed] = $content[0];
        $this->assertEquals(1, $index);
        $this->assertSame('9', $value);
        $this->assertSame('Nachgezählt &amp; &quot;geprüft&quot; &lt; 1 Woche', $comment);
        $this->assertSame(userdate(1530000000), $time);
        $this->assertSame('Petra Projektleitung', $by);
        $this->assertNotSame('', $computed);
    }

    public function test_catalogue_columns_alone_give_one_row_per_indicator(): void {
        $this->resetAfterTest();
        $this->catalogue();
        $this->generator()->create_indicator(['idnumber' => 'feedback_band', 'name' => 'Feedback', 'unit' => 'mean',
            'direction' => 'range', 'tolerance' => 0.5], [2 => [1.0, 1.5]]);
        $this->generator()->create_indicator(['idnumber' => 'gone', 'name' => 'Alt', 'direction' => 'atmost',
            'source' => 'removed_in_an_upgrade'], [1 => 3]);

        $report = $this->reports()->create_report(['name' => 'Catalogue', 'source' => indicators::class, 'default' => 0]);
        foreach (
            ['indicator:idnumber', 'indicator:unit', 'indicator:direction', 'indicator:tolerance',
                'indicator:source'] as $column
        ) {
            $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => $column,
                'sortenabled' => $column === 'indicator:idnumber']);
        }
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id')));

        $this->assertCount(3, $content);
        $this->assertSame(['feedback_band', 'Mean', 'Range', '0.5'], array_slice($content[0], 0, 4));
        $this->assertSame(
            ['gone', 'Count', 'At most', '0', 'removed_in_an_upgrade (source missing: removed by an upgrade?)'],
            $content[1]
        );
        $this->assertStringNotContainsString('source missing', $content[2][4]);
    }

    public function test_targets_read_as_the_direction_says(): void {
        $this->resetAfterTest();
        [, $indicator] = $this->catalogue();
        $this->generator()->create_indicator(
            ['idnumber' => 'band', 'name' => 'Band', 'direction' => 'range'],
            [2 => [1.0, 1.5]]
        );
        $this->generator()->create_indicator(['idnumber' => 'most', 'name' => 'Most', 'direction' => 'atmost'], [2 => 3]);

        $report = $this->reports()->create_report(['name' => 'Targets', 'source' => indicators::class, 'default' => 0]);
        foreach (
            ['indicator:idnumber', 'indicator_period:target', 'indicator_period:targetlow',
                'indicator_period:targethigh'] as $column
        ) {
            $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => $column,
                'sortenabled' => $column === 'indicator:idnumber']);
        }
        $this->reports()->create_filter(['reportid' => $report->get('id'), 'uniqueidentifier' => 'indicator_period:period']);
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id'), 0, [
            'indicator_period:period_operator' => select::EQUAL_TO, 'indicator_period:period_value' => 2,
        ]));

        $this->assertSame([
            ['band', '1 to 1.5', '1', '1.5'],
            ['most', 'at most 3', '3', ''],
            [$indicator->idnumber, 'at least 10', '10', ''],
        ], $content);
    }

    public function test_filters_on_ampel_and_comment(): void {
        $this->resetAfterTest();
        $this->catalogue();

        $report = $this->reports()->create_report(['name' => 'Filtered', 'source' => indicators::class, 'default' => 0]);
        $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => 'indicator_period:period']);
        $this->reports()->create_filter(['reportid' => $report->get('id'), 'uniqueidentifier' => 'indicator_period:ampel']);
        $this->reports()->create_filter(['reportid' => $report->get('id'),
            'uniqueidentifier' => 'indicator_period:manualcomment']);

        $amber = $this->get_custom_report_content($report->get('id'), 0, [
            'indicator_period:ampel_operator' => select::EQUAL_TO, 'indicator_period:ampel_value' => 'amber',
        ]);
        $red = $this->get_custom_report_content($report->get('id'), 0, [
            'indicator_period:ampel_operator' => select::EQUAL_TO, 'indicator_period:ampel_value' => 'red',
        ]);
        $commented = $this->get_custom_report_content($report->get('id'), 0, [
            'indicator_period:manualcomment_operator' => text::CONTAINS, 'indicator_period:manualcomment_value' => 'geprüft',
        ]);

        $this->assertSame([['Half-year 1 of 2018']], array_map('array_values', $amber));
        $this->assertSame([], $red);
        $this->assertSame([['Half-year 1 of 2018']], array_map('array_values', $commented));
    }

    public function test_every_column_aggregation_and_condition_runs(): void {
        $this->resetAfterTest();
        $this->catalogue();

        $this->datasource_stress_test_columns(indicators::class);
        $this->datasource_stress_test_columns_aggregation(indicators::class);
        $this->datasource_stress_test_conditions(indicators::class, 'indicator:idnumber');
    }
}
