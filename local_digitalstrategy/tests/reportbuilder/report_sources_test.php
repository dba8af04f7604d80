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

namespace local_digitalstrategy\reportbuilder;

/**
 * The report sources of the plugins are offered in Moodle's report builder under their plugin,
 * with their names in the reader's language.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @coversNothing
 */
#[\PHPUnit\Framework\Attributes\CoversNothing]
final class report_sources_test extends \advanced_testcase {
    public function test_the_report_builder_offers_the_five_sources_of_the_programme(): void {
        $sources = \core_reportbuilder\manager::get_report_datasources();
        $strategy = get_string('pluginname', 'local_digitalstrategy');
        $circle = get_string('pluginname', 'mod_devcircle');

        $this->assertSame([
            datasource\check_results::class => 'Check results per area',
            datasource\indicators::class => 'Indicators of the programme',
            datasource\organisations::class => 'Organisations',
            datasource\survey_participation::class => 'Survey participation',
        ], $sources[$strategy]);
        $this->assertSame([\mod_devcircle\reportbuilder\datasource\attendance::class => 'Webinar attendance'], $sources[$circle]);
    }
}
