<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\webinar;

/**
 * A list of a circle's sessions as a page shows it, with what the viewer needs to see next to
 * each: whether they attended it and, for those who see the attendance, how many did.
 *
 * An immutable value made by {@see session_overview}.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class session_list {
    /**
     * Creates the list.
     *
     * @param session[] $sessions the sessions shown, in order
     * @param int[] $attended the ids of those the viewer attended
     * @param array<int, int> $attendeecounts session id => number of people who attended, empty when not shown
     * @param int $upcoming how many sessions of the circle are to come or running, shown or not
     * @param int $past how many sessions of the circle are over, shown or not
     */
    public function __construct(
        /** @var session[] the sessions shown, in order */
        public readonly array $sessions,
        /** @var int[] the ids of those the viewer attended */
        public readonly array $attended,
        /** @var array<int, int> session id => number of people who attended */
        public readonly array $attendeecounts,
        /** @var int how many sessions of the circle are to come or running */
        public readonly int $upcoming,
        /** @var int how many sessions of the circle are over */
        public readonly int $past,
    ) {
    }

    /**
     * How many sessions of the circle there are in all.
     *
     * @return int
     */
    public function total(): int {
        return $this->upcoming + $this->past;
    }
}
