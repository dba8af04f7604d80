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

use local_digitalstrategy\local\controlling\process_rating;
use local_digitalstrategy\local\controlling\process_rating_service;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');

/**
 * Rates a process of the programme plan in a half-year on quality, cost, staff and timeliness
 * (green, amber, red or not rated) with a note; a red rating needs a note.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class process_rating_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $c = 'local_digitalstrategy';
        $mform->addElement('hidden', 'process', '');
        $mform->setType('process', PARAM_ALPHANUMEXT);
        $mform->addElement('hidden', 'period', 0);
        $mform->setType('period', PARAM_INT);
        $colours = ['' => get_string('ampel_rating_none', $c)];
        foreach (process_rating::COLOURS as $colour) {
            $colours[$colour] = get_string('ampel_rating_' . $colour, $c);
        }
        foreach (process_rating::CRITERIA as $criterion) {
            $mform->addElement('select', $criterion, process_rating_service::criterion_name($criterion), $colours);
            $mform->setType($criterion, PARAM_ALPHA);
        }
        $mform->addElement('textarea', 'note', get_string('process_note', $c), ['rows' => 3, 'cols' => 60]);
        $mform->setType('note', PARAM_TEXT);
        $mform->addHelpButton('note', 'process_note', $c);
        $this->add_action_buttons(true, get_string('process_save', $c));
    }

    /**
     * Refuses unknown processes and colours, a rating without any colour, and red without a note.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        $colours = [];
        foreach (process_rating::CRITERIA as $criterion) {
            $colours[$criterion] = (string) ($data[$criterion] ?? '');
        }
        return $errors + \core\di::get(process_rating_service::class)->validate(
            (string) ($data['process'] ?? ''),
            $colours,
            (string) ($data['note'] ?? '')
        );
    }
}
