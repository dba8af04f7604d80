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
 * Scoring of the System Usability Scale (SUS, John Brooke 1986/1996) for the shipped instrument 'sus'.
 *
 * Standard scoring: each of the ten answers is a response 1 (strongly disagree) … 5 (strongly
 * agree); odd (positively worded) items contribute response − 1, even (negatively worded) items
 * 5 − response; the sum (0…40) × 2.5 is the score 0…100. This suite stores rating answers as
 * −2…+2, i.e. response = value + 3, so an odd item contributes value + 2 and an even one 2 − value.
 * A response with an item unanswered has no SUS score (Brooke: all items must be answered).
 *
 * Grade bands: the letter grade is the Sauro-Lewis curved grading scale (Sauro & Lewis,
 * Quantifying the User Experience, 2nd ed. 2016: A+ 84.1–100 … F 0–51.6, the average 68 is a C);
 * the adjective is the adjective rating scale of Bangor, Kortum & Miller (2009, "Determining what
 * individual SUS scores mean") as mapped onto that curved scale by Sauro (MeasuringU, "5 ways to
 * interpret a SUS score", 2018): best imaginable 84.1–100, excellent 80.8–84.0, good 71.1–80.7,
 * OK 51.7–71.0, poor 25.1–51.6, worst imaginable 0–25.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class sus_score {
    /** @var string The idnumber of the shipped instrument. */
    public const INSTRUMENT = 'sus';

    /** @var string[] The item keys in the standard order (item 1 first). */
    public const ITEMS = ['sus01', 'sus02', 'sus03', 'sus04', 'sus05', 'sus06', 'sus07', 'sus08', 'sus09', 'sus10'];

    /** @var array<int, array{0: float, 1: string}> Lower bounds of the curved grading scale, best first. */
    private const GRADES = [
        [84.1, 'A+'], [80.8, 'A'], [78.9, 'A-'], [77.2, 'B+'], [74.1, 'B'], [72.6, 'B-'],
        [71.1, 'C+'], [65.0, 'C'], [62.7, 'C-'], [51.7, 'D'], [0.0, 'F'],
    ];

    /** @var array<int, array{0: float, 1: string}> Lower bounds of the adjective ranges, best first. */
    private const ADJECTIVES = [
        [84.1, 'bestimaginable'], [80.8, 'excellent'], [71.1, 'good'], [51.7, 'ok'], [25.1, 'poor'], [0.0, 'worstimaginable'],
    ];

    /**
     * The SUS score of one response given as standard responses 1…5 in item order.
     *
     * @param int[] $responses ten responses 1…5, item 1 first
     * @return float 0…100
     * @throws \InvalidArgumentException when there are not ten responses 1…5
     */
    public static function from_responses(array $responses): float {
        if (count($responses) !== 10) {
            throw new \InvalidArgumentException('SUS needs exactly ten responses');
        }
        $sum = 0;
        foreach (array_values($responses) as $i => $response) {
            if (!is_int($response) || $response < 1 || $response > 5) {
                throw new \InvalidArgumentException('SUS responses are 1 to 5');
            }
            // Index 0 is item 1 (odd, positively worded).
            $sum += $i % 2 === 0 ? $response - 1 : 5 - $response;
        }
        return $sum * 2.5;
    }

    /**
     * The SUS score of one stored response (item key => value −2…+2 as stored in respval).
     *
     * @param array<string, int|string|float|null> $values
     * @return float|null 0…100, null when an item is unanswered or out of range
     */
    public static function from_values(array $values): ?float {
        $responses = [];
        foreach (self::ITEMS as $key) {
            $value = $values[$key] ?? null;
            if ($value === null || !is_numeric($value) || (float)$value != (int)$value) {
                return null;
            }
            $value = (int)$value;
            if ($value < -2 || $value > 2) {
                return null;
            }
            $responses[] = $value + 3;
        }
        return self::from_responses($responses);
    }

    /**
     * The mean SUS score over responses; responses without a score are left out.
     *
     * @param array<int, array<string, int|string|float|null>> $responses values per response
     * @return array{mean: float|null, count: int} the mean (null without any scored response) and how many were scored
     */
    public static function mean(array $responses): array {
        $scores = [];
        foreach ($responses as $values) {
            $score = self::from_values($values);
            if ($score !== null) {
                $scores[] = $score;
            }
        }
        if (!$scores) {
            return ['mean' => null, 'count' => 0];
        }
        return ['mean' => array_sum($scores) / count($scores), 'count' => count($scores)];
    }

    /**
     * The letter grade of a score on the Sauro-Lewis curved grading scale.
     *
     * @param float $score 0…100
     * @return string A+, A, A-, B+, B, B-, C+, C, C-, D or F
     */
    public static function grade(float $score): string {
        return self::band(self::GRADES, $score);
    }

    /**
     * The adjective of a score (key of the lang string sus_adjective_<key>).
     *
     * @param float $score 0…100
     * @return string bestimaginable, excellent, good, ok, poor or worstimaginable
     */
    public static function adjective(float $score): string {
        return self::band(self::ADJECTIVES, $score);
    }

    /**
     * The band a score falls into; the published bounds have one decimal, so the score is rounded to one.
     *
     * @param array<int, array{0: float, 1: string}> $bands lower bounds, best first
     * @param float $score
     * @return string
     */
    private static function band(array $bands, float $score): string {
        $score = round($score, 1);
        foreach ($bands as [$lower, $name]) {
            if ($score >= $lower) {
                return $name;
            }
        }
        return $bands[count($bands) - 1][1];
    }
}
