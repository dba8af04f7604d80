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

namespace mod_devcircle\form;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->libdir . '/formslib.php');

/**
 * Attaches a feedback form to a session of the circle or to the whole circle.
 *
 * Custom data: forms (instrument version id => name), sessions (session id => title, plain text).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class feedback_attach_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'id');
        $mform->setType('id', PARAM_INT);

        $mform->addElement('header', 'attachheader', get_string('feedback_attach', 'mod_devcircle'));
        $mform->addElement('select', 'instrumentid', get_string('feedback_form', 'mod_devcircle'), $this->_customdata['forms']);
        $mform->addRule('instrumentid', null, 'required', null, 'client');

        $targets = [0 => get_string('feedback_target_circle', 'mod_devcircle')] + $this->_customdata['sessions'];
        $mform->addElement('select', 'sessionid', get_string('feedback_target', 'mod_devcircle'), $targets);
        $mform->addHelpButton('sessionid', 'feedback_target', 'mod_devcircle');

        $mform->addElement('text', 'name', get_string('feedback_name', 'mod_devcircle'), ['size' => 60]);
        $mform->setType('name', PARAM_TEXT);
        $mform->addRule('name', null, 'required', null, 'client');
        $mform->addRule('name', get_string('maximumchars', '', 255), 'maxlength', 255, 'client');

        $mform->addElement('advcheckbox', 'anonymous', get_string('feedback_anonymous', 'mod_devcircle'));
        $mform->addHelpButton('anonymous', 'feedback_anonymous', 'mod_devcircle');
        $mform->setDefault('anonymous', 1);

        $this->add_action_buttons(false, get_string('feedback_attach', 'mod_devcircle'));
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
        if (!isset($this->_customdata['forms'][(int) ($data['instrumentid'] ?? 0)])) {
            $errors['instrumentid'] = get_string('feedback_noform', 'mod_devcircle');
        }
        // A value the select does not offer is dropped by the form: refused, never "the whole circle".
        $sessionid = (int) ($data['sessionid'] ?? -1);
        if ($sessionid !== 0 && !isset($this->_customdata['sessions'][$sessionid])) {
            $errors['sessionid'] = get_string('invalidrecord', 'error');
        }
        if (trim((string) ($data['name'] ?? '')) === '') {
            $errors['name'] = get_string('required');
        }
        return $errors;
    }
}
