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
 * One indicator across the half-years of the timeline.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class timeline_row {
    /**
     * Creates the value object.
     *
     * @param indicator $indicator
     * @param array<int, timeline_cell> $cells period index => cell
     * @param bool $sourcemissing the indicator's source class is gone
     */
    public function __construct(
        /** @var indicator */
        public readonly indicator $indicator,
        /** @var array<int, timeline_cell> */
        public readonly array $cells,
        /** @var bool */
        public readonly bool $sourcemissing = false,
    ) {
    }
}
