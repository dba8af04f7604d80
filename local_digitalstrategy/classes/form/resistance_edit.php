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

use local_digitalstrategy\local\strategy\resistance;
use local_digitalstrategy\local\strategy\resistance_service;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');

/**
 * Writes or changes a resistance analysis (expert forum). Validation uses the same rules as the
 * service that stores it; a refused entry comes back with every field as it was typed.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class resistance_edit extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'orgid', 0);
        $mform->setType('orgid', PARAM_INT);
        $mform->addElement('hidden', 'id', 0);
        $mform->setType('id', PARAM_INT);

        $mform->addElement('text', 'stakeholder', get_string('resistance_stakeholder', 'local_digitalstrategy'), ['size' => 60]);
        $mform->setType('stakeholder', PARAM_TEXT);
        $required = get_string('resistance_error_stakeholder', 'local_digitalstrategy');
        $mform->addRule('stakeholder', $required, 'required', null, 'client');
        $mform->addHelpButton('stakeholder', 'resistance_stakeholder', 'local_digitalstrategy');

        $kinds = [];
        foreach (resistance::KINDS as $kind) {
            $kinds[$kind] = get_string('resistance_kind_' . $kind, 'local_digitalstrategy');
        }
        $mform->addElement('select', 'kind', get_string('resistance_kind', 'local_digitalstrategy'), $kinds);
        $mform->setDefault('kind', 'practical');

        $textarea = ['rows' => 3, 'cols' => 60];
        $mform->addElement('textarea', 'signals', get_string('resistance_signals', 'local_digitalstrategy'), $textarea);
        $mform->setType('signals', PARAM_TEXT);
        $mform->addElement('textarea', 'cause', get_string('resistance_cause', 'local_digitalstrategy'), $textarea);
        $mform->setType('cause', PARAM_TEXT);

        $levels = [];
        foreach (range(resistance::MIN_INTENSITY, resistance::MAX_INTENSITY) as $level) {
            $levels[$level] = get_string('resistance_intensity_' . $level, 'local_digitalstrategy');
        }
        $mform->addElement('select', 'intensity', get_string('resistance_intensity', 'local_digitalstrategy'), $levels);
        $mform->setDefault('intensity', 3);

        $mform->addElement('textarea', 'response', get_string('resistance_response', 'local_digitalstrategy'), $textarea);
        $mform->setType('response', PARAM_TEXT);

        $statuses = [];
        foreach (resistance::STATUSES as $status) {
            $statuses[$status] = get_string('resistance_status_' . $status, 'local_digitalstrategy');
        }
        $mform->addElement('select', 'status', get_string('resistance_status', 'local_digitalstrategy'), $statuses);
        $mform->setDefault('status', 'open');

        $mform->addElement(
            'date_selector',
            'followup',
            get_string('resistance_followup', 'local_digitalstrategy'),
            ['optional' => true, 'startyear' => 2020]
        );

        $this->add_action_buttons(true, get_string('resistance_save', 'local_digitalstrategy'));
    }

    /**
     * Checks the data with the rules the service stores by.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        return $errors + \core\di::get(resistance_service::class)->validate((object) $data);
    }
}
