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

use local_digitalstrategy\local\campaign\sus_score;
use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\tests\source_queries;

/**
 * SUS score: the mean score of the complete responses to the SUS campaigns opened in the
 * half-year, shown only from k responses on.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\source\sus_score_source
 */
#[\PHPUnit\Framework\Attributes\CoversClass(sus_score_source::class)]
final class sus_score_source_test extends \advanced_testcase {
    use source_queries;

    public function test_the_score_is_the_mean_of_complete_responses_and_hidden_below_k(): void {
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 3);
        [$first, $second, $third] = array_values($programme->periods());
        $answers = fn(int $value) => array_fill_keys(sus_score::ITEMS, $value);
        $best = ['sus01' => 2, 'sus02' => -2, 'sus03' => 2, 'sus04' => -2, 'sus05' => 2, 'sus06' => -2, 'sus07' => 2,
            'sus08' => -2, 'sus09' => 2, 'sus10' => -2];
        $campaign = $generator->create_campaign(['instrument' => 'sus', 'name' => 'Plattform & "Lernraum" 2018',
            'timeopen' => $first->start]);
        // Four neutral responses (50 each) and one best (100): mean 60. One incomplete does not count.
        foreach (range(1, 4) as $i) {
            $generator->create_response($campaign, $answers(0));
        }
        $generator->create_response($campaign, $best);
        $generator->create_response($campaign, ['sus01' => 2, 'sus02' => -2]);
        // On the boundary: the second half-year, with four responses only.
        $later = $generator->create_campaign(['instrument' => 'sus', 'name' => 'Plattform 2019', 'timeopen' => $second->start]);
        foreach (range(1, 4) as $i) {
            $generator->create_response($later, $best);
        }
        $generator->create_campaign(['instrument' => 'sus', 'name' => 'Entwurf', 'status' => 'draft',
            'timeopen' => $first->start]);
        $this->mock_clock_with_frozen($second->end - 1);
        $indicator = \core\di::get(indicator_repository::class)->get_by_idnumber('sus_score');
        $source = \core\di::get(sus_score_source::class);

        $values = $this->values_in_constant_queries($source, $indicator, [$first, $second, $third]);

        $this->assertSame([1 => 60.0, 2 => null, 3 => null], $values, 'k is 5: four responses show nothing');
        $drilldown = $source->drilldown($indicator, $second);
        $this->assertSame([['Plattform 2019', source_periods::date($second->start), 4,
            'Hidden: fewer than 5 complete responses']], $drilldown->rows);
        $this->assertSame(
            [['Plattform & "Lernraum" 2018', source_periods::date($first->start), 5, '60.0']],
            $source->drilldown($indicator, $first)->rows
        );

        set_config('peerthreshold', 4, 'local_digitalstrategy');
        $this->assertSame([1 => 60.0, 2 => 100.0], $source->values($indicator, [$first, $second]));
    }
}
