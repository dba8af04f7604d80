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

namespace local_digitalstrategy\local\check;

/**
 * The score of one dimension of a check run: immutable.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class dimension_score {
    /**
     * Creates the score.
     *
     * @param string $key the dimension key
     * @param float|null $score 0–100, null when no item of the dimension was scored
     * @param int $answered items answered (including "don't know")
     * @param int $scored items that counted towards the score
     * @param int $items items of the dimension
     */
    public function __construct(
        /** @var string the dimension key */
        public readonly string $key,
        /** @var float|null 0–100, null when no item was scored */
        public readonly ?float $score,
        /** @var int items answered */
        public readonly int $answered = 0,
        /** @var int items that counted towards the score */
        public readonly int $scored = 0,
        /** @var int items of the dimension */
        public readonly int $items = 0,
    ) {
    }
}
