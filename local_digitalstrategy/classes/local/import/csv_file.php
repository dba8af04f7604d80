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

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->libdir . '/csvlib.class.php');

/**
 * A CSV file as uploaded, read without changing a single character of its values.
 *
 * The encoding is detected (UTF-8 with or without byte order mark, UTF-16 with byte order mark,
 * otherwise Windows-1252 as Excel writes it in Germany, or ISO-8859-1 where Windows-1252 leaves
 * bytes undefined) unless one is given; the separator (semicolon, comma or tab) is detected from
 * the header row unless one is given. Values are split as RFC 4180 says (quotes, doubled quotes,
 * line breaks inside quotes) and kept exactly as written: no byte is dropped, no character is
 * replaced, nothing is trimmed. Deciding what is acceptable in a value is the importer's job.
 *
 * Why not csv_import_reader: it passes UTF-8 through fix_utf8(), which silently drops NUL bytes
 * and every byte that is not UTF-8 ("Süd" in Windows-1252 becomes "Sd"), and it needs the
 * separator in advance. Its list of separators and core_text's conversions are used here.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class csv_file {
    /** @var string Encoding or separator to be detected. */
    public const AUTO = 'auto';
    /** @var string[] Separators tried when detecting, by csv_import_reader's names, most likely first. */
    public const DETECTED_DELIMITERS = ['semicolon', 'comma', 'tab'];
    /** @var string Encoding assumed for files that are not UTF-8 (Excel "CSV" in Western Europe). */
    public const LEGACY_ENCODING = 'WINDOWS-1252';

    /**
     * Use read().
     *
     * @param string $encoding the encoding used, upper case (UTF-8, WINDOWS-1252, ...)
     * @param bool $encodingdetected whether it was detected rather than given
     * @param string $delimiter the separator used, by csv_import_reader's name (semicolon, comma, tab, ...)
     * @param bool $delimiterdetected whether it was detected rather than given
     * @param string[] $columns the header row as written
     * @param array<int, string[]> $rows data rows by their first line in the file (header = 1)
     * @param array<int, array{0: string, 1: mixed}> $errors why the file cannot be read: [language string key, parameter]
     */
    private function __construct(
        /** @var string the encoding used */
        public readonly string $encoding,
        /** @var bool whether the encoding was detected */
        public readonly bool $encodingdetected,
        /** @var string the separator used */
        public readonly string $delimiter,
        /** @var bool whether the separator was detected */
        public readonly bool $delimiterdetected,
        /** @var string[] the header row */
        public readonly array $columns,
        /** @var array<int, string[]> data rows by line */
        public readonly array $rows,
        /** @var array file errors */
        public readonly array $errors,
    ) {
    }

    /**
     * Reads a file.
     *
     * @param string $bytes the file's content as uploaded
     * @param string $encoding an encoding core_text knows, or AUTO
     * @param string $delimiter a name from csv_import_reader::get_delimiter_list(), or AUTO
     * @param string[] $knowncolumns column names (lower case) that tell the right separator from the wrong ones
     * @return self
     */
    public static function read(
        string $bytes,
        string $encoding = self::AUTO,
        string $delimiter = self::AUTO,
        array $knowncolumns = []
    ): self {
        $encodingdetected = $encoding === self::AUTO;
        $delimiterdetected = $delimiter === self::AUTO;
        [$text, $encoding, $error] = self::decode($bytes, $encoding);
        if ($error !== null) {
            return new self(
                $encoding,
                $encodingdetected,
                $delimiterdetected ? 'semicolon' : $delimiter,
                $delimiterdetected,
                [],
                [],
                [$error]
            );
        }
        if ($delimiterdetected) {
            $delimiter = self::detect_delimiter($text, $knowncolumns);
        } else if (!array_key_exists($delimiter, \csv_import_reader::get_delimiter_list())) {
            return new self(
                $encoding,
                $encodingdetected,
                $delimiter,
                false,
                [],
                [],
                [['importerror_delimiter', $delimiter]]
            );
        }
        [$records, $error] = self::parse($text, \csv_import_reader::get_delimiter($delimiter));
        if ($error !== null) {
            return new self($encoding, $encodingdetected, $delimiter, $delimiterdetected, [], [], [$error]);
        }
        // Lines without any value are no rows.
        $records = array_filter($records, fn($values) => $values !== ['']);
        if (!$records) {
            return new self($encoding, $encodingdetected, $delimiter, $delimiterdetected, [], [], [['importerror_empty', '']]);
        }
        $columns = reset($records);
        unset($records[array_key_first($records)]);
        return new self($encoding, $encodingdetected, $delimiter, $delimiterdetected, $columns, $records, []);
    }

    /**
     * Turns the bytes into UTF-8 text, or says why not.
     *
     * @param string $bytes
     * @param string $encoding as for read()
     * @return array{0: string, 1: string, 2: array|null} text, encoding used, error
     */
    private static function decode(string $bytes, string $encoding): array {
        $encoding = strtoupper($encoding);
        $bom = self::bom($bytes);
        if ($encoding === strtoupper(self::AUTO)) {
            if ($bom !== null) {
                $encoding = $bom;
            } else if (mb_check_encoding($bytes, 'UTF-8')) {
                $encoding = 'UTF-8';
            } else {
                // Excel writes Windows-1252 in Western Europe; five bytes are undefined there, and
                // a file holding them can only be ISO-8859-1 (whose C1 controls the importer refuses).
                $text = self::convert($bytes, self::LEGACY_ENCODING);
                if ($text !== null) {
                    return [$text, self::LEGACY_ENCODING, null];
                }
                return [self::convert($bytes, 'ISO-8859-1') ?? '', 'ISO-8859-1', null];
            }
        }
        if ($bom !== null && $bom === $encoding) {
            $bytes = substr($bytes, $bom === 'UTF-8' ? 3 : 2);
        }
        if ($encoding === 'UTF-8') {
            // Not through core_text::convert(): it would drop what is not UTF-8 instead of saying so.
            if (!mb_check_encoding($bytes, 'UTF-8')) {
                return ['', $encoding, ['importerror_notutf8', self::first_invalid_line($bytes)]];
            }
            return [$bytes, $encoding, null];
        }
        $text = self::convert($bytes, $encoding);
        if ($text === null) {
            return ['', $encoding, ['importerror_encoding', $encoding]];
        }
        return [$text, $encoding, null];
    }

    /**
     * Converts bytes of an encoding to UTF-8 when that loses nothing: converted back, the text
     * gives the same bytes (the conversion may otherwise drop bytes undefined in the encoding).
     *
     * @param string $bytes
     * @param string $encoding
     * @return string|null null when the bytes are not text in that encoding
     */
    private static function convert(string $bytes, string $encoding): ?string {
        if ($bytes === '') {
            return '';
        }
        $text = \core_text::convert($bytes, $encoding, 'UTF-8');
        if (!is_string($text) || !mb_check_encoding($text, 'UTF-8')) {
            return null;
        }
        return @iconv('UTF-8', $encoding, $text) === $bytes ? $text : null;
    }

    /**
     * The encoding a byte order mark names.
     *
     * @param string $bytes
     * @return string|null UTF-8, UTF-16LE, UTF-16BE or null without a byte order mark
     */
    private static function bom(string $bytes): ?string {
        if (str_starts_with($bytes, "\xEF\xBB\xBF")) {
            return 'UTF-8';
        }
        if (str_starts_with($bytes, "\xFF\xFE")) {
            return 'UTF-16LE';
        }
        if (str_starts_with($bytes, "\xFE\xFF")) {
            return 'UTF-16BE';
        }
        return null;
    }

    /**
     * The first line that is not UTF-8.
     *
     * @param string $bytes
     * @return int from 1
     */
    private static function first_invalid_line(string $bytes): int {
        foreach (preg_split('/\r\n|\r|\n/', $bytes) as $i => $line) {
            if (!mb_check_encoding($line, 'UTF-8')) {
                return $i + 1;
            }
        }
        return 1;
    }

    /**
     * The separator that splits the header row into the most known columns (then: the most columns).
     *
     * @param string $text
     * @param string[] $knowncolumns
     * @return string a name from DETECTED_DELIMITERS
     */
    private static function detect_delimiter(string $text, array $knowncolumns): string {
        $best = self::DETECTED_DELIMITERS[0];
        $bestscore = [-1, -1];
        foreach (self::DETECTED_DELIMITERS as $name) {
            [$records] = self::parse($text, \csv_import_reader::get_delimiter($name), 1);
            $header = $records ? reset($records) : [];
            $known = count(array_filter($header, fn($c) => in_array(\core_text::strtolower(trim($c)), $knowncolumns, true)));
            $score = [$known, count($header)];
            if ($score > $bestscore) {
                [$best, $bestscore] = [$name, $score];
            }
        }
        return $best;
    }

    /**
     * Splits text into records as RFC 4180 says; values are kept byte for byte.
     *
     * @param string $text UTF-8
     * @param string $separator one character
     * @param int $limit records to read at most, 0 for all
     * @return array{0: array<int, string[]>, 1: array|null} records by their first line, error
     */
    private static function parse(string $text, string $separator, int $limit = 0): array {
        $records = [];
        $values = [];
        $value = '';
        $line = 1;
        $recordline = 1;
        $length = strlen($text);
        $i = 0;
        $stops = $separator . "\"\r\n";
        while ($i < $length) {
            $c = $text[$i];
            if ($c === '"' && $value === '') {
                // A quoted value: up to the next quote that is not doubled.
                $i++;
                while (true) {
                    $end = strpos($text, '"', $i);
                    if ($end === false) {
                        return [$records, ['importerror_unclosedquote', $recordline]];
                    }
                    $chunk = substr($text, $i, $end - $i);
                    $value .= $chunk;
                    $line += preg_match_all('/\r\n|\r|\n/', $chunk);
                    if (($text[$end + 1] ?? '') === '"') {
                        $value .= '"';
                        $i = $end + 2;
                        continue;
                    }
                    $i = $end + 1;
                    break;
                }
                continue;
            }
            if ($c === $separator) {
                $values[] = $value;
                $value = '';
                $i++;
                continue;
            }
            if ($c === "\r" || $c === "\n") {
                $values[] = $value;
                $records[$recordline] = $values;
                $values = [];
                $value = '';
                $i += ($c === "\r" && ($text[$i + 1] ?? '') === "\n") ? 2 : 1;
                $line++;
                $recordline = $line;
                if ($limit && count($records) >= $limit) {
                    return [$records, null];
                }
                continue;
            }
            // Plain characters (and a quote inside an unquoted value), as they are.
            $run = strcspn($text, $stops, $i + 1) + 1;
            $value .= substr($text, $i, $run);
            $i += $run;
        }
        if ($value !== '' || $values) {
            $values[] = $value;
            $records[$recordline] = $values;
        }
        return [$records, null];
    }
}
