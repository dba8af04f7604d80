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
 * The answer to one item of an instrument in a run: immutable.
 *
 * The value is stored as a string in the shape answer_validator::normalise() returns:
 * maturity "0"–"4", yes/no "yes" or "no", single the option key, multiple the option keys in
 * document order separated by commas, rating "-2"–"2", text the text. A null value means not
 * answered (or "don't know"); relevance is 0 (not given) or 1–3 (low, medium, high).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class answer {
    /** @var int Relevance not given. */
    public const RELEVANCE_NONE = 0;
    /** @var int Highest relevance. */
    public const RELEVANCE_MAX = 3;

    /**
     * Creates the answer.
     *
     * @param string $itemkey the item answered
     * @param string|null $value the normalised value, null when not answered or don't know
     * @param bool $dontknow whether the answer is "don't know"
     * @param int $relevance 0 not given, 1 low, 2 medium, 3 high
     * @param int $version raised on every change (0 for an answer not stored yet)
     * @param int $userid who gave the answer last
     * @param int $timemodified when it was given
     */
    public function __construct(
        /** @var string the item answered */
        public readonly string $itemkey,
        /** @var string|null the normalised value */
        public readonly ?string $value,
        /** @var bool whether the answer is "don't know" */
        public readonly bool $dontknow = false,
        /** @var int relevance 0–3 */
        public readonly int $relevance = self::RELEVANCE_NONE,
        /** @var int version of the stored answer */
        public readonly int $version = 0,
        /** @var int who gave the answer last */
        public readonly int $userid = 0,
        /** @var int when it was given */
        public readonly int $timemodified = 0,
    ) {
    }

    /**
     * Whether the item counts as answered: a value or "don't know" (relevance alone does not count).
     *
     * @return bool
     */
    public function is_answered(): bool {
        return $this->dontknow || ($this->value !== null && $this->value !== '');
    }

    /**
     * Whether another answer says the same (value, don't know and relevance).
     *
     * @param answer $other
     * @return bool
     */
    public function same_content(answer $other): bool {
        return $this->value === $other->value && $this->dontknow === $other->dontknow
            && $this->relevance === $other->relevance;
    }

    /**
     * Builds an answer from a database record of local_digitalstrategy_answer.
     *
     * @param \stdClass $record
     * @return self
     */
    public static function from_record(\stdClass $record): self {
        return new self(
            (string) $record->itemkey,
            $record->value === null ? null : (string) $record->value,
            !empty($record->dontknow),
            (int) $record->relevance,
            (int) $record->version,
            (int) $record->userid,
            (int) $record->timemodified,
        );
    }

    /**
     * The option keys of a multiple-choice answer (or the one key of a single-choice answer).
     *
     * @return string[]
     */
    public function get_option_keys(): array {
        if ($this->value === null || $this->value === '') {
            return [];
        }
        return explode(',', $this->value);
    }
}
