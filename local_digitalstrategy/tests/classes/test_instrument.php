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

namespace local_digitalstrategy\tests;

use local_digitalstrategy\local\questionnaire\answer;
use local_digitalstrategy\local\questionnaire\instrument;

/**
 * A small check instrument with every item type, for the domain tests of scoring and results.
 *
 * Dimension "lead" (weight 2): a1 maturity (weight 2, don't know, relevance), a2 yes/no (don't
 * know, relevance), a3 single choice scored 0/50/100 (relevance).
 * Dimension "tech" (weight 1): b1 multiple choice scored 40 each, b2 rating, b3 free text.
 * Dimension "misc" (weight 1): c1 single choice without scores, c2 maturity (don't know).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class test_instrument {
    /**
     * A localised text.
     *
     * @param string $text
     * @return array<string, string>
     */
    public static function t(string $text): array {
        return ['de' => $text, 'en' => $text];
    }

    /**
     * Five levels with the given values.
     *
     * @param int[] $values
     * @return array<int, array<string, mixed>>
     */
    private static function levels(array $values): array {
        return array_map(fn($v) => ['value' => $v, 'label' => self::t("Level $v")], $values);
    }

    /**
     * Options with optional scores.
     *
     * @param array<string, float|null> $options key => score (null: unscored)
     * @return array<int, array<string, mixed>>
     */
    private static function options(array $options): array {
        $out = [];
        foreach ($options as $key => $score) {
            $out[] = ['key' => $key, 'label' => self::t($key)] + ($score === null ? [] : ['score' => $score]);
        }
        return $out;
    }

    /**
     * The document.
     *
     * @param string $kind check, survey or feedback
     * @return array<string, mixed>
     */
    public static function document(string $kind = 'check'): array {
        $maturity = fn(string $key, array $extra = []) => ['key' => $key, 'type' => 'maturity', 'text' => self::t($key),
            'levels' => self::levels([0, 1, 2, 3, 4])] + $extra;
        return [
            'format' => 'digitalstrategy-instrument', 'formatversion' => 1, 'idnumber' => 'testcheck', 'version' => 1,
            'kind' => $kind, 'name' => self::t('Test'), 'description' => self::t('Test instrument'),
            'dimensions' => [
                ['key' => 'lead', 'name' => self::t('Lead'), 'description' => self::t('Lead'), 'weight' => 2, 'items' => [
                    $maturity('a1', ['dontknow' => true, 'relevance' => true, 'weight' => 2,
                        'recommendation' => self::t('Do a1')]),
                    ['key' => 'a2', 'type' => 'yesno', 'text' => self::t('a2'), 'dontknow' => true, 'relevance' => true,
                        'recommendation' => self::t('Do a2')],
                    ['key' => 'a3', 'type' => 'single', 'text' => self::t('a3'), 'relevance' => true, 'required' => true,
                        'options' => self::options(['none' => 0, 'some' => 50, 'all' => 100])],
                ]],
                ['key' => 'tech', 'name' => self::t('Tech'), 'description' => self::t('Tech'), 'items' => [
                    ['key' => 'b1', 'type' => 'multiple', 'text' => self::t('b1'),
                        'options' => self::options(['ox' => 40, 'oy' => 40, 'oz' => 40])],
                    ['key' => 'b2', 'type' => 'rating', 'text' => self::t('b2'), 'dontknow' => true],
                    ['key' => 'b3', 'type' => 'text', 'text' => self::t('b3')],
                ]],
                ['key' => 'misc', 'name' => self::t('Misc'), 'description' => self::t('Misc'), 'items' => [
                    ['key' => 'c1', 'type' => 'single', 'text' => self::t('c1'),
                        'options' => self::options(['op' => null, 'oq' => null])],
                    $maturity('c2', ['dontknow' => true]),
                ]],
            ],
        ];
    }

    /**
     * The instrument.
     *
     * @param string $kind check, survey or feedback
     * @return instrument
     */
    public static function instrument(string $kind = 'check'): instrument {
        return instrument::from_array(self::document($kind));
    }

    /**
     * Answers by item key from a compact list.
     *
     * @param array<string, string|null|array{0: string|null, 1: int}> $values item => value ('?' for don't
     *     know), or item => [value, relevance]
     * @return array<string, answer>
     */
    public static function answers(array $values): array {
        $answers = [];
        foreach ($values as $key => $value) {
            [$value, $relevance] = is_array($value) ? $value : [$value, 0];
            $answers[$key] = $value === '?' ? new answer($key, null, true, $relevance)
                : new answer($key, $value, false, $relevance);
        }
        return $answers;
    }
}
