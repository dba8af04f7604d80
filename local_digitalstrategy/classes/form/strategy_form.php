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
 * The strategy's draft: vision, guiding values and the experiment fields chosen, each with its
 * implementation steps. Texts are plain text kept as typed (the pages escape them once).
 *
 * Custom data: fields (array[] id, displayname, description from strategy_service::choosable_fields()),
 * currentversion (int, set after a conflict: the stored version, so saving again overwrites knowingly).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'orgid', 0);
        $mform->setType('orgid', PARAM_INT);
        // The version the user started from: a save naming an older one is refused.
        $mform->addElement('hidden', 'version', 0);
        $mform->setType('version', PARAM_INT);
        if (!empty($this->_customdata['currentversion'])) {
            $mform->setConstant('version', (int) $this->_customdata['currentversion']);
        }

        $textarea = ['rows' => 5, 'cols' => 70];
        $mform->addElement('textarea', 'vision', get_string('strategy_vision', 'local_digitalstrategy'), $textarea);
        $mform->setType('vision', PARAM_RAW);
        $mform->addHelpButton('vision', 'strategy_vision', 'local_digitalstrategy');
        $mform->addElement(
            'textarea',
            'guidingvalues',
            get_string('strategy_guidingvalues', 'local_digitalstrategy'),
            ['rows' => 4, 'cols' => 70]
        );
        $mform->setType('guidingvalues', PARAM_RAW);
        $mform->addHelpButton('guidingvalues', 'strategy_guidingvalues', 'local_digitalstrategy');

        $mform->addElement('header', 'fieldsheader', get_string('strategy_fields', 'local_digitalstrategy'));
        $mform->setExpanded('fieldsheader');
        foreach ($this->_customdata['fields'] ?? [] as $field) {
            $id = (int) $field['id'];
            $mform->addElement(
                'advcheckbox',
                'field_' . $id,
                $field['displayname'],
                get_string('field_choose', 'local_digitalstrategy')
            );
            $mform->addElement(
                'textarea',
                'steps_' . $id,
                get_string('field_steps', 'local_digitalstrategy', $field['displayname']),
                ['rows' => 4, 'cols' => 70]
            );
            $mform->setType('steps_' . $id, PARAM_RAW);
            $mform->hideIf('steps_' . $id, 'field_' . $id, 'notchecked');
        }
        $this->add_action_buttons();
    }

    /**
     * The chosen fields with their steps.
     *
     * @param \stdClass $data from get_data()
     * @return array<int, string> steps by field id
     */
    public function chosen_fields(\stdClass $data): array {
        $chosen = [];
        foreach ($this->_customdata['fields'] ?? [] as $field) {
            $id = (int) $field['id'];
            if (!empty($data->{'field_' . $id})) {
                $chosen[$id] = (string) ($data->{'steps_' . $id} ?? '');
            }
        }
        return $chosen;
    }
}
