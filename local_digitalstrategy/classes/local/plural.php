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

namespace local_digitalstrategy\local;

/**
 * Strings with a count, in the singular or the plural: Moodle has no plural rules for plugin
 * strings, so a text with a count has two keys in every language file of the suite,
 * "<key>_one" (the count is 1) and "<key>_other" (every other count, 0 included) — the two
 * forms English and German have. The front-end picks the key by the same rule
 * (amd-src/shared/plural.ts).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class plural {
    /** @var string suffix of the singular string */
    public const ONE = '_one';
    /** @var string suffix of the string for every other count */
    public const OTHER = '_other';

    /**
     * The key of the string for a count: "<key>_one" for 1, "<key>_other" for any other count.
     *
     * @param string $identifier the key without suffix
     * @param int $count the count the text is about
     * @return string
     */
    public static function key(string $identifier, int $count): string {
        return $identifier . ($count === 1 ? self::ONE : self::OTHER);
    }

    /**
     * The text for a count.
     *
     * @param string $identifier the key without suffix
     * @param string $component the component
     * @param int $count the count that chooses singular or plural
     * @param mixed $a the string's parameter; the count itself when null
     * @param string|null $lang a language, else the current one
     * @return string
     */
    public static function get_string(string $identifier, string $component, int $count, $a = null, ?string $lang = null): string {
        $key = self::key($identifier, $count);
        // The fourth parameter of get_string() is not a language: another language goes through the string manager.
        return $lang === null
            ? get_string($key, $component, $a ?? $count)
            : get_string_manager()->get_string($key, $component, $a ?? $count, $lang);
    }
}
