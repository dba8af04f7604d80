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
 * One cell of the timeline: an indicator in one half-year.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class timeline_cell {
    /**
     * Creates the value object.
     *
     * @param period $period
     * @param target|null $target null when there is none
     * @param float|null $actual null when there is no value
     * @param ampel_result $ampel
     * @param bool $sourcemissing the indicator's source class is gone
     */
    public function __construct(
        /** @var period */
        public readonly period $period,
        /** @var target|null */
        public readonly ?target $target,
        /** @var float|null */
        public readonly ?float $actual,
        /** @var ampel_result */
        public readonly ampel_result $ampel,
        /** @var bool */
        public readonly bool $sourcemissing = false,
    ) {
    }
}
