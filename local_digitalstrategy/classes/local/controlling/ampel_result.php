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
 * The Ampel of an indicator in one half-year and the rule that gave it, in words.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class ampel_result {
    /** @var string[] colours, 'none' when there is nothing to judge */
    public const COLOURS = ['green', 'amber', 'red', 'none'];

    /**
     * Creates the value object.
     *
     * @param string $colour green, amber, red or none
     * @param string $rule why, in the user's language (shown on hover and focus)
     */
    public function __construct(
        /** @var string */
        public readonly string $colour,
        /** @var string */
        public readonly string $rule,
    ) {
    }
}
