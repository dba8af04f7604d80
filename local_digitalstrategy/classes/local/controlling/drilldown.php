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
 * The records behind an actual value, as a table: raw values, escaped where they are shown.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class drilldown {
    /**
     * Creates the value object.
     *
     * @param string[] $headers column headers, localised
     * @param array<int, array<int, string|int|float>> $rows one list of cells per record
     * @param string|null $note what the reader should know, e.g. that small groups are hidden
     */
    public function __construct(
        /** @var string[] */
        public readonly array $headers,
        /** @var array<int, array<int, string|int|float>> */
        public readonly array $rows,
        /** @var string|null */
        public readonly ?string $note = null,
    ) {
    }
}
