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

use local_digitalstrategy\local\strategy\board_service;
use local_digitalstrategy\local\strategy\measure;
use local_digitalstrategy\organisation;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');

/**
 * Creates or changes a measure of an organisation's strategy: goal, title, description, owner,
 * dates, experiment field, phase; for Check the evaluation, for Act the lesson learned and whether
 * it is a transferable recommendation. The version the user saw travels with the form.
 *
 * Custom data: organisation (organisation), goals (id => title), members (id => full name),
 * fields (id => name).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class measure_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $c = 'local_digitalstrategy';
        foreach (['id', 'orgid', 'version'] as $hidden) {
            $mform->addElement('hidden', $hidden, 0);
            $mform->setType($hidden, PARAM_INT);
        }
        $mform->addElement('select', 'goalid', get_string('measure_goal', $c), $this->_customdata['goals']);
        $mform->addRule('goalid', get_string('required'), 'required', null, 'client');
        $mform->addElement('text', 'title', get_string('measure_title', $c), ['size' => 60]);
        $mform->setType('title', PARAM_TEXT);
        $mform->addRule('title', get_string('required'), 'required', null, 'client');
        $mform->addRule(
            'title',
            get_string('maximumchars', '', board_service::TITLE_LENGTH),
            'maxlength',
            board_service::TITLE_LENGTH,
            'client'
        );
        $mform->addElement('textarea', 'description', get_string('measure_description', $c), ['rows' => 4, 'cols' => 60]);
        $mform->setType('description', PARAM_TEXT);
        $mform->addElement(
            'select',
            'ownerid',
            get_string('measure_owner', $c),
            [0 => get_string('measure_noowner', $c)] + $this->_customdata['members']
        );
        $mform->addElement('date_selector', 'startdate', get_string('measure_startdate', $c), ['optional' => true]);
        $mform->addElement('date_selector', 'duedate', get_string('measure_duedate', $c), ['optional' => true]);
        $mform->addElement(
            'select',
            'fieldid',
            get_string('measure_field', $c),
            [0 => get_string('measure_nofield', $c)] + $this->_customdata['fields']
        );
        $phases = [];
        foreach (measure::PHASES as $phase) {
            $phases[$phase] = get_string('board_phase_' . $phase, $c);
        }
        $mform->addElement('select', 'phase', get_string('measure_phase', $c), $phases);

        $mform->addElement('header', 'checkheader', get_string('measure_checkheader', $c));
        $mform->addElement('textarea', 'evaluation', get_string('measure_evaluation', $c), ['rows' => 3, 'cols' => 60]);
        $mform->setType('evaluation', PARAM_TEXT);
        $mform->addElement('text', 'evaluationurl', get_string('measure_evaluationurl', $c), ['size' => 60]);
        $mform->setType('evaluationurl', PARAM_RAW_TRIMMED);
        $mform->addHelpButton('evaluationurl', 'measure_evaluationurl', $c);

        $mform->addElement('header', 'actheader', get_string('measure_actheader', $c));
        $mform->addElement('textarea', 'lesson', get_string('measure_lesson', $c), ['rows' => 3, 'cols' => 60]);
        $mform->setType('lesson', PARAM_TEXT);
        $mform->addElement('advcheckbox', 'transferable', get_string('measure_transferable', $c));

        $this->add_action_buttons(true, get_string('savechanges'));
    }

    /**
     * Sets the version a saved form will name (after a colleague's change was shown).
     *
     * @param int $version
     */
    public function set_version(int $version): void {
        $this->_form->getElement('version')->setValue($version);
    }

    /**
     * The problems of the measure by the board's rules.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        /** @var organisation $organisation */
        $organisation = $this->_customdata['organisation'];
        foreach (\core\di::get(board_service::class)->validate($organisation, (object) $data) as $field => $key) {
            $errors[$field] = get_string($key, 'local_digitalstrategy');
        }
        return $errors;
    }
}
