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
 * The anonymous comparison with other organisations, shown only when enough take part.
 *
 * Built from aggregates (means and counts per dimension over the other organisations' latest
 * submitted runs). The comparison is available when at least k other organisations have
 * submitted; a single dimension's mean is shown only when at least k organisations have a score
 * for it, so no average ever rests on fewer than k organisations. Pure: no database.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class peer_comparison {
    /**
     * Use from_aggregates().
     *
     * @param int $organisations other organisations with a submitted run
     * @param int $threshold k
     * @param array<string, float> $means means by dimension key, only those resting on k or more
     * @param float|null $score mean overall score, null when hidden
     */
    private function __construct(
        /** @var int other organisations with a submitted run */
        public readonly int $organisations,
        /** @var int k */
        public readonly int $threshold,
        /** @var array<string, float> means by dimension */
        private readonly array $means,
        /** @var float|null mean overall score */
        public readonly ?float $score,
    ) {
    }

    /**
     * Applies the threshold to aggregates.
     *
     * @param int $organisations other organisations with a submitted run
     * @param array<string, array{0: float|null, 1: int}> $dimensions [mean, organisations with a score] by key
     * @param array{0: float|null, 1: int} $overall [mean, organisations with a score] of the overall score
     * @param int $threshold k, at least 1
     * @return self
     */
    public static function from_aggregates(int $organisations, array $dimensions, array $overall, int $threshold): self {
        $threshold = max(1, $threshold);
        $means = [];
        if ($organisations >= $threshold) {
            foreach ($dimensions as $key => [$mean, $count]) {
                if ($mean !== null && $count >= $threshold) {
                    $means[$key] = (float) $mean;
                }
            }
        }
        $score = ($organisations >= $threshold && $overall[0] !== null && $overall[1] >= $threshold)
            ? (float) $overall[0] : null;
        return new self($organisations, $threshold, $means, $score);
    }

    /**
     * Whether the comparison may be shown at all.
     *
     * @return bool
     */
    public function is_available(): bool {
        return $this->organisations >= $this->threshold;
    }

    /**
     * The other organisations' mean of a dimension.
     *
     * @param string $key a dimension key
     * @return float|null the other organisations' mean, null when hidden
     */
    public function get_mean(string $key): ?float {
        return $this->means[$key] ?? null;
    }

    /**
     * How many more organisations must submit before the comparison is shown.
     *
     * @return int
     */
    public function missing(): int {
        return max(0, $this->threshold - $this->organisations);
    }
}
