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

namespace local_digitalstrategy\local\campaign;

/**
 * The results of one item of a campaign's instrument over a group of responses.
 *
 * Percentages are of the responses that answered the item ($answered); in a multiple-choice item
 * one response may choose several options, so its percentages can add up to more than 100.
 * Texts are plain, as answered (escaped once, where they are shown).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class results_item {
    /**
     * Creates the results of an item.
     *
     * @param string $key the item key
     * @param string $type maturity, yesno, single, multiple, rating or text
     * @param string $text the question, plain text in the reader's language
     * @param string $dimension the name of the item's dimension, plain text
     * @param int $answered responses that answered the item (not "don't know", not empty)
     * @param array<int, array{value: string, label: string, count: int, percent: float}> $options
     *     one row per answer option / level / yes and no, in the instrument's order
     * @param int $dontknow responses that answered "don't know"
     * @param float|null $mean mean of the numeric values, null for items without numbers or answers
     * @param float|null $sd sample standard deviation, null below two numeric answers
     * @param string[] $texts free-text answers (text items), at most results_repository::TEXT_LIMIT
     * @param int $textcount all free-text answers of the group
     */
    public function __construct(
        /** @var string the item key */
        public readonly string $key,
        /** @var string item type */
        public readonly string $type,
        /** @var string the question */
        public readonly string $text,
        /** @var string the dimension's name */
        public readonly string $dimension,
        /** @var int responses that answered the item */
        public readonly int $answered,
        /** @var array options with counts and percentages */
        public readonly array $options = [],
        /** @var int "don't know" answers */
        public readonly int $dontknow = 0,
        /** @var float|null mean */
        public readonly ?float $mean = null,
        /** @var float|null sample standard deviation */
        public readonly ?float $sd = null,
        /** @var string[] free-text answers */
        public readonly array $texts = [],
        /** @var int all free-text answers */
        public readonly int $textcount = 0,
    ) {
    }

    /**
     * Whether the item has a mean (rating, maturity, yes/no, single choice with scores).
     *
     * @return bool
     */
    public function is_numeric(): bool {
        return $this->mean !== null;
    }

    /**
     * The percentage of one option value.
     *
     * @param string $value
     * @return float|null null when the item has no such option
     */
    public function percent_of(string $value): ?float {
        foreach ($this->options as $option) {
            if ($option['value'] === $value) {
                return $option['percent'];
            }
        }
        return null;
    }
}
