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
 * The programme plan's timeline: indicators × half-years with target, actual value and Ampel.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class timeline {
    /**
     * Creates the value object.
     *
     * @param array<int, period> $periods the half-years shown, index => period
     * @param timeline_row[] $rows one per indicator, in catalogue order
     * @param int $now when it was computed
     */
    public function __construct(
        /** @var array<int, period> */
        public readonly array $periods,
        /** @var timeline_row[] */
        public readonly array $rows,
        /** @var int */
        public readonly int $now,
    ) {
    }
}
