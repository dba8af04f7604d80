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

use local_digitalstrategy\local\campaign\feedback_results_service;
use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\tests\source_queries;

/**
 * Feedback mean: all rating answers of the feedback on events in the half-year, each weighing the
 * same, feedback with fewer than three responses left out — the programme feedback page's number.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\source\feedback_mean_source
 */
#[\PHPUnit\Framework\Attributes\CoversClass(feedback_mean_source::class)]
final class feedback_mean_source_test extends \advanced_testcase {
    use source_queries;

    public function test_the_mean_weighs_every_rating_answer_of_the_half_years_feedback_the_same(): void {
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 3);
        [$first, $second, $third] = array_values($programme->periods());
        $feedback = function (string $name, int $eventdate, array $responses) use ($generator) {
            $campaign = $generator->create_campaign(['instrument' => 'schulungsfeedback', 'target' => 'event',
                'name' => $name, 'eventdate' => $eventdate]);
            foreach ($responses as $values) {
                $generator->create_response($campaign, $values);
            }
        };
        // 3 responses, 5 rating answers summing to 7 (the free text does not count).
        $feedback('Schulung "Dienstpläne" & Apps', $first->start + DAYSECS, [
            ['content' => 2, 'overall' => 1, 'good' => 'Alles <gut> & schön'],
            ['content' => 1, 'overall' => 2],
            ['content' => 1],
        ]);
        // 3 responses, 3 answers summing to 0 — each answer weighs as much as one above.
        $feedback('Webinar Datenschutz', $first->end - 1, [['overall' => 0], ['overall' => 1], ['overall' => -1]]);
        // Two responses only: not counted.
        $feedback('Kleine Runde', $first->start + 2 * DAYSECS, [['overall' => -2], ['overall' => -2]]);
        // On the boundary: the second half-year.
        $feedback('Auftakt 2. Halbjahr', $second->start, [['overall' => 2], ['overall' => 1], ['overall' => 1]]);
        $this->mock_clock_with_frozen($third->start + DAYSECS);
        $indicator = \core\di::get(indicator_repository::class)->get_by_idnumber('feedback_mean');
        $source = \core\di::get(feedback_mean_source::class);

        $values = $this->values_in_constant_queries($source, $indicator, [$first, $second, $third], 6);

        $this->assertSame([1 => 0.88, 2 => 1.33, 3 => null], $values, '7/8 and 4/3; no feedback yet in the third');
        $trend = \core\di::get(feedback_results_service::class)->trend(null, \core_date::get_server_timezone_object());
        $this->assertSame(round($trend->halfyears['2018-1']['mean'], 2), $values[1], 'the feedback page says the same');

        $rows = $source->drilldown($indicator, $first)->rows;
        $this->assertSame(['Schulung "Dienstpläne" & Apps', 'Kleine Runde', 'Webinar Datenschutz'], array_column($rows, 0));
        $this->assertSame([3, 2, 3], array_column($rows, 2));
        $this->assertSame(['1.40', 'Not counted: fewer than 3 responses', '0.00'], array_column($rows, 3));
    }
}
