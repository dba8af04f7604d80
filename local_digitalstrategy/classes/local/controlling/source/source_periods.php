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

use local_digitalstrategy\local\controlling\period;

/**
 * What the automatic sources share: SQL that sorts a timestamp into the half-years asked for (so a
 * source counts all of them in one grouped query), the rule that a half-year which has not begun
 * has no value, the programme's courses and how dates appear in a drill-down.
 *
 * A moment on the boundary between two half-years belongs to the later one (a half-year contains
 * its first second, not the first second of the next).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class source_periods {
    /**
     * Columns counting, per half-year, the rows whose timestamp lies before its end: the running
     * total at the end of each half-year (column p<index>).
     *
     * @param period[] $periods the half-years
     * @param string $column column or expression holding a timestamp
     * @param string $prefix prefix of the named parameters
     * @return array{0: string, 1: array<string, int>} the select list and its parameters
     */
    public static function cumulative_sql(array $periods, string $column, string $prefix = 'sc'): array {
        $columns = [];
        $params = [];
        foreach ($periods as $period) {
            $to = $prefix . 't' . $period->index;
            $columns[] = "COALESCE(SUM(CASE WHEN {$column} < :{$to} THEN 1 ELSE 0 END), 0) AS p{$period->index}";
            $params[$to] = $period->end;
        }
        return [implode(', ', $columns), $params];
    }

    /**
     * The time span covering all given half-years.
     *
     * @param period[] $periods at least one
     * @return array{0: int, 1: int} first second, first second after
     */
    public static function span(array $periods): array {
        return [
            min(array_map(fn(period $period) => $period->start, $periods)),
            max(array_map(fn(period $period) => $period->end, $periods)),
        ];
    }

    /**
     * The values of a count per half-year: 0 for a half-year under way or past without records,
     * null for a half-year that has not begun.
     *
     * @param period[] $periods the half-years asked for
     * @param array<int, int|float> $counts period index => count
     * @param int $now
     * @return array<int, float|null>
     */
    public static function counts(array $periods, array $counts, int $now): array {
        $values = [];
        foreach ($periods as $period) {
            $values[$period->index] = $period->is_future($now) ? null : (float) ($counts[$period->index] ?? 0);
        }
        return $values;
    }

    /**
     * The values of a measure per half-year that may have none (a mean, a rate): null for a
     * half-year without data and for one that has not begun.
     *
     * @param period[] $periods the half-years asked for
     * @param array<int, float|null> $measures period index => value
     * @param int $now
     * @return array<int, float|null>
     */
    public static function measures(array $periods, array $measures, int $now): array {
        $values = [];
        foreach ($periods as $period) {
            $value = $measures[$period->index] ?? null;
            $values[$period->index] = $period->is_future($now) || $value === null ? null : (float) $value;
        }
        return $values;
    }

    /**
     * Whether the development circles (mod_devcircle, whose tables hold the attendance) are installed.
     *
     * @return bool
     */
    public static function circles_installed(): bool {
        return (bool) get_config('mod_devcircle', 'version');
    }

    /**
     * A date and time as a drill-down shows it, in the viewer's language and timezone.
     *
     * @param int $time
     * @return string empty for 0
     */
    public static function date(int $time): string {
        return $time > 0 ? userdate($time, get_string('strftimedatetimeshort', 'core_langconfig')) : '';
    }
}
