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
 * Strategies in place: a running total of the strategies first adopted by the end of each
 * half-year; later versions and a revision do not change it.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\source\strategies_adopted_source
 */
#[\PHPUnit\Framework\Attributes\CoversClass(strategies_adopted_source::class)]
final class strategies_adopted_source_test extends \advanced_testcase {
    use source_queries;

    public function test_a_strategy_counts_from_its_first_adoption_on(): void {
        global $DB;
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 3);
        [$first, $second, $third] = array_values($programme->periods());
        $adopted = function (string $name, string $status, array $times) use ($generator, $DB) {
            $strategy = $generator->create_strategy($generator->create_organisation(['name' => $name]), ['status' => $status]);
            foreach ($times as $i => $time) {
                $DB->insert_record('local_digitalstrategy_stratver', (object) ['strategyid' => $strategy->id,
                    'versionno' => $i + 1, 'document' => '{}', 'useradopted' => 2, 'timeadopted' => $time]);
            }
        };
        $adopted('Caritas & Co "Nord"', 'revision', [$first->start + DAYSECS, $second->start + DAYSECS]);
        $adopted('Lebenshilfe Süd 🌻', 'adopted', [$second->start]);
        $adopted('Kita < 6 Jahre', 'draft', []);
        $this->mock_clock_with_frozen($third->start + DAYSECS);
        $indicator = \core\di::get(indicator_repository::class)->get_by_idnumber('strategies_adopted');
        $source = \core\di::get(strategies_adopted_source::class);

        $values = $this->values_in_constant_queries($source, $indicator, [$first, $second, $third]);

        $this->assertSame([1 => 1.0, 2 => 2.0, 3 => 2.0], $values);
        $this->assertSame(
            [['Caritas & Co "Nord"', source_periods::date($first->start + DAYSECS), 1, 'Under revision']],
            $source->drilldown($indicator, $first)->rows
        );
        $rows = $source->drilldown($indicator, $second)->rows;
        $this->assertSame(['Caritas & Co "Nord"', 'Lebenshilfe Süd 🌻'], array_column($rows, 0));
        $this->assertSame([2, 1], array_column($rows, 2));
    }
}
