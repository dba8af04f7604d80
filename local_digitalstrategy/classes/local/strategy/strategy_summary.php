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

namespace local_digitalstrategy\local\strategy;

/**
 * Where an organisation's strategy stands, as the block, the circle page and the board show it:
 * its state, how many measures are in each phase, and its overall Ampel per criterion.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_summary {
    /** @var string[] The phases of the board, in order. */
    public const PHASES = ['plan', 'do', 'check', 'act'];
    /** @var string[] The Ampel criteria (the programme's abort criteria), in order. */
    public const CRITERIA = ['quality', 'cost', 'staff', 'time'];
    /** @var string[] The Ampel colours, from best to worst. */
    public const RATINGS = ['green', 'amber', 'red'];

    /**
     * Creates the summary.
     *
     * @param int $orgid
     * @param string $status 'none' (no strategy yet), 'draft', 'adopted' or 'revision'
     * @param int $adoptedversion number of the last adopted version, 0 before the first adoption
     * @param array<string, int> $phasecounts phase => number of measures, for every phase
     * @param array<string, string|null> $ampel criterion => worst current rating, null when unrated
     */
    public function __construct(
        /** @var int */
        public readonly int $orgid,
        /** @var string */
        public readonly string $status,
        /** @var int */
        public readonly int $adoptedversion,
        /** @var array<string, int> */
        public readonly array $phasecounts,
        /** @var array<string, string|null> */
        public readonly array $ampel,
    ) {
    }

    /**
     * The summary of an organisation without a strategy.
     *
     * @param int $orgid
     * @return self
     */
    public static function none(int $orgid): self {
        return new self($orgid, 'none', 0, array_fill_keys(self::PHASES, 0), array_fill_keys(self::CRITERIA, null));
    }

    /**
     * The worse of two ratings (null counts as unrated, better than any colour).
     *
     * @param string|null $a
     * @param string|null $b
     * @return string|null
     */
    public static function worse(?string $a, ?string $b): ?string {
        if ($a === null) {
            return $b;
        }
        if ($b === null) {
            return $a;
        }
        return array_search($a, self::RATINGS, true) >= array_search($b, self::RATINGS, true) ? $a : $b;
    }

    /**
     * Number of measures on the board.
     *
     * @return int
     */
    public function measures(): int {
        return array_sum($this->phasecounts);
    }
}
