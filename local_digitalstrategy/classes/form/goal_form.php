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
 * A goal of the strategy: title, why, measurable target, due date and related check dimension.
 * A goal made from the check shows the dimension's score of that run, which is kept as baseline.
 *
 * Custom data: dimensions (array<string, string> names by key), baseline (string|null, the
 * formatted score when made from the check), validate (callable(array $data): array errors),
 * currentversion (int, set after a conflict).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class goal_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        foreach (['orgid', 'id', 'version', 'baselinerunid'] as $hidden) {
            $mform->addElement('hidden', $hidden, 0);
            $mform->setType($hidden, PARAM_INT);
        }
        if (!empty($this->_customdata['currentversion'])) {
            $mform->setConstant('version', (int) $this->_customdata['currentversion']);
        }

        $mform->addElement('text', 'title', get_string('goal_title', 'local_digitalstrategy'), ['size' => 70]);
        $mform->setType('title', PARAM_RAW);
        $mform->addRule('title', get_string('required'), 'required', null, 'client');
        $mform->addRule('title', get_string('maximumchars', '', 255), 'maxlength', 255, 'client');
        $textarea = ['rows' => 4, 'cols' => 70];
        $mform->addElement('textarea', 'rationale', get_string('goal_rationale', 'local_digitalstrategy'), $textarea);
        $mform->setType('rationale', PARAM_RAW);
        $mform->addHelpButton('rationale', 'goal_rationale', 'local_digitalstrategy');
        $mform->addElement('textarea', 'target', get_string('goal_target', 'local_digitalstrategy'), ['rows' => 3, 'cols' => 70]);
        $mform->setType('target', PARAM_RAW);
        $mform->addHelpButton('target', 'goal_target', 'local_digitalstrategy');
        $mform->addElement('date_selector', 'duedate', get_string('goal_duedate', 'local_digitalstrategy'), ['optional' => true]);
        $dimensions = ['' => get_string('goal_nodimension', 'local_digitalstrategy')] + ($this->_customdata['dimensions'] ?? []);
        $mform->addElement('select', 'dimension', get_string('goal_dimension', 'local_digitalstrategy'), $dimensions);
        $mform->setType('dimension', PARAM_ALPHANUMEXT);
        if (($this->_customdata['baseline'] ?? null) !== null) {
            $mform->addElement(
                'static',
                'baselineinfo',
                get_string('goal_baseline', 'local_digitalstrategy'),
                get_string('goal_baselineinfo', 'local_digitalstrategy', $this->_customdata['baseline'])
            );
        }
        $this->add_action_buttons();
    }

    /**
     * Checks the title, that the due date is not in the past and that the dimension exists.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        $validate = $this->_customdata['validate'] ?? null;
        return $validate ? $errors + $validate($data) : $errors;
    }
}
