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

namespace local_digitalstrategy\tests;

/**
 * Assertions that rendered HTML shows stored text exactly as stored: escaped once, never twice
 * (no "&amp;" to be read on the page) and never not at all.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
trait escaped_once {
    /** @var string An organisation's name as members type it: &, quotes, "<" before a space, umlauts, emoji. */
    protected static string $orgname = 'Pflege & Betreuung "Sonnenschein" – Kinder < 6 Jahre 🌻';

    /** @var string[] Entities that are visible only when text was escaped twice. */
    private static array $visibleentities = ['&amp;', '&lt;', '&gt;', '&quot;', '&#039;', '&#39;', '&apos;'];

    /**
     * The text a browser shows for some HTML: the text content of the body, without scripts and
     * templates, with runs of white space as one space.
     *
     * @param string $html
     * @return string
     */
    protected static function visible_text(string $html): string {
        $document = new \DOMDocument();
        $document->loadHTML(
            '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' . $html . '</body></html>',
            LIBXML_NOERROR | LIBXML_NOWARNING
        );
        foreach (['script', 'style', 'template'] as $tag) {
            foreach (iterator_to_array($document->getElementsByTagName($tag)) as $node) {
                $node->parentNode->removeChild($node);
            }
        }
        $body = $document->getElementsByTagName('body')->item(0);
        return trim(preg_replace('/\s+/u', ' ', $body ? $body->textContent : ''));
    }

    /**
     * Asserts that the page shows each text exactly as stored and no escaped entity anywhere.
     *
     * @param string $html rendered HTML
     * @param string ...$texts stored texts the page must show
     */
    protected function assert_shown_as_stored(string $html, string ...$texts): void {
        $visible = self::visible_text($html);
        foreach ($texts as $text) {
            $this->assertStringContainsString($text, $visible, "The page shows \"$text\" as stored");
        }
        foreach (self::$visibleentities as $entity) {
            $this->assertStringNotContainsString($entity, $visible, "Text escaped twice shows $entity");
        }
    }
}
