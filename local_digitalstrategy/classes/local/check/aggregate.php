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
 * The check across all active organisations, for the project team: participation against the
 * target, how many organisations reach each maturity level per dimension and the mean per
 * dimension. Immutable and small whatever the number of organisations; aggregate_repository
 * builds it, the per-organisation rows (heat map, export) come from there page by page.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class aggregate {
    /**
     * Creates the aggregate.
     *
     * @param string[] $dimensionkeys dimension keys in display order
     * @param int $total active organisations
     * @param int $participating active organisations with a submitted run
     * @param array<string, int[]> $distribution dimension key => [level 0..4 => organisations]
     * @param array<string, float|null> $means dimension key => mean score
     * @param int $targetpercent participation target in percent of the active organisations
     */
    public function __construct(
        /** @var string[] dimension keys in display order */
        private readonly array $dimensionkeys,
        /** @var int active organisations */
        private readonly int $total,
        /** @var int active organisations with a submitted run */
        private readonly int $participating,
        /** @var array<string, int[]> organisations per level and dimension */
        private readonly array $distribution,
        /** @var array<string, float|null> mean score per dimension */
        private readonly array $means,
        /** @var int participation target in percent */
        private readonly int $targetpercent,
    ) {
    }

    /**
     * Active organisations.
     *
     * @return int active organisations
     */
    public function get_total(): int {
        return $this->total;
    }

    /**
     * Active organisations with a submitted run.
     *
     * @return int active organisations with a submitted run
     */
    public function get_participating(): int {
        return $this->participating;
    }

    /**
     * Share of active organisations with a submitted run, whole percent.
     *
     * @return int share of active organisations with a submitted run, whole percent
     */
    public function get_participation_percent(): int {
        return $this->total ? (int) floor(100 * $this->participating / $this->total) : 0;
    }

    /**
     * Participation target in percent of member organisations.
     *
     * @return int
     */
    public function get_target_percent(): int {
        return $this->targetpercent;
    }

    /**
     * Organisations needed to reach the target.
     *
     * @return int
     */
    public function get_target_count(): int {
        return (int) ceil($this->total * $this->targetpercent / 100);
    }

    /**
     * Whether the target is met (never with no organisations).
     *
     * @return bool
     */
    public function is_target_met(): bool {
        return $this->total > 0 && $this->participating >= $this->get_target_count();
    }

    /**
     * How many organisations reach each maturity level, per dimension (organisations without a
     * score for the dimension are left out).
     *
     * @return array<string, int[]> dimension key => [level 0..4 => organisations]
     */
    public function get_distribution(): array {
        $empty = array_fill(0, result::MAX_LEVEL + 1, 0);
        $distribution = [];
        foreach ($this->dimensionkeys as $key) {
            $distribution[$key] = ($this->distribution[$key] ?? []) + $empty;
            ksort($distribution[$key]);
        }
        return $distribution;
    }

    /**
     * Mean score per dimension over the organisations with a score for it.
     *
     * @return array<string, float|null>
     */
    public function get_means(): array {
        $means = [];
        foreach ($this->dimensionkeys as $key) {
            $means[$key] = $this->means[$key] ?? null;
        }
        return $means;
    }

    /**
     * Dimension keys in display order.
     *
     * @return string[] dimension keys in display order
     */
    public function get_dimension_keys(): array {
        return $this->dimensionkeys;
    }
}
