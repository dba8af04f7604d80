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

namespace local_digitalstrategy\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\local\import\csv_file;
use local_digitalstrategy\local\import\organisation_import;
use local_digitalstrategy\local\plural;

/**
 * The preview of a CSV import: how the file was read, what each row would do, or what is wrong
 * with it (each problem naming its column).
 *
 * Values are shown as the file has them, but never more than DISPLAY_LENGTH characters of one
 * (then with an ellipsis and the full length), and control characters as visible symbols (␀ for
 * NUL), so a refused value shows where its problem is.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class import_preview implements named_templatable, renderable {
    /** @var int Characters of a value shown at most. */
    public const DISPLAY_LENGTH = 80;

    /**
     * Creates the preview.
     *
     * @param \stdClass[] $rows from organisation_import::preview()
     * @param array<int, array{0: string, 1: mixed}> $fileerrors problems with the file as a whole
     * @param csv_file|null $file the file, to say how it was read
     */
    public function __construct(
        /** @var \stdClass[] previewed rows */
        private readonly array $rows,
        /** @var array problems with the file as a whole */
        private readonly array $fileerrors = [],
        /** @var csv_file|null the file */
        private readonly ?csv_file $file = null,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/import_preview';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $rows = [];
        $valid = 0;
        foreach ($this->rows as $row) {
            $user = ($row->values['username'] ?? '') !== '' ? $row->values['username'] : ($row->values['email'] ?? '');
            $actions = [];
            if ($row->orgaction !== 'none') {
                $actions[] = get_string('importaction_org' . $row->orgaction, 'local_digitalstrategy');
            }
            if ($row->memberaction !== 'none') {
                $actions[] = get_string('importaction_member' . $row->memberaction, 'local_digitalstrategy', self::display($user));
            }
            $errors = array_map(fn($e) => self::error_text($e), $row->errors);
            $valid += $errors ? 0 : 1;
            $rows[] = [
                'line' => $row->line,
                'idnumber' => self::display($row->values['idnumber'] ?? ''),
                'name' => self::display($row->values['name'] ?? ''),
                'user' => self::display($user),
                'actions' => $actions ? implode('; ', $actions) : get_string('importaction_none', 'local_digitalstrategy'),
                'errors' => $errors,
                'haserrors' => (bool) $errors,
            ];
        }
        return [
            'readas' => $this->file ? get_string('importreadas', 'local_digitalstrategy', (object) [
                'encoding' => $this->file->encodingdetected
                    ? get_string('importdetected', 'local_digitalstrategy', $this->file->encoding) : $this->file->encoding,
                'delimiter' => $this->file->delimiterdetected
                    ? get_string('importdetected', 'local_digitalstrategy', $this->delimiter_name())
                    : $this->delimiter_name(),
            ]) : '',
            'rows' => $rows,
            'hasrows' => (bool) $rows,
            'valid' => $valid,
            'invalid' => count($rows) - $valid,
            'validtext' => plural::get_string('importsummary_valid', 'local_digitalstrategy', $valid),
            'invalidtext' => plural::get_string('importsummary_invalid', 'local_digitalstrategy', count($rows) - $valid),
            'fileerrors' => array_map(fn($e) => self::error_text($e), $this->fileerrors),
            'hasfileerrors' => (bool) $this->fileerrors,
        ];
    }

    /**
     * The text of an error: the message, after the column it is about when it names one.
     *
     * @param array $error [language string key, parameter(, column)]
     * @return string
     */
    private static function error_text(array $error): string {
        $message = get_string($error[0], 'local_digitalstrategy', $error[1]);
        $field = $error[2] ?? '';
        return $field === '' ? $message
            : get_string('importerror_field', 'local_digitalstrategy', (object) ['field' => $field, 'message' => $message]);
    }

    /**
     * The separator's name.
     *
     * @return string
     */
    private function delimiter_name(): string {
        $name = $this->file->delimiter;
        $list = \csv_import_reader::get_delimiter_list();
        return isset($list[$name]) ? get_string('importdelimiter_' . $name, 'local_digitalstrategy', $list[$name]) : $name;
    }

    /**
     * A value as the preview shows it: control characters as visible symbols, cut after
     * DISPLAY_LENGTH characters with an ellipsis and the full length.
     *
     * @param string $value
     * @return string plain text
     */
    public static function display(string $value): string {
        $length = \core_text::strlen($value);
        if ($length > self::DISPLAY_LENGTH) {
            $value = \core_text::substr($value, 0, self::DISPLAY_LENGTH);
        }
        $value = preg_replace_callback(
            '/[\x{0}-\x{1F}\x{7F}-\x{9F}]/u',
            fn($m) => ($code = mb_ord($m[0], 'UTF-8')) < 0x20 ? mb_chr(0x2400 + $code, 'UTF-8')
                : ($code === 0x7F ? "\u{2421}" : "\u{FFFD}"),
            $value
        );
        if ($length > self::DISPLAY_LENGTH) {
            return get_string('importtruncated', 'local_digitalstrategy', (object) ['text' => $value,
                'length' => organisation_import::number($length)]);
        }
        return $value;
    }
}
