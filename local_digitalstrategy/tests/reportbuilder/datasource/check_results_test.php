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
 * The report source "Check results per area": one row per submitted check and area, the latest
 * check of active organisations by default, area names in the reader's language, open runs never.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\reportbuilder\datasource\check_results
 * @covers     \local_digitalstrategy\reportbuilder\local\entities\check_run
 * @covers     \local_digitalstrategy\reportbuilder\local\entities\check_dimension
 * @covers     \local_digitalstrategy\reportbuilder\local\formatters\value_format
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\datasource\check_results::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\local\entities\check_run::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\local\entities\check_dimension::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\local\formatters\value_format::class)]
final class check_results_test extends core_reportbuilder_testcase {
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

    public function test_a_new_report_shows_each_area_of_the_latest_check_of_each_active_organisation(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $organisation = $this->generator()->create_organisation(['name' => 'Pflege & Betreuung "Nord"']);
        $this->generator()->create_submitted_run($organisation, 1);
        $this->generator()->create_submitted_run($organisation, 3);
        $archived = $this->generator()->create_organisation(['name' => 'Archiviert']);
        $this->generator()->create_submitted_run($archived, 2);
        \core\di::get(\local_digitalstrategy\local\organisation_repository::class)->set_archived($archived, true, 0);
        $open = $this->generator()->create_organisation(['name' => 'Noch offen']);
        $this->generator()->create_run($open);

        $report = $this->reports()->create_report(['name' => 'Checks', 'source' => check_results::class, 'default' => 1]);
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id'), 0));

        // Eight areas of the latest check (level 3: 75 in every area), none of the first check,
        // the archived organisation or the open run.
        $this->assertCount(8, $content);
        $this->assertSame(['Pflege &amp; Betreuung "Nord"'], array_values(array_unique(array_column($content, 0))));
        $this->assertSame(['75.0'], array_values(array_unique(array_column($content, 3))));
        $this->assertContains('Strategy and leadership', array_column($content, 2));
        $this->assertContains('Data protection and information security', array_column($content, 2));
    }

    public function test_run_and_area_columns_show_the_check_its_scores_and_counts(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $organisation = $this->generator()->create_organisation();
        $run = $this->generator()->create_submitted_run($organisation, 2);
        global $DB;
        $version = (int) $DB->get_field('local_digitalstrategy_instr', 'version', ['id' => $run->get_instrumentid()]);
        $strategy = $DB->get_record('local_digitalstrategy_dimscore', ['runid' => $run->get_id(), 'dimension' => 'strategy']);

        $report = $this->reports()->create_report(['name' => 'Run', 'source' => check_results::class, 'default' => 0]);
        foreach (
            ['check_run:instrument', 'check_run:version', 'check_run:score', 'check_run:maturity', 'check_run:latest',
                'check_dimension:dimensionkey', 'check_dimension:dimension', 'check_dimension:score',
                'check_dimension:items', 'check_dimension:scored'] as $column
        ) {
            $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => $column]);
        }
        $this->reports()->create_filter(['reportid' => $report->get('id'),
            'uniqueidentifier' => 'check_dimension:dimensionkey']);
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id'), 0, [
            'check_dimension:dimensionkey_operator' => text::IS_EQUAL_TO,
            'check_dimension:dimensionkey_value' => 'strategy',
        ]));

        $this->assertEquals([[
            'Digitalisation check', $version, '50.0', 'Under way', 'Yes',
            'strategy', 'Strategy and leadership', '50.0', (int) $strategy->items, (int) $strategy->scored,
        ]], $content);
    }

    public function test_area_names_follow_the_readers_language(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $organisation = $this->generator()->create_organisation();
        $this->generator()->create_submitted_run($organisation, 4);

        $report = $this->reports()->create_report(['name' => 'De', 'source' => check_results::class, 'default' => 0]);
        $this->reports()->create_column(['reportid' => $report->get('id'),
            'uniqueidentifier' => 'check_dimension:dimension']);
        // The reader's language is what current_language() says (no German language pack is
        // installed in the test site, so the session's forced language is set directly).
        global $SESSION;
        $SESSION->forcelang = 'de';
        try {
            $names = array_column(array_map('array_values', $this->get_custom_report_content($report->get('id'))), 0);
        } finally {
            unset($SESSION->forcelang);
        }

        $this->assertContains('Strategie und Führung', $names);
        $this->assertContains('Verwaltung 4.0', $names);
    }

    /**
     * Filters with a value that matches the run and one that does not.
     *
     * @return array[]
     */
    public static function filter_provider(): array {
        return [
            'area score above 40' => ['check_dimension:score', ['check_dimension:score_operator' => number::GREATER_THAN,
                'check_dimension:score_value1' => 40], true],
            'area score above 60' => ['check_dimension:score', ['check_dimension:score_operator' => number::GREATER_THAN,
                'check_dimension:score_value1' => 60], false],
            'maturity matches' => ['check_run:maturity', ['check_run:maturity_operator' => select::EQUAL_TO,
                'check_run:maturity_value' => 2], true],
            'maturity does not match' => ['check_run:maturity', ['check_run:maturity_operator' => select::EQUAL_TO,
                'check_run:maturity_value' => 4], false],
            'latest' => ['check_run:latest', ['check_run:latest_operator' => boolean_select::CHECKED], true],
            'not latest' => ['check_run:latest', ['check_run:latest_operator' => boolean_select::NOT_CHECKED], false],
            'instrument matches' => ['check_run:instrument', ['check_run:instrument_operator' => select::EQUAL_TO,
                'check_run:instrument_value' => 'digicheck'], true],
            'organisation field of work' => ['organisation:fieldofwork', [
                'organisation:fieldofwork_operator' => select::EQUAL_TO, 'organisation:fieldofwork_value' => 'youth'], false],
        ];
    }

    /**
     * A filter keeps the run's areas exactly when its value matches.
     *
     * @dataProvider filter_provider
     * @param string $filter
     * @param array $values
     * @param bool $matches
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('filter_provider')]
    public function test_filters(string $filter, array $values, bool $matches): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $organisation = $this->generator()->create_organisation(['fieldofwork' => 'care']);
        $this->generator()->create_submitted_run($organisation, 2);

        $report = $this->reports()->create_report(['name' => 'Filtered', 'source' => check_results::class, 'default' => 0]);
        $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => 'check_dimension:score']);
        $this->reports()->create_filter(['reportid' => $report->get('id'), 'uniqueidentifier' => $filter]);
        $content = $this->get_custom_report_content($report->get('id'), 0, $values);

        $this->assertCount($matches ? 8 : 0, $content);
    }

    public function test_every_column_aggregation_and_condition_runs(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->generator()->create_submitted_run($this->generator()->create_organisation(), 2);

        $this->datasource_stress_test_columns(check_results::class);
        $this->datasource_stress_test_columns_aggregation(check_results::class);
        $this->datasource_stress_test_conditions(check_results::class, 'check_dimension:score');
    }
}
