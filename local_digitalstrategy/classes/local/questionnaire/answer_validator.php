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
 * Checks a proposed answer against its item and brings the value into its stored shape.
 *
 * Works for every kind of instrument; see answer for the stored shapes. An empty value without
 * "don't know" clears the answer (value null).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class answer_validator {
    /** @var int Longest free-text answer, in characters. */
    public const MAX_TEXT = 10000;

    /** @var string[] Error codes; each has a language string "answererror_<code>". */
    public const ERRORS = [
        'unknownitem', 'dontknownotoffered', 'valuewithdontknow', 'outofrange', 'notyesno', 'unknownoption',
        'texttoolong', 'relevancenotasked', 'relevanceoutofrange',
    ];

    /**
     * Creates the validator for an instrument.
     *
     * @param instrument $instrument
     */
    public function __construct(
        /** @var instrument the instrument answers belong to */
        private readonly instrument $instrument,
    ) {
    }

    /**
     * Validates and normalises a proposed answer.
     *
     * @param string $itemkey the item
     * @param string|null $value the value as sent (see answer); null or '' for none
     * @param bool $dontknow whether the answer is "don't know"
     * @param int $relevance 0 not given, 1–3
     * @return answer the normalised answer (version, user and time still 0)
     * @throws invalid_answer when the answer does not fit the item
     */
    public function normalise(string $itemkey, ?string $value, bool $dontknow, int $relevance): answer {
        $item = $this->instrument->get_item($itemkey);
        if ($item === null) {
            throw new invalid_answer('unknownitem', $itemkey);
        }
        if ($relevance !== answer::RELEVANCE_NONE) {
            if (empty($item['relevance'])) {
                throw new invalid_answer('relevancenotasked', $itemkey);
            }
            if ($relevance < 1 || $relevance > answer::RELEVANCE_MAX) {
                throw new invalid_answer('relevanceoutofrange', $itemkey, ['max' => answer::RELEVANCE_MAX]);
            }
        }
        $value = $value === null ? '' : trim($value);
        if ($dontknow) {
            if (empty($item['dontknow'])) {
                throw new invalid_answer('dontknownotoffered', $itemkey);
            }
            if ($value !== '') {
                throw new invalid_answer('valuewithdontknow', $itemkey);
            }
            return new answer($itemkey, null, true, $relevance);
        }
        if ($value === '') {
            return new answer($itemkey, null, false, $relevance);
        }
        return new answer($itemkey, $this->normalise_value($item, $value), false, $relevance);
    }

    /**
     * Normalises a non-empty value for an item.
     *
     * @param array<string, mixed> $item the item of the instrument document
     * @param string $value the trimmed value
     * @return string
     * @throws invalid_answer
     */
    private function normalise_value(array $item, string $value): string {
        $key = $item['key'];
        switch ($item['type']) {
            case 'maturity':
                return $this->integer_in($key, $value, instrument_validator::MATURITY_VALUES);
            case 'rating':
                return $this->integer_in($key, $value, instrument_validator::RATING_VALUES);
            case 'yesno':
                if ($value !== 'yes' && $value !== 'no') {
                    throw new invalid_answer('notyesno', $key);
                }
                return $value;
            case 'single':
                $optionkeys = array_column($item['options'], 'key');
                if (!in_array($value, $optionkeys, true)) {
                    throw new invalid_answer('unknownoption', $key, ['option' => self::shorten($value)]);
                }
                return $value;
            case 'multiple':
                $optionkeys = array_column($item['options'], 'key');
                $chosen = array_unique(array_filter(array_map('trim', explode(',', $value)), fn($k) => $k !== ''));
                foreach ($chosen as $option) {
                    if (!in_array($option, $optionkeys, true)) {
                        throw new invalid_answer('unknownoption', $key, ['option' => self::shorten($option)]);
                    }
                }
                // Document order, so equal choices are stored equally.
                return implode(',', array_values(array_intersect($optionkeys, $chosen)));
            default:
                if (mb_strlen($value) > self::MAX_TEXT) {
                    throw new invalid_answer('texttoolong', $key, ['max' => self::MAX_TEXT]);
                }
                return $value;
        }
    }

    /**
     * Checks that a value is one of the allowed integers, written plainly ("3", "-2").
     *
     * @param string $itemkey
     * @param string $value
     * @param int[] $allowed
     * @return string the value as the canonical integer string
     * @throws invalid_answer
     */
    private function integer_in(string $itemkey, string $value, array $allowed): string {
        if (!preg_match('/^[+-]?\d{1,3}$/', $value) || !in_array((int) $value, $allowed, true)) {
            throw new invalid_answer(
                'outofrange',
                $itemkey,
                ['min' => min($allowed), 'max' => max($allowed), 'value' => self::shorten($value)]
            );
        }
        return (string) (int) $value;
    }

    /**
     * Shortens a user-supplied value for an error message.
     *
     * @param string $value
     * @return string
     */
    private static function shorten(string $value): string {
        return mb_strlen($value) > 40 ? mb_substr($value, 0, 40) . '…' : $value;
    }
}
