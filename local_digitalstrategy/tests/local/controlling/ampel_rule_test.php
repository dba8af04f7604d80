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
 * The Ampel of an indicator in a half-year: edges on target, inside the tolerance, pro-rata in the
 * running half-year.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\ampel_rule
 */
#[\PHPUnit\Framework\Attributes\CoversClass(ampel_rule::class)]
final class ampel_rule_test extends \advanced_testcase {
    /** @var period a past half-year (from 1000 to 3000) */
    private period $past;

    protected function setUp(): void {
        parent::setUp();
        $this->past = new period(1, 2018, 1, 1000, 3000);
    }

    /**
     * An indicator without database.
     *
     * @param string $direction
     * @param float $tolerance
     * @param string $unit
     * @return indicator
     */
    private function indicator(string $direction, float $tolerance, string $unit = 'count'): indicator {
        return new indicator(1, 'x', 'X', $unit, $direction, 'manual', [], $tolerance, 1, false);
    }

    /**
     * Colour of a past half-year's cell.
     *
     * @param indicator $indicator
     * @param target|null $target
     * @param float|null $actual
     * @return string
     */
    private function colour(indicator $indicator, ?target $target, ?float $actual): string {
        return (new ampel_rule())->evaluate($indicator, $target, $actual, $this->past, 5000)->colour;
    }

    public function test_at_least_exactly_on_target_is_green_and_the_tolerance_edge_is_amber(): void {
        $indicator = $this->indicator('atleast', 2);
        $target = new target(1, 10);

        $this->assertSame('green', $this->colour($indicator, $target, 10.0));
        $this->assertSame('green', $this->colour($indicator, $target, 14.0));
        $this->assertSame('amber', $this->colour($indicator, $target, 9.0));
        $this->assertSame('amber', $this->colour($indicator, $target, 8.0));
        $this->assertSame('red', $this->colour($indicator, $target, 7.99));
    }

    public function test_at_most_and_a_range_with_edges_included(): void {
        $atmost = $this->indicator('atmost', 1);
        $this->assertSame('green', $this->colour($atmost, new target(1, 5), 5.0));
        $this->assertSame('amber', $this->colour($atmost, new target(1, 5), 6.0));
        $this->assertSame('red', $this->colour($atmost, new target(1, 5), 6.5));

        $range = $this->indicator('range', 0.5, 'mean');
        $band = new target(1, 1.0, 1.5);
        $this->assertSame('green', $this->colour($range, $band, 1.0));
        $this->assertSame('green', $this->colour($range, $band, 1.5));
        $this->assertSame('amber', $this->colour($range, $band, 0.5));
        $this->assertSame('amber', $this->colour($range, $band, 2.0));
        $this->assertSame('red', $this->colour($range, $band, 0.49));
    }

    public function test_without_a_tolerance_a_miss_is_red(): void {
        $this->assertSame('red', $this->colour($this->indicator('atleast', 0), new target(1, 1), 0.0));
    }

    public function test_no_target_no_value_or_a_future_half_year_gives_no_colour_and_says_why(): void {
        $this->resetAfterTest();
        $indicator = $this->indicator('atleast', 0);
        $rule = new ampel_rule();

        $this->assertSame('none', $this->colour($indicator, null, 3.0));
        $novalue = $rule->evaluate($indicator, new target(1, 10), null, $this->past, 5000);
        $this->assertSame('none', $novalue->colour);
        $this->assertSame('Target: at least 10; there is no value yet.', $novalue->rule);
        $future = $rule->evaluate($indicator, new target(1, 10), 20.0, $this->past, 999);
        $this->assertSame('none', $future->colour);
        $this->assertSame('This half-year has not begun yet.', $future->rule);
    }

    public function test_a_count_on_track_pro_rata_in_the_running_half_year_is_amber(): void {
        $this->resetAfterTest();
        $indicator = $this->indicator('atleast', 0);
        $rule = new ampel_rule();
        $target = new target(1, 10);

        // Half of the half-year has passed: 5 of 10 are on track, 4 are not.
        $ontrack = $rule->evaluate($indicator, $target, 5.0, $this->past, 2000);
        $this->assertSame('amber', $ontrack->colour);
        $this->assertSame('Target: at least 10; actual 5: on track in the running half-year (50 % of it has passed, '
            . '5 expected by now) (amber).', $ontrack->rule);
        $this->assertSame('red', $rule->evaluate($indicator, $target, 4.0, $this->past, 2000)->colour);
        $this->assertSame('green', $rule->evaluate($indicator, $target, 10.0, $this->past, 2000)->colour);
        // After the half-year the same 5 are red.
        $this->assertSame('red', $rule->evaluate($indicator, $target, 5.0, $this->past, 3000)->colour);
        // A mean does not grow through the half-year: no pro-rata.
        $mean = $this->indicator('atleast', 0, 'mean');
        $this->assertSame('red', $rule->evaluate($mean, new target(1, 1.0), 0.5, $this->past, 2000)->colour);
    }

    public function test_the_rule_text_explains_the_colour(): void {
        $this->resetAfterTest();
        $result = (new ampel_rule())->evaluate($this->indicator('atleast', 2), new target(1, 10), 8.5, $this->past, 5000);

        $this->assertSame('Target: at least 10; actual 8.5: missed, but within the tolerance of 2 (amber).', $result->rule);
        $range = $this->indicator('range', 0.5, 'mean');
        $red = (new ampel_rule())->evaluate($range, new target(1, 1.0, 1.5), 0.25, $this->past, 5000);
        $this->assertSame('Target: 1 to 1.5; actual 0.25: missed (red).', $red->rule);
    }
}
