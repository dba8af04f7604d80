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

namespace local_digitalstrategy\local\controlling;

/**
 * The programme's half-years: boundaries in the site's timezone, lookup by time and index.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\programme
 * @covers     \local_digitalstrategy\local\controlling\period
 */
#[\PHPUnit\Framework\Attributes\CoversClass(programme::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(period::class)]
final class programme_test extends \advanced_testcase {
    public function test_the_default_programme_is_the_plans_six_half_years_from_2018(): void {
        $this->resetAfterTest();
        $this->setTimezone('Europe/Berlin');
        $programme = \core\di::get(programme::class);

        $periods = $programme->periods();
        $this->assertSame([1, 2, 3, 4, 5, 6], array_keys($periods));
        $this->assertSame([2018, 1], [$periods[1]->year, $periods[1]->half]);
        $this->assertSame([2020, 2], [$periods[6]->year, $periods[6]->half]);
        $tz = new \DateTimeZone('Europe/Berlin');
        $this->assertSame((new \DateTimeImmutable('2018-01-01 00:00', $tz))->getTimestamp(), $periods[1]->start);
        $this->assertSame((new \DateTimeImmutable('2018-07-01 00:00', $tz))->getTimestamp(), $periods[1]->end);
        $this->assertSame($periods[1]->end, $periods[2]->start);
        $this->assertSame((new \DateTimeImmutable('2021-01-01 00:00', $tz))->getTimestamp(), $programme->end());
    }

    public function test_the_boundary_instant_belongs_to_the_later_half_year(): void {
        $this->resetAfterTest();
        $programme = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy')->set_programme(2025, 2, 4);
        $second = $programme->period(2);

        $this->assertSame(2, $programme->period_at($second->start)->index);
        $this->assertSame(1, $programme->period_at($second->start - 1)->index);
        $this->assertNull($programme->period_at($programme->start() - 1));
        $this->assertNull($programme->period_at($programme->end()));
        $this->assertSame([2026, 1], [$second->year, $second->half]);
    }

    public function test_a_half_year_outside_the_programme_is_refused_with_a_clear_message(): void {
        $this->resetAfterTest();
        $programme = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy')->set_programme(2018, 1, 6);

        $this->assertFalse($programme->has_period(7));
        try {
            $programme->period(7);
            $this->fail('A seventh half-year should be refused.');
        } catch (\moodle_exception $e) {
            $this->assertSame('error_periodoutside', $e->errorcode);
            $this->assertStringContainsString('6', $e->getMessage());
        }
    }

    public function test_elapsed_fraction_and_labels(): void {
        $this->resetAfterTest();
        $period = new period(3, 2019, 1, 1000, 3000);

        $this->assertSame(0.0, $period->elapsed_fraction(1000));
        $this->assertSame(0.5, $period->elapsed_fraction(2000));
        $this->assertSame(1.0, $period->elapsed_fraction(3000));
        $this->assertTrue($period->is_running(2999));
        $this->assertFalse($period->is_running(3000));
        $this->assertTrue($period->is_future(999));
        $this->assertSame('Half-year 1 of 2019', $period->label());
        $this->assertSame('H1 2019', $period->short_label());
    }

    public function test_the_case_expression_maps_times_to_half_years_in_one_query(): void {
        global $DB;
        $this->resetAfterTest();
        $programme = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy')->set_programme(2018, 1, 2);
        foreach (
            [[$programme->start() - 1, 0], [$programme->start(), 1], [$programme->period(2)->start, 2],
                [$programme->end() - 1, 2], [$programme->end(), 0]] as [$time, $expected]
        ) {
            [$case, $params] = $programme->period_case_sql((string) $time);
            $this->assertSame($expected, (int) $DB->get_field_sql("SELECT {$case}", $params));
        }
    }
}
