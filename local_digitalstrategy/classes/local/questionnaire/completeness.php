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

namespace local_digitalstrategy\local\questionnaire;

/**
 * How complete a run's answers are, and whether that is enough to submit.
 *
 * The rule: every required item is answered, and at least the configured share of all items
 * is answered ("don't know" counts as an answer, relevance alone does not).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class completeness {
    /**
     * Use of().
     *
     * @param int $answered items answered
     * @param int $items items of the instrument
     * @param int $needed items that must be answered before submitting
     * @param string[] $unanswered keys of unanswered items, in document order
     * @param string[] $requiredmissing keys of unanswered required items, in document order
     */
    private function __construct(
        /** @var int items answered */
        public readonly int $answered,
        /** @var int items of the instrument */
        public readonly int $items,
        /** @var int items that must be answered before submitting */
        public readonly int $needed,
        /** @var string[] keys of unanswered items */
        public readonly array $unanswered,
        /** @var string[] keys of unanswered required items */
        public readonly array $requiredmissing,
    ) {
    }

    /**
     * Measures the answers of a run against the rule.
     *
     * @param instrument $instrument
     * @param array<string, answer> $answers answers by item key
     * @param int $minpercent share of items (0–100) that must be answered
     * @return self
     */
    public static function of(instrument $instrument, array $answers, int $minpercent): self {
        $minpercent = max(0, min(100, $minpercent));
        $unanswered = [];
        $requiredmissing = [];
        $items = $instrument->get_items();
        foreach ($items as $key => $item) {
            if (isset($answers[$key]) && $answers[$key]->is_answered()) {
                continue;
            }
            $unanswered[] = $key;
            if (!empty($item['required'])) {
                $requiredmissing[] = $key;
            }
        }
        $count = count($items);
        return new self(
            $count - count($unanswered),
            $count,
            (int) ceil($count * $minpercent / 100),
            $unanswered,
            $requiredmissing
        );
    }

    /**
     * Whether the run may be submitted.
     *
     * @return bool
     */
    public function can_submit(): bool {
        return !$this->requiredmissing && $this->answered >= $this->needed && $this->answered > 0;
    }

    /**
     * Answered share in whole percent.
     *
     * @return int
     */
    public function percent(): int {
        return $this->items ? (int) floor(100 * $this->answered / $this->items) : 0;
    }
}
