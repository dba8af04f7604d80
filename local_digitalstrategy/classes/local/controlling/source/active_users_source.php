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

use local_digitalstrategy\local\controlling\docaccess_aggregator;
use local_digitalstrategy\local\controlling\docaccess_repository;
use local_digitalstrategy\local\controlling\drilldown;
use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\indicator_source;
use local_digitalstrategy\local\controlling\period;

/**
 * Active users per month, from the summary the task aggregate_docaccess fills: a user is active in
 * a month with at least one event in Moodle's standard log. The value of a half-year is the mean
 * over its months that have begun (a month without anybody active counts as 0).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class active_users_source implements indicator_source {
    /**
     * Creates the source.
     *
     * @param docaccess_repository $docaccess
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var docaccess_repository */
        private readonly docaccess_repository $docaccess,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The key indicators name this source by.
     *
     * @return string
     */
    public function key(): string {
        return 'active_users';
    }

    /**
     * The mean of the monthly active users per half-year; null for a half-year that has not begun.
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        $months = $this->docaccess->active_users(array_map(fn(period $p) => $p->index, $periods));
        $now = $this->clock->time();
        $result = [];
        foreach ($periods as $period) {
            $begun = $this->months_begun($period, $now);
            if (!$begun) {
                $result[$period->index] = null;
                continue;
            }
            $sum = 0;
            foreach ($begun as $month) {
                $sum += $months[$period->index][$month]->users ?? 0;
            }
            $result[$period->index] = round($sum / count($begun), 2);
        }
        return $result;
    }

    /**
     * The active users and their organisations in each month of the half-year that has begun.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        $months = $this->docaccess->active_users([$period->index])[$period->index] ?? [];
        $rows = [];
        $timezone = \core_date::get_server_timezone_object()->getName();
        foreach ($this->months_begun($period, $this->clock->time()) as $month) {
            $rows[] = [
                userdate(
                    docaccess_aggregator::month_start_of($month),
                    get_string('strftimemonthyear', 'core_langconfig'),
                    $timezone
                ),
                $months[$month]->users ?? 0,
                $months[$month]->organisations ?? 0,
            ];
        }
        return new drilldown([
            get_string('docaccess_month', 'local_digitalstrategy'),
            get_string('docaccess_activeusers', 'local_digitalstrategy'),
            get_string('docaccess_organisations', 'local_digitalstrategy'),
        ], $rows);
    }

    /**
     * The months (YYYYMM) of a half-year that have begun by now.
     *
     * @param period $period
     * @param int $now
     * @return int[]
     */
    private function months_begun(period $period, int $now): array {
        $result = [];
        $first = docaccess_aggregator::month_key($period->start);
        for ($i = 0; $i < 6; $i++) {
            $year = intdiv($first, 100);
            $month = $first % 100 + $i;
            $key = ($year + intdiv($month - 1, 12)) * 100 + (($month - 1) % 12 + 1);
            $start = docaccess_aggregator::month_start_of($key);
            if ($start > $now || $start >= $period->end) {
                break;
            }
            $result[] = $key;
        }
        return $result;
    }
}
