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
 * The submitted runs of one organisation over time and the change between the first and the
 * latest. Pure: no database.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class history {
    /** @var array<int, array{runid: int, timesubmitted: int, result: result}> oldest first */
    private array $runs;

    /**
     * Creates the history.
     *
     * @param array<int, array{runid: int, timesubmitted: int, result: result}> $runs in any order
     */
    public function __construct(array $runs) {
        usort($runs, fn($a, $b) => [$a['timesubmitted'], $a['runid']] <=> [$b['timesubmitted'], $b['runid']]);
        $this->runs = $runs;
    }

    /**
     * The submitted runs with their results, oldest first.
     *
     * @return array<int, array{runid: int, timesubmitted: int, result: result}> oldest first
     */
    public function get_runs(): array {
        return $this->runs;
    }

    /**
     * Whether there is a change to show (two or more runs).
     *
     * @return bool
     */
    public function has_change(): bool {
        return count($this->runs) >= 2;
    }

    /**
     * Change of a dimension's score from the first to the latest run, in points.
     *
     * @param string $key a dimension key
     * @return float|null null with fewer than two runs or when either run has no score for it
     */
    public function dimension_change(string $key): ?float {
        if (!$this->has_change()) {
            return null;
        }
        $first = $this->runs[0]['result']->get_dimension($key)?->score;
        $latest = end($this->runs)['result']->get_dimension($key)?->score;
        return ($first === null || $latest === null) ? null : $latest - $first;
    }

    /**
     * Change of the overall score from the first to the latest run, in points.
     *
     * @return float|null
     */
    public function overall_change(): ?float {
        if (!$this->has_change()) {
            return null;
        }
        $first = $this->runs[0]['result']->score;
        $latest = end($this->runs)['result']->score;
        return ($first === null || $latest === null) ? null : $latest - $first;
    }
}
