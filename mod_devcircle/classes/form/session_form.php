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
 * Plans or changes a session: title, agenda, start and duration.
 *
 * Custom data: context (the module context).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class session_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'id');
        $mform->setType('id', PARAM_INT);
        $mform->addElement('hidden', 'cmid');
        $mform->setType('cmid', PARAM_INT);

        $mform->addElement('text', 'title', get_string('sessiontitle', 'mod_devcircle'), ['size' => 60]);
        $mform->setType('title', PARAM_TEXT);
        $mform->addRule('title', null, 'required', null, 'client');
        $mform->addRule('title', get_string('maximumchars', '', 255), 'maxlength', 255, 'client');

        $mform->addElement(
            'editor',
            'agenda_editor',
            get_string('sessionagenda', 'mod_devcircle'),
            ['rows' => 6],
            ['maxfiles' => 0, 'context' => $this->_customdata['context']]
        );
        $mform->setType('agenda_editor', PARAM_RAW);

        $mform->addElement('date_time_selector', 'timestart', get_string('sessionstart', 'mod_devcircle'));
        $mform->addRule('timestart', null, 'required', null, 'client');

        $mform->addElement(
            'duration',
            'duration',
            get_string('sessionduration', 'mod_devcircle'),
            ['optional' => false, 'defaultunit' => MINSECS]
        );
        $mform->setDefault('duration', 90 * MINSECS);

        $this->add_action_buttons();
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
        if (trim((string) ($data['title'] ?? '')) === '') {
            $errors['title'] = get_string('required');
        }
        if ((int) ($data['duration'] ?? 0) <= 0 || (int) $data['duration'] > 24 * HOURSECS) {
            $errors['duration'] = get_string('sessionduration_error', 'mod_devcircle');
        }
        return $errors;
    }
}
