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
 * Pilot organisations acquired: a running total of the pilot organisations registered by the end
 * of each half-year; the boundary instant belongs to the later half-year.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\source\orgs_acquired_source
 * @covers     \local_digitalstrategy\local\controlling\source\source_periods
 */
#[\PHPUnit\Framework\Attributes\CoversClass(orgs_acquired_source::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(source_periods::class)]
final class orgs_acquired_source_test extends \advanced_testcase {
    use source_queries;

    public function test_pilot_organisations_are_counted_up_to_the_end_of_each_half_year(): void {
        global $DB;
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 3);
        [$first, $second, $third] = array_values($programme->periods());
        $registered = function (array $record, int $time) use ($generator, $DB) {
            $organisation = $generator->create_organisation($record);
            $DB->set_field('local_digitalstrategy_org', 'timecreated', $time, ['id' => $organisation->get_id()]);
        };
        $registered(['name' => 'Caritas & Co "Nord"', 'pilot' => 1], $first->start);
        $registered(['name' => 'Lebenshilfe Süd 🌻', 'pilot' => 1, 'archived' => 1], $first->end - 1);
        $registered(['name' => 'Kita < 6 Jahre', 'pilot' => 1], $second->start);
        $registered(['name' => 'Nur Mitglied', 'pilot' => 0], $first->start + DAYSECS);
        $this->mock_clock_with_frozen($second->start + 10 * DAYSECS);
        $indicator = \core\di::get(indicator_repository::class)->get_by_idnumber('orgs_acquired');
        $source = \core\di::get(orgs_acquired_source::class);

        $values = $this->values_in_constant_queries($source, $indicator, [$first, $second, $third]);

        $this->assertSame([1 => 2.0, 2 => 3.0, 3 => null], $values, 'the third half-year has not begun');
        $drilldown = $source->drilldown($indicator, $first);
        $this->assertSame(['Caritas & Co "Nord"', 'Lebenshilfe Süd 🌻'], array_column($drilldown->rows, 0));
        $this->assertSame(['No', 'Yes'], array_column($drilldown->rows, 4));
        $this->assertCount(5, $drilldown->headers);
        $this->assertSame('Organisation', $drilldown->headers[0]);
        $this->assertSame('orgs_acquired', $source->key());
    }
}
