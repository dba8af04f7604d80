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

use local_digitalstrategy\local\strategy\ampel_rating;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');

/**
 * Rates a measure on the Ampel: one criterion, green, amber or red, a comment, and for red the
 * counter-measure.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class measure_rating_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $c = 'local_digitalstrategy';
        $mform->addElement('hidden', 'id', 0);
        $mform->setType('id', PARAM_INT);
        $criteria = [];
        foreach (ampel_rating::CRITERIA as $criterion) {
            $criteria[$criterion] = get_string('ampel_criterion_' . $criterion, $c);
        }
        $mform->addElement('select', 'criterion', get_string('ampel_criterion', $c), $criteria);
        $group = [];
        foreach (ampel_rating::RATINGS as $rating) {
            $group[] = $mform->createElement('radio', 'rating', '', get_string('ampel_rating_' . $rating, $c), $rating);
        }
        $mform->addGroup($group, 'ratinggroup', get_string('ampel_rating', $c), ' ', false);
        $mform->addRule('ratinggroup', get_string('required'), 'required', null, 'client');
        $mform->addElement('textarea', 'comment', get_string('ampel_comment', $c), ['rows' => 3, 'cols' => 60]);
        $mform->setType('comment', PARAM_TEXT);
        $mform->addElement('textarea', 'countermeasure', get_string('ampel_countermeasure', $c), ['rows' => 3, 'cols' => 60]);
        $mform->setType('countermeasure', PARAM_TEXT);
        $mform->addHelpButton('countermeasure', 'ampel_countermeasure', $c);
        $this->add_action_buttons(false, get_string('ampel_save', $c));
    }

    /**
     * A rating outside the Ampel, and red without a counter-measure, are refused.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        $rating = (string) ($data['rating'] ?? '');
        if (!ampel_rating::is_rating($rating)) {
            $errors['ratinggroup'] = get_string('ampel_error_rating', 'local_digitalstrategy');
        } else if ($rating === 'red' && trim((string) ($data['countermeasure'] ?? '')) === '') {
            $errors['countermeasure'] = get_string('ampel_error_countermeasure', 'local_digitalstrategy');
        }
        return $errors;
    }
}
