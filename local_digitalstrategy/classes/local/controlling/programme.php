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

use local_digitalstrategy\local\settings;

/**
 * The programme's timeline: consecutive half-years from its first half-year on, in the site's
 * timezone (a half-year begins at local midnight on 1 January or 1 July).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class programme {
    /** @var array<int, period> index => period */
    private readonly array $periods;

    /**
     * Builds the timeline.
     *
     * @param int $startyear year of the first half-year
     * @param int $starthalf 1 or 2
     * @param int $halfyears number of half-years, at least 1
     * @param \DateTimeZone $timezone where half-years begin at midnight
     */
    public function __construct(int $startyear, int $starthalf, int $halfyears, \DateTimeZone $timezone) {
        $periods = [];
        $year = $startyear;
        $half = $starthalf === 2 ? 2 : 1;
        $start = self::boundary($year, $half, $timezone);
        for ($index = 1; $index <= max(1, $halfyears); $index++) {
            [$nextyear, $nexthalf] = $half === 1 ? [$year, 2] : [$year + 1, 1];
            $end = self::boundary($nextyear, $nexthalf, $timezone);
            $periods[$index] = new period($index, $year, $half, $start, $end);
            [$year, $half, $start] = [$nextyear, $nexthalf, $end];
        }
        $this->periods = $periods;
    }

    /**
     * The programme as the settings describe it.
     *
     * @param settings $settings
     * @return self
     */
    public static function from_settings(settings $settings): self {
        [$year, $half] = $settings->programme_start();
        return new self($year, $half, $settings->programme_half_years(), \core_date::get_server_timezone_object());
    }

    /**
     * Midnight at the start of a half-year.
     *
     * @param int $year
     * @param int $half
     * @param \DateTimeZone $timezone
     * @return int
     */
    private static function boundary(int $year, int $half, \DateTimeZone $timezone): int {
        return (new \DateTimeImmutable(sprintf('%04d-%02d-01 00:00:00', $year, $half === 1 ? 1 : 7), $timezone))
            ->getTimestamp();
    }

    /**
     * All half-years.
     *
     * @return array<int, period> index => period, in order
     */
    public function periods(): array {
        return $this->periods;
    }

    /**
     * Whether the programme has a half-year with this index.
     *
     * @param int $index
     * @return bool
     */
    public function has_period(int $index): bool {
        return isset($this->periods[$index]);
    }

    /**
     * The half-year with this index.
     *
     * @param int $index
     * @return period
     * @throws \moodle_exception error_periodoutside when the programme has no such half-year
     */
    public function period(int $index): period {
        if (!isset($this->periods[$index])) {
            throw new \moodle_exception('error_periodoutside', 'local_digitalstrategy', '', (object) [
                'index' => $index, 'count' => count($this->periods),
            ]);
        }
        return $this->periods[$index];
    }

    /**
     * The half-year a moment falls in.
     *
     * @param int $time
     * @return period|null null before the start or after the end
     */
    public function period_at(int $time): ?period {
        foreach ($this->periods as $period) {
            if ($period->contains($time)) {
                return $period;
            }
        }
        return null;
    }

    /**
     * First second of the programme.
     *
     * @return int
     */
    public function start(): int {
        return $this->periods[array_key_first($this->periods)]->start;
    }

    /**
     * First second after the programme.
     *
     * @return int
     */
    public function end(): int {
        return $this->periods[array_key_last($this->periods)]->end;
    }

    /**
     * SQL that maps a timestamp column to its half-year index (0 outside the programme), so a
     * source counts all half-years in one grouped query instead of one query per half-year.
     *
     * @param string $column column or expression holding a timestamp
     * @return array{0: string, 1: array<string, int>} CASE expression and its named parameters
     */
    public function period_case_sql(string $column): array {
        static $counter = 0;
        $counter++;
        return self::case_sql($this->periods, $column, "pcs{$counter}");
    }

    /**
     * SQL that maps a timestamp column to the index of the half-year it falls in among the given
     * ones (0 for none of them).
     *
     * @param period[] $periods the half-years
     * @param string $column column or expression holding a timestamp
     * @param string $prefix prefix of the named parameters, unique within the query
     * @return array{0: string, 1: array<string, int>} CASE expression and its named parameters
     */
    public static function case_sql(array $periods, string $column, string $prefix): array {
        $sql = 'CASE';
        $params = [];
        foreach ($periods as $period) {
            $from = $prefix . 'f' . $period->index;
            $to = $prefix . 't' . $period->index;
            $sql .= " WHEN {$column} >= :{$from} AND {$column} < :{$to} THEN {$period->index}";
            $params[$from] = $period->start;
            $params[$to] = $period->end;
        }
        return [$sql . ' ELSE 0 END', $params];
    }
}
