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
 * Computes the actual value of indicators from what the platform records. One class per source in
 * classes/local/controlling/source/, named <key>_source.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
interface indicator_source {
    /**
     * The key indicators name this source by (local_digitalstrategy_indicator.source).
     *
     * @return string
     */
    public function key(): string;

    /**
     * The actual values in the given half-years, with a constant number of queries whatever the
     * number of half-years, organisations or records.
     *
     * @param indicator $indicator the indicator (its config holds the source's options)
     * @param period[] $periods the half-years asked for
     * @return array<int, float|null> period index => value, null when there is none
     */
    public function values(indicator $indicator, array $periods): array;

    /**
     * The records behind the value of one half-year: which organisations, which sessions.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown;
}
