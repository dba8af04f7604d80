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

namespace local_digitalstrategy\local\controlling;

/**
 * Judges an actual value against its target: green when met (edges included), amber within the
 * tolerance or — for counts that grow through a half-year — on track in the running half-year by a
 * linear pro-rata rule, red otherwise.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class ampel_rule {
    /** @var float values closer than this count as equal (they are stored with two decimals) */
    private const EPSILON = 0.000001;

    /**
     * The Ampel of one cell.
     *
     * @param indicator $indicator
     * @param target|null $target null when the half-year has no target
     * @param float|null $actual null when there is no value
     * @param period $period
     * @param int $now
     * @return ampel_result
     */
    public function evaluate(indicator $indicator, ?target $target, ?float $actual, period $period, int $now): ampel_result {
        if ($period->is_future($now)) {
            return new ampel_result('none', get_string('ampelrule_future', 'local_digitalstrategy'));
        }
        if ($target === null) {
            return new ampel_result('none', get_string('ampelrule_notarget', 'local_digitalstrategy'));
        }
        $a = (object) [
            'target' => $this->describe_target($indicator, $target),
            'actual' => $actual === null ? '' : self::number($actual),
            'tolerance' => self::number($indicator->tolerance),
        ];
        if ($actual === null) {
            return new ampel_result('none', get_string('ampelrule_novalue', 'local_digitalstrategy', $a));
        }
        $distance = $this->shortfall($indicator, $target, $actual);
        if ($distance <= self::EPSILON) {
            return new ampel_result('green', get_string('ampelrule_green', 'local_digitalstrategy', $a));
        }
        if ($indicator->tolerance > 0 && $distance <= $indicator->tolerance + self::EPSILON) {
            return new ampel_result('amber', get_string('ampelrule_tolerance', 'local_digitalstrategy', $a));
        }
        if ($indicator->direction === 'atleast' && $indicator->unit === 'count' && $period->is_running($now)) {
            $fraction = $period->elapsed_fraction($now);
            $expected = $target->target * $fraction;
            if ($actual + self::EPSILON >= $expected) {
                $a->elapsed = format_float($fraction * 100, 0);
                $a->expected = self::number($expected);
                return new ampel_result('amber', get_string('ampelrule_prorata', 'local_digitalstrategy', $a));
            }
        }
        return new ampel_result('red', get_string('ampelrule_red', 'local_digitalstrategy', $a));
    }

    /**
     * How far the actual value is from meeting the target; 0 or less when it is met.
     *
     * @param indicator $indicator
     * @param target $target
     * @param float $actual
     * @return float
     */
    private function shortfall(indicator $indicator, target $target, float $actual): float {
        return match ($indicator->direction) {
            'atmost' => $actual - $target->target,
            'range' => max($target->target - $actual, $actual - ($target->targethigh ?? $target->target)),
            default => $target->target - $actual,
        };
    }

    /**
     * The target in words, e.g. "at least 10".
     *
     * @param indicator $indicator
     * @param target $target
     * @return string
     */
    public function describe_target(indicator $indicator, target $target): string {
        return match ($indicator->direction) {
            'atmost' => get_string('ampeltarget_atmost', 'local_digitalstrategy', self::number($target->target)),
            'range' => get_string('ampeltarget_range', 'local_digitalstrategy', (object) [
                'low' => self::number($target->target),
                'high' => self::number($target->targethigh ?? $target->target),
            ]),
            default => get_string('ampeltarget_atleast', 'local_digitalstrategy', self::number($target->target)),
        };
    }

    /**
     * A number as the user's language writes it, without trailing zeros.
     *
     * @param float $value
     * @return string
     */
    public static function number(float $value): string {
        return format_float($value, 2, true, true);
    }
}
