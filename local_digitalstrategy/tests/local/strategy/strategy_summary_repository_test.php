<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace local_digitalstrategy\local\strategy;

use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Tests of the strategy summaries: state, phase counts and overall Ampel of many organisations.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\strategy\strategy_summary_repository
 * @covers     \local_digitalstrategy\local\strategy\strategy_summary
 */
#[CoversClass(strategy_summary_repository::class)]
#[CoversClass(strategy_summary::class)]
final class strategy_summary_repository_test extends \advanced_testcase {
    /**
     * The generator of local_digitalstrategy.
     *
     * @return \local_digitalstrategy_generator
     */
    private function generator(): \local_digitalstrategy_generator {
        return $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    public function test_an_organisation_without_a_strategy_has_an_empty_summary(): void {
        $this->resetAfterTest();
        $org = $this->generator()->create_organisation();

        $summary = \core\di::get(strategy_summary_repository::class)->for_organisations([$org->get_id()])[$org->get_id()];

        $this->assertSame('none', $summary->status);
        $this->assertSame(0, $summary->measures());
        $this->assertSame(['quality' => null, 'cost' => null, 'staff' => null, 'time' => null], $summary->ampel);
    }

    public function test_counts_measures_per_phase_and_takes_the_worst_current_rating_of_open_measures(): void {
        $this->resetAfterTest();
        $generator = $this->generator();
        $org = $generator->create_organisation();
        $strategy = $generator->create_strategy($org, ['status' => 'adopted', 'adoptedversion' => 2]);
        $goal = $generator->create_goal($strategy);
        $plan = $generator->create_measure($goal, ['phase' => 'plan']);
        $do = $generator->create_measure($goal, ['phase' => 'do']);
        $generator->create_measure($goal, ['phase' => 'do']);
        $act = $generator->create_measure($goal, ['phase' => 'act']);
        $generator->create_rating($plan, 'time', 'green');
        $generator->create_rating($do, 'time', 'amber');
        // Red once, then green again: only the current rating counts.
        $generator->create_rating($do, 'cost', 'red');
        $generator->create_rating($do, 'cost', 'green');
        // A finished measure in Act does not count by default.
        $generator->create_rating($act, 'quality', 'red');

        $summary = \core\di::get(strategy_summary_repository::class)->for_organisations([$org->get_id()])[$org->get_id()];

        $this->assertSame('adopted', $summary->status);
        $this->assertSame(2, $summary->adoptedversion);
        $this->assertSame(['plan' => 1, 'do' => 2, 'check' => 0, 'act' => 1], $summary->phasecounts);
        $this->assertSame(['quality' => null, 'cost' => 'green', 'staff' => null, 'time' => 'amber'], $summary->ampel);

        set_config('ampelscope', 'all', 'local_digitalstrategy');
        $all = \core\di::get(strategy_summary_repository::class)->for_organisations([$org->get_id()])[$org->get_id()];
        $this->assertSame('red', $all->ampel['quality']);
    }

    public function test_reads_many_organisations_in_the_same_number_of_queries(): void {
        global $DB;
        $this->resetAfterTest();
        $generator = $this->generator();
        $repository = \core\di::get(strategy_summary_repository::class);
        $orgids = [];
        $queries = [];
        // Settings are read once per request; read them before counting.
        $repository->for_organisations([]);
        get_config('local_digitalstrategy');
        foreach ([2, 20] as $size) {
            while (count($orgids) < $size) {
                $org = $generator->create_organisation();
                $orgids[] = $org->get_id();
                $goal = $generator->create_goal($generator->create_strategy($org));
                $generator->create_rating($generator->create_measure($goal, ['phase' => 'check']), 'staff', 'red');
            }
            // The statements sent, counted from the driver's debugging output (the read counter also
            // counts cursor fetches, which vary).
            ob_start();
            $DB->set_debug(true);
            $summaries = $repository->for_organisations($orgids);
            $DB->set_debug(false);
            $queries[$size] = preg_match_all('/^(SELECT|DECLARE) /m', ob_get_clean());
            $this->assertCount($size, $summaries);
            $this->assertSame('red', $summaries[$orgids[$size - 1]]->ampel['staff']);
        }
        $this->assertSame(2, $queries[2]);
        $this->assertSame($queries[2], $queries[20]);
    }

    public function test_the_worse_of_two_ratings(): void {
        $this->assertSame('red', strategy_summary::worse('amber', 'red'));
        $this->assertSame('amber', strategy_summary::worse('amber', 'green'));
        $this->assertSame('green', strategy_summary::worse(null, 'green'));
        $this->assertNull(strategy_summary::worse(null, null));
    }
}
