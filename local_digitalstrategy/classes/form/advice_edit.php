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

use local_digitalstrategy\local\strategy\resistance_advice;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');

/**
 * Adds a process-advice note of the expert forum about an organisation.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class advice_edit extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'orgid', 0);
        $mform->setType('orgid', PARAM_INT);
        $mform->addElement('hidden', 'advice', 1);
        $mform->setType('advice', PARAM_INT);
        $mform->addElement('textarea', 'note', get_string('advice_note', 'local_digitalstrategy'), ['rows' => 4, 'cols' => 60]);
        $mform->setType('note', PARAM_TEXT);
        $this->add_action_buttons(false, get_string('advice_add', 'local_digitalstrategy'));
    }

    /**
     * Refuses an empty or overlong note.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        $problem = resistance_advice::validate((string) ($data['note'] ?? ''));
        if ($problem) {
            $errors['note'] = get_string($problem, 'local_digitalstrategy');
        }
        return $errors;
    }
}
