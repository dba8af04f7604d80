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

use local_digitalstrategy\local\controlling\manual_value_service;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');

/**
 * Enters a manual value of an indicator for a half-year: the value, a comment where it comes from,
 * and evidence files. Custom data: indicator (the indicator), periods (index => label of the
 * half-years that have begun), fileoptions (of the evidence file manager). What was typed and
 * uploaded stays in the form when something is refused.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class manual_value_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $custom = $this->_customdata;
        $c = 'local_digitalstrategy';

        $mform->addElement('hidden', 'indicator', $custom['indicator']->id);
        $mform->setType('indicator', PARAM_INT);
        $mform->addElement('select', 'period', get_string('manualvalue_period', $c), $custom['periods']);
        $mform->setType('period', PARAM_INT);
        $mform->addElement('text', 'value', get_string('manualvalue_value', $c), ['size' => 12, 'inputmode' => 'decimal']);
        $mform->setType('value', PARAM_RAW_TRIMMED);
        $mform->addRule('value', get_string('manualvalue_error_number', $c), 'required', null, 'client');
        $mform->addHelpButton('value', 'manualvalue_value', $c);
        $mform->addElement('textarea', 'comment', get_string('manualvalue_comment', $c), ['rows' => 3, 'cols' => 60]);
        $mform->setType('comment', PARAM_TEXT);
        $mform->addElement('filemanager', 'evidence', get_string('manualvalue_evidence', $c), null, $custom['fileoptions']);
        $mform->addHelpButton('evidence', 'manualvalue_evidence', $c);
        $this->add_action_buttons(true, get_string('manualvalue_save', $c));
    }

    /**
     * Refuses a value that is no number or does not fit the unit, a half-year that has not begun,
     * and evidence files that are too many, too large or of a type not allowed.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        global $USER;
        $errors = parent::validation($data, $files);
        $service = \core\di::get(manual_value_service::class);
        if (!array_key_exists((int) ($data['period'] ?? 0), $this->_customdata['periods'])) {
            $errors['period'] = get_string('manualvalue_error_period', 'local_digitalstrategy');
        }
        $error = $service->value_error($this->_customdata['indicator'], (string) ($data['value'] ?? ''));
        if ($error !== null) {
            $errors['value'] = $error;
        }
        $error = $service->evidence_error((int) ($data['evidence'] ?? 0), (int) $USER->id);
        if ($error !== null) {
            $errors['evidence'] = $error;
        }
        return $errors;
    }
}
