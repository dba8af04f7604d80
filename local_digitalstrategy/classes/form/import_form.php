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

namespace local_digitalstrategy\form;

use local_digitalstrategy\local\import\csv_file;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');
require_once($CFG->libdir . '/csvlib.class.php');

/**
 * Uploads a CSV file of organisations and members for the import preview. Encoding and separator
 * are detected unless chosen.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class import_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement(
            'filepicker',
            'csvfile',
            get_string('importfile', 'local_digitalstrategy'),
            null,
            ['accepted_types' => ['.csv', '.txt']]
        );
        $mform->addRule('csvfile', null, 'required');
        $mform->addHelpButton('csvfile', 'importfile', 'local_digitalstrategy');
        self::add_reading_choices($mform, true);
        $this->add_action_buttons(false, get_string('importpreview', 'local_digitalstrategy'));
    }

    /**
     * Adds the choice of encoding and separator.
     *
     * @param \MoodleQuickForm $mform
     * @param bool $withdetect whether "detect automatically" is offered (and chosen)
     */
    public static function add_reading_choices(\MoodleQuickForm $mform, bool $withdetect): void {
        $detect = $withdetect ? [csv_file::AUTO => get_string('importdetect', 'local_digitalstrategy')] : [];
        $mform->addElement(
            'select',
            'encoding',
            get_string('importencoding', 'local_digitalstrategy'),
            $detect + self::encodings()
        );
        $mform->setDefault('encoding', $withdetect ? csv_file::AUTO : 'UTF-8');
        $mform->setType('encoding', PARAM_ALPHANUMEXT);
        $mform->addHelpButton('encoding', 'importencoding', 'local_digitalstrategy');
        $mform->addElement(
            'select',
            'delimiter',
            get_string('importdelimiter', 'local_digitalstrategy'),
            $detect + self::delimiters()
        );
        $mform->setDefault('delimiter', $withdetect ? csv_file::AUTO : 'semicolon');
        $mform->setType('delimiter', PARAM_ALPHA);
    }

    /**
     * Encodings to choose from: the common ones of spreadsheet programs first, then all core_text knows.
     *
     * @return array<string, string>
     */
    public static function encodings(): array {
        $common = [
            'UTF-8' => get_string('importencoding_utf8', 'local_digitalstrategy'),
            csv_file::LEGACY_ENCODING => get_string('importencoding_windows1252', 'local_digitalstrategy'),
            'ISO-8859-1' => 'ISO-8859-1 (Latin-1)',
            'ISO-8859-15' => 'ISO-8859-15 (Latin-9)',
            'UTF-16LE' => 'UTF-16LE',
        ];
        return $common + \core_text::get_encodings();
    }

    /**
     * Separators to choose from, named (csv_import_reader's list).
     *
     * @return array<string, string>
     */
    public static function delimiters(): array {
        $names = [];
        foreach (\csv_import_reader::get_delimiter_list() as $name => $character) {
            $names[$name] = get_string('importdelimiter_' . $name, 'local_digitalstrategy', $character);
        }
        // The usual ones first.
        return array_merge(array_intersect_key($names, array_flip(csv_file::DETECTED_DELIMITERS)), $names);
    }
}
