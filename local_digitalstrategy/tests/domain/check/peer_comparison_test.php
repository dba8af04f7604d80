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

namespace local_digitalstrategy\local\check;

/**
 * The anonymous peer comparison and the history of runs.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\check\peer_comparison
 * @covers     \local_digitalstrategy\local\check\history
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\check\peer_comparison::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\check\history::class)]
final class peer_comparison_test extends \PHPUnit\Framework\TestCase {
    public function test_hidden_below_k_organisations(): void {
        $peers = peer_comparison::from_aggregates(4, ['lead' => [60.0, 4]], [55.0, 4], 5);

        $this->assertFalse($peers->is_available());
        $this->assertNull($peers->get_mean('lead'));
        $this->assertNull($peers->score);
        $this->assertSame(1, $peers->missing());
    }

    public function test_shown_from_k_organisations(): void {
        $peers = peer_comparison::from_aggregates(5, ['lead' => [60.0, 5], 'tech' => [42.5, 5]], [55.0, 5], 5);

        $this->assertTrue($peers->is_available());
        $this->assertSame(60.0, $peers->get_mean('lead'));
        $this->assertSame(42.5, $peers->get_mean('tech'));
        $this->assertSame(55.0, $peers->score);
        $this->assertSame(0, $peers->missing());
    }

    public function test_a_dimension_mean_resting_on_fewer_than_k_organisations_is_hidden(): void {
        // Six organisations submitted, but only three have a score for "misc" (the rest said "don't know").
        $peers = peer_comparison::from_aggregates(6, ['lead' => [60.0, 6], 'misc' => [80.0, 3]], [55.0, 6], 5);

        $this->assertSame(60.0, $peers->get_mean('lead'));
        $this->assertNull($peers->get_mean('misc'));
        $this->assertNull($peers->get_mean('unknown'));
    }

    public function test_threshold_is_at_least_one(): void {
        $this->assertTrue(peer_comparison::from_aggregates(1, [], [10.0, 1], 0)->is_available());
        $this->assertFalse(peer_comparison::from_aggregates(0, [], [null, 0], 0)->is_available());
    }

    public function test_history_orders_runs_and_gives_change_from_first_to_latest(): void {
        $first = new result([new dimension_score('lead', 25.0), new dimension_score('tech', null)], 25.0);
        $middle = new result([new dimension_score('lead', 40.0), new dimension_score('tech', 10.0)], 30.0);
        $latest = new result([new dimension_score('lead', 62.5), new dimension_score('tech', 50.0)], 60.0);

        $history = new history([
            ['runid' => 9, 'timesubmitted' => 300, 'result' => $latest],
            ['runid' => 3, 'timesubmitted' => 100, 'result' => $first],
            ['runid' => 5, 'timesubmitted' => 200, 'result' => $middle],
        ]);

        $this->assertSame([3, 5, 9], array_column($history->get_runs(), 'runid'));
        $this->assertTrue($history->has_change());
        $this->assertSame(37.5, $history->dimension_change('lead'));
        $this->assertNull($history->dimension_change('tech'), 'no score in the first run');
        $this->assertSame(35.0, $history->overall_change());
    }

    public function test_history_of_one_run_has_no_change(): void {
        $history = new history([['runid' => 1, 'timesubmitted' => 1, 'result' => new result([], 50.0)]]);

        $this->assertFalse($history->has_change());
        $this->assertNull($history->overall_change());
        $this->assertNull($history->dimension_change('lead'));
    }
}
