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

namespace local_digitalstrategy\local\questionnaire;

use local_digitalstrategy\tests\test_instrument;

/**
 * Validation and normalisation of proposed answers, and the completeness rule for submitting.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\questionnaire\answer_validator
 * @covers     \local_digitalstrategy\local\questionnaire\answer
 * @covers     \local_digitalstrategy\local\questionnaire\invalid_answer
 * @covers     \local_digitalstrategy\local\questionnaire\completeness
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\questionnaire\answer_validator::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\questionnaire\answer::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\questionnaire\invalid_answer::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\questionnaire\completeness::class)]
final class answer_validator_test extends \PHPUnit\Framework\TestCase {
    /**
     * Accepted answers and their stored value.
     *
     * @return array<string, array{0: string, 1: string|null, 2: string|null}>
     */
    public static function valid_provider(): array {
        return [
            'maturity level' => ['a1', '3', '3'],
            'maturity level with spaces' => ['a1', ' 4 ', '4'],
            'maturity level with a plus sign' => ['a1', '+2', '2'],
            'yes' => ['a2', 'yes', 'yes'],
            'single option' => ['a3', 'some', 'some'],
            'multiple options are stored in document order without duplicates' => ['b1', 'oz, ox,oz', 'ox,oz'],
            'rating -2' => ['b2', '-2', '-2'],
            'free text is trimmed' => ['b3', "  Our plan \n", 'Our plan'],
            'empty value clears the answer' => ['a1', '', null],
            'null value clears the answer' => ['a1', null, null],
        ];
    }

    /**
     * Valid answers are normalised.
     *
     * @dataProvider valid_provider
     * @param string $item
     * @param string|null $value
     * @param string|null $stored
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('valid_provider')]
    public function test_valid_answers_are_normalised(string $item, ?string $value, ?string $stored): void {
        $answer = (new answer_validator(test_instrument::instrument()))->normalise($item, $value, false, 0);

        $this->assertSame($stored, $answer->value);
        $this->assertSame($stored !== null, $answer->is_answered());
        $this->assertFalse($answer->dontknow);
    }

    /**
     * Rejected answers and the error code.
     *
     * @return array<string, array{0: string, 1: string|null, 2: bool, 3: int, 4: string}>
     */
    public static function invalid_provider(): array {
        return [
            'unknown item' => ['zz', '1', false, 0, 'unknownitem'],
            'maturity above 4' => ['a1', '5', false, 0, 'outofrange'],
            'maturity below 0' => ['a1', '-1', false, 0, 'outofrange'],
            'maturity as a decimal' => ['a1', '2.5', false, 0, 'outofrange'],
            'maturity as a word' => ['a1', 'three', false, 0, 'outofrange'],
            'rating above 2' => ['b2', '3', false, 0, 'outofrange'],
            'yes/no with another word' => ['a2', 'maybe', false, 0, 'notyesno'],
            'unknown single option' => ['a3', 'most', false, 0, 'unknownoption'],
            'unknown multiple option' => ['b1', 'ox,nope', false, 0, 'unknownoption'],
            "don't know where it is not offered" => ['a3', '', true, 0, 'dontknownotoffered'],
            "don't know with a value" => ['a1', '2', true, 0, 'valuewithdontknow'],
            'relevance where it is not asked' => ['b2', '1', false, 2, 'relevancenotasked'],
            'relevance above 3' => ['a1', '1', false, 4, 'relevanceoutofrange'],
            'negative relevance' => ['a1', '1', false, -1, 'relevanceoutofrange'],
            'text too long' => ['b3', str_repeat('x', answer_validator::MAX_TEXT + 1), false, 0, 'texttoolong'],
        ];
    }

    /**
     * Invalid answers are rejected with a code.
     *
     * @dataProvider invalid_provider
     * @param string $item
     * @param string|null $value
     * @param bool $dontknow
     * @param int $relevance
     * @param string $code
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('invalid_provider')]
    public function test_invalid_answers_are_rejected_with_a_code(
        string $item,
        ?string $value,
        bool $dontknow,
        int $relevance,
        string $code
    ): void {
        try {
            (new answer_validator(test_instrument::instrument()))->normalise($item, $value, $dontknow, $relevance);
            $this->fail('No exception');
        } catch (invalid_answer $e) {
            $this->assertSame($code, $e->errorcode);
            $this->assertSame($item, $e->itemkey);
            $this->assertContains($code, answer_validator::ERRORS);
        }
    }

    public function test_dont_know_and_relevance_are_kept(): void {
        $answer = (new answer_validator(test_instrument::instrument()))->normalise('a1', '', true, 3);

        $this->assertTrue($answer->dontknow);
        $this->assertNull($answer->value);
        $this->assertSame(3, $answer->relevance);
        $this->assertTrue($answer->is_answered());
    }

    public function test_relevance_alone_does_not_answer_an_item(): void {
        $answer = (new answer_validator(test_instrument::instrument()))->normalise('a1', null, false, 2);

        $this->assertFalse($answer->is_answered());
        $this->assertSame(2, $answer->relevance);
    }

    public function test_same_content_compares_value_dontknow_and_relevance_only(): void {
        $this->assertTrue((new answer('a1', '2', false, 1, 3, 7, 100))->same_content(new answer('a1', '2', false, 1)));
        $this->assertFalse((new answer('a1', '2', false, 1))->same_content(new answer('a1', '2', false, 2)));
        $this->assertFalse((new answer('a1', null, true))->same_content(new answer('a1', null, false)));
    }

    public function test_completeness_needs_the_share_of_items_and_every_required_item(): void {
        $instrument = test_instrument::instrument();
        // Eight items; 75 % means six. a3 is required.
        $six = test_instrument::answers(['a1' => '1', 'a2' => '?', 'b1' => 'ox', 'b2' => '0', 'b3' => 'x',
            'c1' => 'op', 'c2' => [null, 0]]);

        $without = completeness::of($instrument, $six, 75);
        $this->assertSame(6, $without->answered);
        $this->assertSame(8, $without->items);
        $this->assertSame(6, $without->needed);
        $this->assertSame(['a3', 'c2'], $without->unanswered);
        $this->assertSame(['a3'], $without->requiredmissing);
        $this->assertFalse($without->can_submit());

        $with = completeness::of($instrument, $six + test_instrument::answers(['a3' => 'all']), 75);
        $this->assertTrue($with->can_submit());
        $this->assertSame(87, $with->percent());

        $this->assertFalse(completeness::of($instrument, test_instrument::answers(['a3' => 'all']), 50)->can_submit());
        $this->assertTrue(completeness::of($instrument, test_instrument::answers(['a3' => 'all']), 0)->can_submit());
        $this->assertFalse(completeness::of($instrument, [], 0)->can_submit(), 'an empty run is never submitted');
    }
}
