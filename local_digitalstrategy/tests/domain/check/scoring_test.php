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

use local_digitalstrategy\local\questionnaire\answer;
use local_digitalstrategy\tests\test_instrument;

/**
 * Scoring of check runs against hand-computed cases.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\check\scoring
 * @covers     \local_digitalstrategy\local\check\result
 * @covers     \local_digitalstrategy\local\check\dimension_score
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\check\scoring::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\check\result::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\check\dimension_score::class)]
final class scoring_test extends \PHPUnit\Framework\TestCase {
    /**
     * Scores compact answers with the test instrument.
     *
     * @param array<string, mixed> $values see test_instrument::answers()
     * @return result
     */
    private function score(array $values): result {
        return (new scoring(test_instrument::instrument()))->score(test_instrument::answers($values));
    }

    /**
     * Item scores per type.
     *
     * @return array<string, array{0: string, 1: string|null, 2: float|null}>
     */
    public static function item_score_provider(): array {
        return [
            'maturity 0 is 0' => ['a1', '0', 0.0],
            'maturity 3 is 75' => ['a1', '3', 75.0],
            'maturity 4 is 100' => ['a1', '4', 100.0],
            'yes is 100' => ['a2', 'yes', 100.0],
            'no is 0' => ['a2', 'no', 0.0],
            'single choice takes the option score' => ['a3', 'some', 50.0],
            'multiple choice adds option scores' => ['b1', 'ox,oz', 80.0],
            'multiple choice is capped at 100' => ['b1', 'ox,oy,oz', 100.0],
            'rating -2 is 0' => ['b2', '-2', 0.0],
            'rating 0 is 50' => ['b2', '0', 50.0],
            'rating +2 is 100' => ['b2', '2', 100.0],
            'free text is not scored' => ['b3', 'Some words', null],
            'single choice without option scores is not scored' => ['c1', 'op', null],
            "don't know is not scored" => ['a1', '?', null],
            'an empty answer is not scored' => ['a1', null, null],
        ];
    }

    /**
     * Item score follows the type rules.
     *
     * @dataProvider item_score_provider
     * @param string $item
     * @param string|null $value
     * @param float|null $expected
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('item_score_provider')]
    public function test_item_score_follows_the_type_rules(string $item, ?string $value, ?float $expected): void {
        $answer = test_instrument::answers([$item => $value])[$item];

        $this->assertSame($expected, (new scoring(test_instrument::instrument()))->item_score($answer));
    }

    public function test_complete_run_gives_weighted_dimension_means_and_weighted_overall(): void {
        // Lead: (2 × 75 + 1 × 100 + 1 × 50) / 4 = 75. Tech: (100 + 25) / 2 = 62.5 (text unscored).
        // Misc: c1 unscored, c2 don't know, so no score. Overall: (2 × 75 + 1 × 62.5) / 3 = 70.833….
        $result = $this->score(['a1' => '3', 'a2' => 'yes', 'a3' => 'some', 'b1' => 'ox,oy,oz', 'b2' => '-1',
            'b3' => 'notes', 'c1' => 'op', 'c2' => '?']);

        $this->assertSame(75.0, $result->get_dimension('lead')->score);
        $this->assertSame(62.5, $result->get_dimension('tech')->score);
        $this->assertNull($result->get_dimension('misc')->score);
        $this->assertEqualsWithDelta(70.8333, $result->score, 0.0001);
        $this->assertSame(2, $result->get_maturity());
        $this->assertSame(8, $result->answered);
        $this->assertSame(8, $result->items);
        $this->assertSame([3, 3, 3], [$result->get_dimension('lead')->answered, $result->get_dimension('lead')->scored,
            $result->get_dimension('lead')->items]);
        $this->assertSame([3, 2, 3], [$result->get_dimension('tech')->answered, $result->get_dimension('tech')->scored,
            $result->get_dimension('tech')->items]);
        $this->assertSame([2, 0, 2], [$result->get_dimension('misc')->answered, $result->get_dimension('misc')->scored,
            $result->get_dimension('misc')->items]);
    }

    public function test_item_weights_pull_the_dimension_score(): void {
        // Item a1 weighs 2: (2 × 25 + 1 × 100) / 3 = 50; without weights it would be 62.5.
        $result = $this->score(['a1' => '1', 'a2' => 'yes']);

        $this->assertSame(50.0, $result->get_dimension('lead')->score);
    }

    public function test_dont_know_counts_as_answered_but_not_in_the_score(): void {
        // Item a1 "don't know" leaves only a2 (no = 0) in lead; a3 unanswered.
        $result = $this->score(['a1' => '?', 'a2' => 'no']);

        $lead = $result->get_dimension('lead');
        $this->assertSame(0.0, $lead->score);
        $this->assertSame(2, $lead->answered);
        $this->assertSame(1, $lead->scored);
        $this->assertSame(0.0, $result->score);
        $this->assertSame(0, $result->get_maturity());
    }

    public function test_partial_answers_score_only_the_dimensions_answered(): void {
        $result = $this->score(['b2' => '2']);

        $this->assertNull($result->get_dimension('lead')->score);
        $this->assertSame(100.0, $result->get_dimension('tech')->score);
        $this->assertSame(100.0, $result->score);
        $this->assertSame(4, $result->get_maturity());
        $this->assertSame(1, $result->answered);
    }

    public function test_nothing_answered_gives_no_score_and_no_level(): void {
        $result = $this->score(['a1' => [null, 3]]);

        $this->assertNull($result->score);
        $this->assertNull($result->get_maturity());
        $this->assertSame(0, $result->answered);
        $this->assertSame([], $result->get_strengths());
        $this->assertSame([], $result->get_weaknesses());
    }

    /**
     * Overall scores and the maturity level they reach.
     *
     * @return array<string, array{0: float|null, 1: int|null}>
     */
    public static function maturity_provider(): array {
        return [
            'no score' => [null, null],
            '0' => [0.0, 0],
            '24.99' => [24.99, 0],
            '25' => [25.0, 1],
            '74.999999999999 (rounding)' => [74.9999999999999, 3],
            '75' => [75.0, 3],
            '99.9' => [99.9, 3],
            '100' => [100.0, 4],
        ];
    }

    /**
     * Maturity level is the highest level the score reaches.
     *
     * @dataProvider maturity_provider
     * @param float|null $score
     * @param int|null $level
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('maturity_provider')]
    public function test_maturity_level_is_the_highest_level_the_score_reaches(?float $score, ?int $level): void {
        $this->assertSame($level, result::maturity_level($score));
    }

    public function test_strengths_and_weaknesses_are_at_most_three_split_at_50(): void {
        $dims = [];
        foreach (
            ['d1' => 90, 'd2' => 10, 'd3' => 50, 'd4' => 49.99, 'd5' => 70, 'd6' => 90, 'd7' => 30, 'd8' => null,
                'd9' => 30] as $key => $score
        ) {
            $dims[] = new dimension_score($key, $score === null ? null : (float) $score);
        }
        $result = new result($dims, 50.0);

        // Ties keep document order.
        $this->assertSame(['d1', 'd6', 'd5'], $result->get_strengths());
        $this->assertSame(['d2', 'd7', 'd9'], $result->get_weaknesses());
    }

    public function test_weak_items_and_priorities_follow_relevance_then_score(): void {
        $result = $this->score([
            'a1' => ['1', 3], // 25, high relevance: priority.
            'a2' => ['no', 2], // 0, medium relevance: priority after a1.
            'a3' => ['all', 3], // 100: not weak.
            'b1' => 'ox', // 40, no relevance asked: weak, no priority.
            'b2' => '0', // 50: not weak.
            'c2' => '?', // Don't know: neither.
        ]);

        $this->assertSame(['a1', 'a2', 'b1'], $result->get_weak_items());
        $this->assertSame(['a1', 'a2'], $result->get_priorities());
        $this->assertSame(3, $result->get_item_relevance('a1'));
        $this->assertSame(0, $result->get_item_relevance('b1'));
        $this->assertSame(40.0, $result->get_item_score('b1'));
    }

    public function test_priorities_with_equal_relevance_put_the_lowest_score_first(): void {
        $result = $this->score(['a1' => ['1', 2], 'a2' => ['no', 2], 'a3' => ['some', 3]]);

        // Item a3 is 50 (not weak); a2 (0) before a1 (25).
        $this->assertSame(['a2', 'a1'], $result->get_priorities());
    }

    public function test_answers_to_unknown_items_are_ignored(): void {
        $result = (new scoring(test_instrument::instrument()))->score(['zz' => new answer('zz', '4')]);

        $this->assertNull($result->score);
        $this->assertSame(0, $result->answered);
    }

    public function test_surveys_are_not_scored(): void {
        $this->expectException(\InvalidArgumentException::class);

        new scoring(test_instrument::instrument('survey'));
    }

    public function test_default_instrument_all_established_scores_75_everywhere(): void {
        $instrument = \local_digitalstrategy\local\questionnaire\instrument::from_json(
            file_get_contents(__DIR__ . '/../../../db/instruments/digitalisierungscheck.json')
        );
        $answers = [];
        foreach ($instrument->get_items() as $key => $item) {
            $answers[$key] = new answer($key, $item['type'] === 'yesno' ? 'yes' : '3');
        }

        $result = (new scoring($instrument))->score($answers);

        // Maturity items score 75, yes/no items 100: every dimension lies between 75 and 100.
        $this->assertCount(8, $result->get_dimensions());
        foreach ($result->get_dimensions() as $dimension) {
            $this->assertGreaterThanOrEqual(75.0, $dimension->score);
            $this->assertLessThanOrEqual(100.0, $dimension->score);
        }
        $this->assertSame(3, $result->get_maturity());
        $this->assertSame(count($instrument->get_items()), $result->answered);
    }
}
