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

/**
 * Creates the feedback of an event that happened elsewhere (a kick-off or transfer conference):
 * a title, the date and the feedback form; answered through an open link or its QR code.
 *
 * Custom data: forms (instrument version id => name).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_event_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('header', 'eventheader', get_string('feedback_event_create', 'local_digitalstrategy'));
        $mform->addElement('text', 'name', get_string('feedback_event_title', 'local_digitalstrategy'), ['size' => 60]);
        $mform->setType('name', PARAM_TEXT);
        $mform->addRule('name', null, 'required', null, 'client');
        $mform->addRule('name', get_string('maximumchars', '', 255), 'maxlength', 255, 'client');
        $mform->addElement('date_selector', 'eventdate', get_string('feedback_event_date', 'local_digitalstrategy'));
        $mform->addElement(
            'select',
            'instrumentid',
            get_string('feedback_event_form', 'local_digitalstrategy'),
            $this->_customdata['forms']
        );
        $this->add_action_buttons(false, get_string('feedback_event_create', 'local_digitalstrategy'));
    }

    /**
     * Checks the values.
     *
     * @param array $data the submitted data
     * @param array $files the files
     * @return array errors
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        if (trim((string) ($data['name'] ?? '')) === '') {
            $errors['name'] = get_string('required');
        }
        if (!isset($this->_customdata['forms'][(int) ($data['instrumentid'] ?? 0)])) {
            $errors['instrumentid'] = get_string('required');
        }
        return $errors;
    }
}
