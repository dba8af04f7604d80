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

namespace local_digitalstrategy\local\import;

/**
 * Reading an uploaded CSV file: encoding and separator detected or as chosen, every value kept
 * byte for byte, and a clear refusal where the file cannot be read as it is.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\import\csv_file
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\import\csv_file::class)]
final class csv_file_test extends \advanced_testcase {
    /**
     * Reads a file the way the import page does.
     *
     * @param string $bytes
     * @param string $encoding
     * @param string $delimiter
     * @return csv_file
     */
    private function read(string $bytes, string $encoding = csv_file::AUTO, string $delimiter = csv_file::AUTO): csv_file {
        return csv_file::read($bytes, $encoding, $delimiter, organisation_import::COLUMNS);
    }

    /**
     * Files as spreadsheet programs write them, with the encoding and separator they must be read with.
     *
     * @return array
     */
    public static function files(): array {
        $utf8 = "idnumber;name;location\r\nsued;Sozialstation Süd – „Mitte“ 🌻;Lörrach\r\n";
        $latin1 = mb_convert_encoding("idnumber;name;location\r\nsued;Sozialstation Süd;Lörrach\r\n", 'ISO-8859-1', 'UTF-8');
        return [
            'UTF-8 without byte order mark' => [$utf8, 'UTF-8', 'semicolon', 'Sozialstation Süd – „Mitte“ 🌻'],
            'UTF-8 with byte order mark (Excel "CSV UTF-8")' => ["\xEF\xBB\xBF" . $utf8, 'UTF-8', 'semicolon',
                'Sozialstation Süd – „Mitte“ 🌻'],
            'Latin-1 (Excel "CSV" in Germany)' => [$latin1, 'WINDOWS-1252', 'semicolon', 'Sozialstation Süd'],
            'Windows-1252 with its own characters' => [mb_convert_encoding(
                "idnumber;name;location\nsued;„Süd“ – 100 €;Lörrach\n",
                'Windows-1252',
                'UTF-8'
            ), 'WINDOWS-1252', 'semicolon', '„Süd“ – 100 €'],
            'UTF-16 with byte order mark (Excel "Unicode text")' => ["\xFF\xFE" . mb_convert_encoding(
                "idnumber\tname\tlocation\nsued\tSozialstation Süd\tLörrach\n",
                'UTF-16LE',
                'UTF-8'
            ), 'UTF-16LE', 'tab', 'Sozialstation Süd'],
            'comma separated' => ["idnumber,name,location\nsued,\"Süd, Mitte\",Lörrach\n", 'UTF-8', 'comma', 'Süd, Mitte'],
            'tab separated' => ["idnumber\tname\tlocation\nsued\tSüd; Mitte\tLörrach\n", 'UTF-8', 'tab', 'Süd; Mitte'],
        ];
    }

    /**
     * Encoding and separator are detected, and the values arrive unchanged.
     *
     * @param string $bytes the file
     * @param string $encoding expected encoding
     * @param string $delimiter expected separator
     * @param string $name expected name in line 2
     * @dataProvider files
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('files')]
    public function test_encoding_and_separator_are_detected_and_values_arrive_unchanged(
        string $bytes,
        string $encoding,
        string $delimiter,
        string $name
    ): void {
        $file = $this->read($bytes);

        $this->assertSame([], $file->errors);
        $this->assertSame($encoding, $file->encoding);
        $this->assertTrue($file->encodingdetected);
        $this->assertSame($delimiter, $file->delimiter);
        $this->assertTrue($file->delimiterdetected);
        $this->assertSame(['idnumber', 'name', 'location'], $file->columns);
        $this->assertSame([2 => ['sued', $name, 'Lörrach']], $file->rows);
    }

    public function test_a_chosen_encoding_and_separator_are_used_as_chosen(): void {
        $latin1 = mb_convert_encoding("idnumber:name\nsued:Süd\n", 'ISO-8859-1', 'UTF-8');

        $file = $this->read($latin1, 'ISO-8859-1', 'colon');

        $this->assertSame([], $file->errors);
        $this->assertFalse($file->encodingdetected);
        $this->assertFalse($file->delimiterdetected);
        $this->assertSame([2 => ['sued', 'Süd']], $file->rows);
    }

    public function test_a_file_chosen_as_utf8_that_is_not_is_refused_naming_the_line(): void {
        $latin1 = mb_convert_encoding("idnumber;name\nnord;Nord\nsued;Süd\n", 'ISO-8859-1', 'UTF-8');

        $file = $this->read($latin1, 'UTF-8');

        $this->assertSame([['importerror_notutf8', 3]], $file->errors);
        $this->assertSame([], $file->rows);
    }

    public function test_quotes_separators_and_line_breaks_inside_values_are_kept_byte_for_byte(): void {
        $file = $this->read("idnumber;name;location\n"
            . "q1;\"Haus \"\"Am Park\"\"; Nord\";\"Zeile 1\nZeile 2\"\n"
            . "q2;  Leerzeichen  ;\n"
            . "\n"
            . "q3;NUL\0mitten;\x07\n");

        $this->assertSame([
            2 => ['q1', 'Haus "Am Park"; Nord', "Zeile 1\nZeile 2"],
            4 => ['q2', '  Leerzeichen  ', ''],
            6 => ['q3', "NUL\0mitten", "\x07"],
        ], $file->rows);
    }

    public function test_an_unclosed_quote_refuses_the_file_naming_the_line(): void {
        $file = $this->read("idnumber;name\nok;Gut\nbad;\"Offen\nnext;Zeile\n");

        $this->assertSame([['importerror_unclosedquote', 3]], $file->errors);
    }

    public function test_an_empty_file_is_refused(): void {
        $this->assertSame([['importerror_empty', '']], $this->read("\xEF\xBB\xBF\n\n")->errors);
        $this->assertSame([['importerror_empty', '']], $this->read('')->errors);
    }

    public function test_bytes_undefined_in_windows_1252_are_read_as_latin1_not_dropped(): void {
        $file = $this->read("idnumber;name\nx;A\x81B\n");

        $this->assertSame('ISO-8859-1', $file->encoding);
        $this->assertSame([2 => ['x', "A\u{81}B"]], $file->rows, 'the C1 control is kept, for the importer to refuse');
        $this->assertNotNull(organisation_import::find_control_character($file->rows[2][1]));
    }
}
