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

namespace local_digitalstrategy\local\export;

/**
 * What a cell of an export holds: text that could be taken for a formula behind a single quote,
 * numbers as numbers, HTML text escaped once.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\export\cell
 */
#[\PHPUnit\Framework\Attributes\CoversClass(cell::class)]
final class cell_test extends \PHPUnit\Framework\TestCase {
    /**
     * Texts and their cells.
     *
     * @return array<string, array{0: string, 1: string}>
     */
    public static function text_provider(): array {
        return [
            'equals' => ['=HYPERLINK("https://evil.example/","Klick")', '\'=HYPERLINK("https://evil.example/","Klick")'],
            'plus' => ['+1', "'+1"],
            'minus' => ['-2', "'-2"],
            'at' => ['@SUM(A1)', "'@SUM(A1)"],
            'tab' => ["\tTab", "'\tTab"],
            'carriage return' => ["\rCR", "'\rCR"],
            'NUL' => ["\0x", "'\0x"],
            'blanks before a formula' => [" \n=1+2", "' \n=1+2"],
            'a formula character later' => ['Kita a=1 & Co. -2', 'Kita a=1 & Co. -2'],
            'names as people write them' => ['Kinder & Jugend "Süd" < 6 \'Ö\' 🌱', 'Kinder & Jugend "Süd" < 6 \'Ö\' 🌱'],
            'empty' => ['', ''],
        ];
    }

    /**
     * Text that a spreadsheet program could take for a formula gets a leading single quote, other text stays.
     *
     * @dataProvider text_provider
     * @param string $text
     * @param string $cell
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('text_provider')]
    public function test_text_that_begins_like_a_formula_gets_a_single_quote(string $text, string $cell): void {
        $this->assertSame($cell, cell::text($text));
        $this->assertSame($cell, cell::value($text));
    }

    public function test_numbers_stay_numbers_and_null_is_an_empty_cell(): void {
        $this->assertSame([-2, 75.0, 0, '', "'-3", 'NAN'], cell::row([-2, 75.0, 0, null, '-3', NAN]));
        $this->assertSame(["'=1", 'a'], cell::row((object) ['x' => '=1', 'y' => 'a']));
    }

    public function test_html_text_is_escaped_once(): void {
        $this->assertSame(
            '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;amp; &apos;Ö&apos; 🌱',
            cell::html('<script>alert("x")</script> &amp; \'Ö\' 🌱')
        );
    }

    public function test_anything_else_is_refused(): void {
        $this->expectException(\InvalidArgumentException::class);
        cell::value(true);
    }
}
