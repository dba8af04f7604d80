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

namespace local_digitalstrategy\local\controlling\source;

use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\tests\source_queries;

/**
 * Checks submitted: every submitted run of a check in the half-year it was submitted; open runs
 * do not count.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\source\check_runs_source
 */
#[\PHPUnit\Framework\Attributes\CoversClass(check_runs_source::class)]
final class check_runs_source_test extends \advanced_testcase {
    use source_queries;

    public function test_submitted_checks_count_in_the_half_year_they_were_submitted(): void {
        global $DB;
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 3);
        [$first, $second, $third] = array_values($programme->periods());
        $submitted = function (string $name, int $level, int $time) use ($generator, $DB) {
            $run = $generator->create_submitted_run($generator->create_organisation(['name' => $name]), $level);
            $DB->set_field('local_digitalstrategy_run', 'timesubmitted', $time, ['id' => $run->get_id()]);
        };
        $submitted('Caritas & Co "Nord"', 2, $first->start);
        $submitted('Lebenshilfe Süd 🌻', 4, $first->end - 1);
        $submitted('Kita < 6 Jahre', 1, $second->start);
        $generator->create_run($generator->create_organisation(['name' => 'Noch offen']));
        $this->mock_clock_with_frozen($second->start + DAYSECS);
        $indicator = \core\di::get(indicator_repository::class)->get_by_idnumber('check_runs');
        $source = \core\di::get(check_runs_source::class);

        $values = $this->values_in_constant_queries($source, $indicator, [$first, $second, $third]);

        $this->assertSame([1 => 2.0, 2 => 1.0, 3 => null], $values);
        $this->assertSame([
            ['Caritas & Co "Nord"', source_periods::date($first->start), '50'],
            ['Lebenshilfe Süd 🌻', source_periods::date($first->end - 1), '100'],
        ], $source->drilldown($indicator, $first)->rows);
    }
}
