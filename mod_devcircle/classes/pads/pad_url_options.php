<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\pads;

/**
 * The options a pad's address carries for Etherpad (its documented URL parameters): the user's
 * language (lang) and a light author colour (userColor) behind which Etherpad's dark text keeps a
 * contrast of at least 4.5:1 (WCAG AA).
 *
 * Etherpad picks an author's colour at random, and its dark text on some of those colours falls
 * below AA. Each Moodle user gets a colour of a fixed palette instead (the same one every time,
 * so co-authors recognise each other); every colour of the palette has a contrast of more than
 * 5.5:1 with Etherpad's darkest text colours (#485365 of the colibris skin, #222 of the others)
 * and is light enough that Etherpad chooses dark text for it.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pad_url_options {
    /** @var string[] light author colours, each readable behind Etherpad's dark text */
    public const AUTHOR_COLOURS = [
        '#ffe8a3', '#cdeec4', '#cfe6ff', '#ffd6e5', '#e3d9ff', '#ffdcc2',
        '#c8f0ea', '#eef0b8', '#f5d5f5', '#d9e8c6', '#ffe0d6', '#d3ecf5',
    ];

    /**
     * The author colour of a user.
     *
     * @param int $userid the user
     * @return string a colour of {@see AUTHOR_COLOURS}
     */
    public static function author_colour(int $userid): string {
        return self::AUTHOR_COLOURS[abs($userid) % count(self::AUTHOR_COLOURS)];
    }

    /**
     * Etherpad's name of a Moodle language: the language without its variant ("de_du" is "de").
     *
     * @param string $lang a Moodle language code
     * @return string
     */
    public static function etherpad_language(string $lang): string {
        $main = strtolower(explode('_', $lang)[0]);
        return preg_match('/^[a-z]{2,3}$/', $main) ? $main : 'en';
    }

    /**
     * A pad address with the user's language and author colour.
     *
     * @param string $url the pad's address in Etherpad (read-write or read-only)
     * @param int $userid the user who opens it
     * @param string $lang the user's Moodle language
     * @return string
     */
    public static function apply(string $url, int $userid, string $lang): string {
        $query = http_build_query([
            'lang' => self::etherpad_language($lang),
            'userColor' => self::author_colour($userid),
        ], '', '&', PHP_QUERY_RFC3986);
        return $url . (str_contains($url, '?') ? '&' : '?') . $query;
    }
}
