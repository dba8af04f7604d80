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

namespace local_digitalstrategy\local\campaign;

/**
 * SUS scoring against the published rule (Brooke 1996) and grade bands (Sauro & Lewis 2016).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\campaign\sus_score
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\campaign\sus_score::class)]
final class sus_score_test extends \PHPUnit\Framework\TestCase {
    /**
     * Example responses (1…5, item 1 first) with their published or hand-computed scores.
     *
     * @return array<string, array{int[], float}>
     */
    public static function example_provider(): array {
        return [
            // Brooke 1996: the scale runs from 0 to 100.
            'the best possible answers score 100' => [[5, 1, 5, 1, 5, 1, 5, 1, 5, 1], 100.0],
            'the worst possible answers score 0' => [[1, 5, 1, 5, 1, 5, 1, 5, 1, 5], 0.0],
            // Neutral throughout, and agreeing with everything (acquiescence), both land in the middle.
            'all neutral scores 50' => [[3, 3, 3, 3, 3, 3, 3, 3, 3, 3], 50.0],
            'agreeing with everything scores 50' => [[5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 50.0],
            // Item contributions add up to 28, times 2.5 gives 70.
            'a typical positive response' => [[4, 2, 4, 2, 3, 2, 4, 2, 4, 3], 70.0],
            // Item contributions add up to 35, times 2.5 gives 87.5.
            'a very positive response' => [[5, 1, 4, 1, 4, 2, 5, 1, 4, 2], 87.5],
            // Item contributions add up to 11, times 2.5 gives 27.5.
            'a negative response' => [[2, 4, 3, 5, 3, 3, 2, 4, 2, 5], 27.5],
        ];
    }

    /**
     * Standard responses score by Brooke's rule.
     *
     * @dataProvider example_provider
     * @param int[] $responses
     * @param float $expected
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('example_provider')]
    public function test_standard_responses_score_by_brookes_rule(array $responses, float $expected): void {
        $this->assertSame($expected, sus_score::from_responses($responses));
    }

    /**
     * Stored −2…+2 values give the same score as the standard responses they stand for (value + 3).
     *
     * @dataProvider example_provider
     * @param int[] $responses
     * @param float $expected
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('example_provider')]
    public function test_stored_values_score_like_the_responses_they_stand_for(array $responses, float $expected): void {
        $values = [];
        foreach (sus_score::ITEMS as $i => $key) {
            $values[$key] = (string)($responses[$i] - 3);
        }
        $this->assertSame($expected, sus_score::from_values($values));
    }

    /**
     * A response with a missing or out-of-range item has no score and is left out of the mean.
     */
    public function test_an_incomplete_response_has_no_score_and_is_left_out_of_the_mean(): void {
        $full = array_fill_keys(sus_score::ITEMS, '2');
        $full['sus02'] = $full['sus04'] = $full['sus06'] = $full['sus08'] = $full['sus10'] = '-2';
        $missing = $full;
        unset($missing['sus07']);
        $outofrange = $full;
        $outofrange['sus03'] = '3';
        $this->assertSame(100.0, sus_score::from_values($full));
        $this->assertNull(sus_score::from_values($missing));
        $this->assertNull(sus_score::from_values($outofrange));
        $this->assertNull(sus_score::from_values(['sus01' => 'yes'] + $full));

        $neutral = array_fill_keys(sus_score::ITEMS, 0);
        $this->assertSame(['mean' => 75.0, 'count' => 2], sus_score::mean([$full, $neutral, $missing, $outofrange]));
        $this->assertSame(['mean' => null, 'count' => 0], sus_score::mean([]));
    }

    /**
     * Fewer or more than ten responses, or a response outside 1…5, are refused.
     */
    public function test_a_wrong_number_of_responses_is_refused(): void {
        $this->expectException(\InvalidArgumentException::class);
        sus_score::from_responses([3, 3, 3]);
    }

    /**
     * A response outside 1…5 is refused.
     */
    public function test_a_response_outside_one_to_five_is_refused(): void {
        $this->expectException(\InvalidArgumentException::class);
        sus_score::from_responses([3, 3, 3, 3, 3, 3, 3, 3, 3, 6]);
    }

    /**
     * Scores at and around the published band bounds.
     *
     * @return array<string, array{float, string, string}>
     */
    public static function band_provider(): array {
        return [
            'the top score' => [100.0, 'A+', 'bestimaginable'],
            'lowest A+' => [84.1, 'A+', 'bestimaginable'],
            'highest A' => [84.0, 'A', 'excellent'],
            'lowest A' => [80.8, 'A', 'excellent'],
            'A-' => [80.0, 'A-', 'good'],
            'B+' => [77.5, 'B+', 'good'],
            'B' => [75.0, 'B', 'good'],
            'B-' => [72.6, 'B-', 'good'],
            'lowest C+' => [71.1, 'C+', 'good'],
            'the average of 68 is a C' => [68.0, 'C', 'ok'],
            'lowest C' => [65.0, 'C', 'ok'],
            'C-' => [62.7, 'C-', 'ok'],
            'highest D' => [62.6, 'D', 'ok'],
            'lowest D' => [51.7, 'D', 'ok'],
            'highest F' => [51.6, 'F', 'poor'],
            'poor' => [27.5, 'F', 'poor'],
            'worst imaginable' => [25.0, 'F', 'worstimaginable'],
            'zero' => [0.0, 'F', 'worstimaginable'],
            'a mean rounds to the band bound' => [84.06, 'A+', 'bestimaginable'],
        ];
    }

    /**
     * Grades and adjectives follow the published bands.
     *
     * @dataProvider band_provider
     * @param float $score
     * @param string $grade
     * @param string $adjective
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('band_provider')]
    public function test_grades_and_adjectives_follow_the_published_bands(float $score, string $grade, string $adjective): void {
        $this->assertSame($grade, sus_score::grade($score));
        $this->assertSame($adjective, sus_score::adjective($score));
    }
}
