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

namespace mod_devcircle\tests;

/**
 * Test data with everything that must be escaped exactly once (an ampersand, a "less than"
 * followed by a space, double and single quotes, umlauts and an emoji), and assertions that a
 * page shows it exactly as stored: never "&amp;" or "&lt;" as visible text.
 *
 * A "<" directly before a letter would be removed by Moodle's format_string() as a tag, so the
 * test data puts a space after it, as real names do ("Kinder < 6 Jahre").
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
trait escaping_assertions {
    /**
     * A name that carries every character that must be escaped once.
     *
     * @param string $what what it names, e.g. "Zirkel"
     * @return string
     */
    protected static function tricky_name(string $what): string {
        return $what . ' "Pflege & Betreuung" – Kinder < 6 Jahre, Jugend\'s Ü-Treff 🌱';
    }

    /**
     * The visible text of an HTML fragment, whitespace collapsed.
     *
     * @param string $html the HTML
     * @return string
     */
    protected static function visible_text(string $html): string {
        $dom = new \DOMDocument();
        $previous = libxml_use_internal_errors(true);
        $dom->loadHTML('<?xml encoding="UTF-8"><html><body>' . $html . '</body></html>');
        libxml_clear_errors();
        libxml_use_internal_errors($previous);
        return trim(preg_replace('/\s+/u', ' ', $dom->getElementsByTagName('body')->item(0)->textContent));
    }

    /**
     * The values of an attribute in an HTML fragment, as the browser reads them.
     *
     * @param string $html the HTML
     * @param string $attribute the attribute, e.g. "title"
     * @return string[]
     */
    protected static function attribute_values(string $html, string $attribute): array {
        $dom = new \DOMDocument();
        $previous = libxml_use_internal_errors(true);
        $dom->loadHTML('<?xml encoding="UTF-8"><html><body>' . $html . '</body></html>');
        libxml_clear_errors();
        libxml_use_internal_errors($previous);
        $values = [];
        foreach ((new \DOMXPath($dom))->query('//*[@' . $attribute . ']') as $element) {
            $values[] = $element->getAttribute($attribute);
        }
        return $values;
    }

    /**
     * Asserts that an HTML fragment shows a text exactly as stored, escaped once.
     *
     * @param string $text the stored text
     * @param string $html the HTML
     * @param string $where what the HTML is, for the failure message
     * @return void
     */
    protected function assert_shown_once(string $text, string $html, string $where): void {
        $visible = self::visible_text($html);
        $this->assertStringContainsString($text, $visible, "$where does not show the text as stored");
        foreach (['&amp;', '&lt;', '&gt;', '&quot;', '&#039;', '&#39;'] as $entity) {
            $this->assertStringNotContainsString($entity, $visible, "$where shows an escaped entity: $entity");
        }
    }
}
