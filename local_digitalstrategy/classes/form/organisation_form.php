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

use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\organisation;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');

/**
 * Creates or edits an organisation.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class organisation_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'id', 0);
        $mform->setType('id', PARAM_INT);
        // When the organisation was last changed as the form was shown: detects edits made meanwhile.
        $mform->addElement('hidden', 'timemodified', 0);
        $mform->setType('timemodified', PARAM_INT);

        $mform->addElement('text', 'name', get_string('organisationname', 'local_digitalstrategy'), ['size' => 60]);
        $mform->setType('name', PARAM_TEXT);
        $mform->addRule('name', get_string('error_namerequired', 'local_digitalstrategy'), 'required', null, 'client');

        $mform->addElement('text', 'idnumber', get_string('organisationidnumber', 'local_digitalstrategy'), ['size' => 20]);
        $mform->setType('idnumber', PARAM_TEXT);
        $mform->addHelpButton('idnumber', 'organisationidnumber', 'local_digitalstrategy');

        $mform->addElement('text', 'location', get_string('location', 'local_digitalstrategy'), ['size' => 40]);
        $mform->setType('location', PARAM_TEXT);

        $mform->addElement('text', 'region', get_string('organisationregion', 'local_digitalstrategy'), ['size' => 30]);
        $mform->setType('region', PARAM_TEXT);
        $mform->addHelpButton('region', 'organisationregion', 'local_digitalstrategy');

        $mform->addElement(
            'text',
            'contactemail',
            get_string('organisationcontactemail', 'local_digitalstrategy'),
            ['size' => 40, 'autocomplete' => 'email']
        );
        $mform->setType('contactemail', PARAM_RAW_TRIMMED);
        $mform->addHelpButton('contactemail', 'organisationcontactemail', 'local_digitalstrategy');

        $fields = [];
        foreach (organisation::FIELDS_OF_WORK as $field) {
            $fields[$field] = get_string('fieldofwork_' . $field, 'local_digitalstrategy');
        }
        $mform->addElement('select', 'fieldofwork', get_string('fieldofwork', 'local_digitalstrategy'), $fields);
        $mform->setDefault('fieldofwork', 'other');

        $mform->addElement('text', 'employees', get_string('employees', 'local_digitalstrategy'), ['size' => 8]);
        $mform->setType('employees', PARAM_RAW_TRIMMED);

        $mform->addElement(
            'advcheckbox',
            'pilot',
            get_string('pilot', 'local_digitalstrategy'),
            get_string('pilot_label', 'local_digitalstrategy')
        );

        $this->add_action_buttons();
    }

    /**
     * Checks the data with the same rules as the CSV import.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        $organisations = \core\di::get(organisation_repository::class);
        $problems = $organisations->validate((object) $data, (int) ($data['id'] ?? 0));
        foreach ($problems as $field => $key) {
            $errors[$field] = get_string($key, 'local_digitalstrategy');
        }
        if (!empty($data['id'])) {
            $current = $organisations->get((int) $data['id'])->to_record();
            if ((int) $current->timemodified !== (int) ($data['timemodified'] ?? 0)) {
                $errors['name'] = get_string('error_changedmeanwhile', 'local_digitalstrategy');
            }
        }
        return $errors;
    }
}
