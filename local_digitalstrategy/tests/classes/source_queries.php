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

use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\indicator_source;
use local_digitalstrategy\local\controlling\period;

/**
 * Asks a source for its values and asserts that the number of database reads does not grow with
 * the number of half-years asked for (no query per half-year, organisation or record).
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
trait source_queries {
    /**
     * The values of all half-years, after asserting that asking for all of them reads as often as
     * asking for one, and no more often than the given bound.
     *
     * @param indicator_source $source
     * @param indicator $indicator
     * @param period[] $periods
     * @param int $bound most reads allowed (a recordset counts for its cursor's statements)
     * @return array<int, float|null>
     */
    protected function values_in_constant_queries(
        indicator_source $source,
        indicator $indicator,
        array $periods,
        int $bound = 3
    ): array {
        global $DB;
        // Caches (configuration, table metadata, forms) are filled by a first call.
        $source->values($indicator, [reset($periods)]);
        $reads = $DB->perf_get_reads();
        $source->values($indicator, [reset($periods)]);
        $one = $DB->perf_get_reads() - $reads;
        $reads = $DB->perf_get_reads();
        $values = $source->values($indicator, $periods);
        $all = $DB->perf_get_reads() - $reads;
        $this->assertSame($one, $all, 'as many reads for ' . count($periods) . ' half-years as for one');
        $this->assertLessThanOrEqual($bound, $all);
        return $values;
    }
}
