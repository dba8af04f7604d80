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

use mod_devcircle\local\etherpad\client;

/**
 * Moving pad content between Etherpad and Moodle: the body of Etherpad's HTML export, and
 * putting text back into a pad.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class content {
    /**
     * The inside of the body of an HTML document (Etherpad's getHTML returns a whole document).
     *
     * @param string $html the document or a fragment
     * @return string
     */
    public static function body(string $html): string {
        if (preg_match('~<body[^>]*>(.*)</body>~is', $html, $m)) {
            return trim($m[1]);
        }
        return trim($html);
    }

    /**
     * Replaces a pad's content: with the HTML when there is some, else with the text.
     *
     * @param client $client Etherpad
     * @param string $padid the pad
     * @param string $html HTML (a body fragment or a whole document)
     * @param string $text the same content as plain text
     * @return void
     */
    public static function put(client $client, string $padid, string $html, string $text): void {
        $body = self::body($html);
        if (trim(strip_tags($body)) !== '' || trim($text) === '') {
            $client->set_html($padid, '<!DOCTYPE HTML><html><body>' . $body . '</body></html>');
        } else {
            $client->set_text($padid, $text);
        }
    }
}
