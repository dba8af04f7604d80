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
 * The result of a check run: scores per dimension and overall, maturity level, strengths,
 * weaknesses, weak items (for recommendations) and priorities. Immutable.
 *
 * Built by scoring::score() from answers, or from the scores kept when a run was submitted
 * (then without item-level data: no weak items, no priorities).
 *
 * Rules, in one place so pages and tests agree:
 * - maturity level: the highest level whose score (level × 25) the overall score reaches;
 * - strengths: up to three dimensions scoring at least 50 ("under way"), highest first;
 * - weaknesses: up to three dimensions scoring below 50, lowest first;
 * - weak items: scored items below 50;
 * - priorities: items rated at least "medium" relevant whose score is below 50, most relevant
 *   first, then the lowest score, then document order.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class result {
    /** @var float A dimension from this score up can be a strength. */
    public const STRENGTH_MIN = 50.0;
    /** @var float A dimension (or item) below this score is weak. */
    public const WEAK_BELOW = 50.0;
    /** @var int How many strengths and weaknesses are named. */
    public const MAX_NAMED = 3;
    /** @var int Relevance from which a weak item becomes a priority (2 = medium). */
    public const PRIORITY_MIN_RELEVANCE = 2;
    /** @var int Highest maturity level. */
    public const MAX_LEVEL = 4;

    /** @var array<string, dimension_score> scores by dimension key, in document order */
    private array $dimensions = [];

    /**
     * Creates the result.
     *
     * @param dimension_score[] $dimensions in document order
     * @param float|null $score overall score 0–100, null when nothing was scored
     * @param int $answered items answered
     * @param int $items items of the instrument
     * @param array<string, float|null> $itemscores score per answered item (null: not scored), document order
     * @param array<string, int> $relevance relevance per item where given
     */
    public function __construct(
        array $dimensions,
        /** @var float|null overall score */
        public readonly ?float $score,
        /** @var int items answered */
        public readonly int $answered = 0,
        /** @var int items of the instrument */
        public readonly int $items = 0,
        /** @var array<string, float|null> score per answered item */
        private readonly array $itemscores = [],
        /** @var array<string, int> relevance per item */
        private readonly array $relevance = [],
    ) {
        foreach ($dimensions as $dimension) {
            $this->dimensions[$dimension->key] = $dimension;
        }
    }

    /**
     * The maturity level (0–4) an overall score reaches; null without a score.
     *
     * @param float|null $score
     * @return int|null
     */
    public static function maturity_level(?float $score): ?int {
        if ($score === null) {
            return null;
        }
        // A small tolerance so 75.0 computed as 74.9999… still reaches level 3.
        return max(0, min(self::MAX_LEVEL, (int) floor(($score + 1e-9) / 25)));
    }

    /**
     * The overall maturity level 0–4.
     *
     * @return int|null the overall maturity level 0–4
     */
    public function get_maturity(): ?int {
        return self::maturity_level($this->score);
    }

    /**
     * The dimension scores by dimension key, in document order.
     *
     * @return array<string, dimension_score> by dimension key, in document order
     */
    public function get_dimensions(): array {
        return $this->dimensions;
    }

    /**
     * The score of one dimension.
     *
     * @param string $key
     * @return dimension_score|null
     */
    public function get_dimension(string $key): ?dimension_score {
        return $this->dimensions[$key] ?? null;
    }

    /**
     * Dimension keys of the strengths, highest score first.
     *
     * @return string[]
     */
    public function get_strengths(): array {
        $scored = array_filter($this->dimensions, fn($d) => $d->score !== null && $d->score >= self::STRENGTH_MIN);
        return array_slice($this->sorted_keys($scored, true), 0, self::MAX_NAMED);
    }

    /**
     * Dimension keys of the weaknesses, lowest score first.
     *
     * @return string[]
     */
    public function get_weaknesses(): array {
        $scored = array_filter($this->dimensions, fn($d) => $d->score !== null && $d->score < self::WEAK_BELOW);
        return array_slice($this->sorted_keys($scored, false), 0, self::MAX_NAMED);
    }

    /**
     * Item keys of scored items below the weak threshold, in document order.
     *
     * @return string[]
     */
    public function get_weak_items(): array {
        return array_keys(array_filter($this->itemscores, fn($s) => $s !== null && $s < self::WEAK_BELOW));
    }

    /**
     * Item keys of the priorities: relevant topics with low maturity, most urgent first.
     *
     * @return string[]
     */
    public function get_priorities(): array {
        $order = array_flip(array_keys($this->itemscores));
        $keys = array_filter(array_keys($this->itemscores), fn($k) => $this->itemscores[$k] !== null
            && $this->itemscores[$k] < self::WEAK_BELOW && ($this->relevance[$k] ?? 0) >= self::PRIORITY_MIN_RELEVANCE);
        usort($keys, fn($a, $b) => [$this->relevance[$b], $this->itemscores[$a], $order[$a]]
            <=> [$this->relevance[$a], $this->itemscores[$b], $order[$b]]);
        return array_values($keys);
    }

    /**
     * The score of one item.
     *
     * @param string $itemkey
     * @return float|null the item's score, null when not answered or not scored
     */
    public function get_item_score(string $itemkey): ?float {
        return $this->itemscores[$itemkey] ?? null;
    }

    /**
     * The relevance a member gave one item.
     *
     * @param string $itemkey
     * @return int the relevance given for the item (0 when none)
     */
    public function get_item_relevance(string $itemkey): int {
        return $this->relevance[$itemkey] ?? 0;
    }

    /**
     * Keys of the given dimensions sorted by score; ties keep document order.
     *
     * @param array<string, dimension_score> $dimensions
     * @param bool $descending
     * @return string[]
     */
    private function sorted_keys(array $dimensions, bool $descending): array {
        $order = array_flip(array_keys($this->dimensions));
        $keys = array_keys($dimensions);
        usort($keys, function ($a, $b) use ($dimensions, $descending, $order) {
            $cmp = $dimensions[$a]->score <=> $dimensions[$b]->score;
            return ($descending ? -$cmp : $cmp) ?: $order[$a] <=> $order[$b];
        });
        return $keys;
    }
}
