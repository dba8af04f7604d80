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

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');
require_once($CFG->libdir . '/csvlib.class.php');

/**
 * Uploads a CSV file of organisations and members for the import preview.
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
        $mform->addElement('filepicker', 'csvfile', get_string('file'), null, ['accepted_types' => ['.csv', '.txt']]);
        $mform->addRule('csvfile', null, 'required');
        $mform->addHelpButton('csvfile', 'importfile', 'local_digitalstrategy');

        $mform->addElement(
            'select',
            'delimiter',
            get_string('csvdelimiter', 'tool_uploaduser'),
            \csv_import_reader::get_delimiter_list()
        );
        $mform->setDefault('delimiter', 'semicolon');

        $mform->addElement(
            'select',
            'encoding',
            get_string('encoding', 'tool_uploaduser'),
            \core_text::get_encodings()
        );
        $mform->setDefault('encoding', 'UTF-8');

        $this->add_action_buttons(false, get_string('importpreview', 'local_digitalstrategy'));
    }
}
