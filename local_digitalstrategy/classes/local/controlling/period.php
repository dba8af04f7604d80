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
 * One half-year of the programme: the unit the project plan counts in.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class period {
    /**
     * Creates the period.
     *
     * @param int $index 1-based position in the programme
     * @param int $year calendar year
     * @param int $half 1 (January–June) or 2 (July–December)
     * @param int $start first second of the half-year in the site's timezone
     * @param int $end first second after it
     */
    public function __construct(
        /** @var int 1-based position in the programme */
        public readonly int $index,
        /** @var int calendar year */
        public readonly int $year,
        /** @var int 1 or 2 */
        public readonly int $half,
        /** @var int first second */
        public readonly int $start,
        /** @var int first second after the period */
        public readonly int $end,
    ) {
    }

    /**
     * The long label, e.g. "2. Halbjahr 2018".
     *
     * @return string
     */
    public function label(): string {
        return get_string('period_label', 'local_digitalstrategy', (object) ['year' => $this->year, 'half' => $this->half]);
    }

    /**
     * The short label for table headers, e.g. "2. Hj. 2018".
     *
     * @return string
     */
    public function short_label(): string {
        return get_string('period_short', 'local_digitalstrategy', (object) ['year' => $this->year, 'half' => $this->half]);
    }

    /**
     * Whether a moment lies in this half-year (its start included, its end not).
     *
     * @param int $time
     * @return bool
     */
    public function contains(int $time): bool {
        return $time >= $this->start && $time < $this->end;
    }

    /**
     * Share of the half-year that has passed.
     *
     * @param int $now
     * @return float 0 before the start, 1 from the end on
     */
    public function elapsed_fraction(int $now): float {
        if ($now <= $this->start) {
            return 0.0;
        }
        if ($now >= $this->end) {
            return 1.0;
        }
        return ($now - $this->start) / ($this->end - $this->start);
    }

    /**
     * Whether the half-year is under way.
     *
     * @param int $now
     * @return bool
     */
    public function is_running(int $now): bool {
        return $this->contains($now);
    }

    /**
     * Whether the half-year has not begun.
     *
     * @param int $now
     * @return bool
     */
    public function is_future(int $now): bool {
        return $now < $this->start;
    }
}
