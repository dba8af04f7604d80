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
 * The leadership releases a transferable measure for the best-practice collection, named or
 * anonymised, confirming it; a released measure can be withdrawn.
 *
 * Custom data: released (bool) whether the measure is released now.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class bestpractice_release_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $released = !empty($this->_customdata['released']);
        $mform->addElement('hidden', 'measureid', 0);
        $mform->setType('measureid', PARAM_INT);

        $choices = [
            $mform->createElement('radio', 'named', '', get_string('bestpractice_anonymised', 'local_digitalstrategy'), 0),
            $mform->createElement('radio', 'named', '', get_string('bestpractice_named', 'local_digitalstrategy'), 1),
        ];
        $mform->addGroup($choices, 'publication', get_string('bestpractice_publication', 'local_digitalstrategy'), '<br>', false);
        $mform->addHelpButton('publication', 'bestpractice_publication', 'local_digitalstrategy');
        $mform->setDefault('named', 0);
        $mform->setType('named', PARAM_INT);

        $mform->addElement('advcheckbox', 'confirm', '', get_string('bestpractice_confirm', 'local_digitalstrategy'));

        $buttons = [$mform->createElement('submit', 'submitbutton', get_string(
            $released ? 'bestpractice_update' : 'bestpractice_release',
            'local_digitalstrategy'
        ))];
        if ($released) {
            $buttons[] = $mform->createElement(
                'submit',
                'withdraw',
                get_string('bestpractice_withdraw', 'local_digitalstrategy'),
                [],
                false
            );
        }
        $buttons[] = $mform->createElement('cancel');
        $mform->addGroup($buttons, 'buttonar', '', ' ', false);
        $mform->closeHeaderBefore('buttonar');
    }

    /**
     * Asks for the confirmation of a release (a withdrawal needs none).
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        if (empty($data['withdraw']) && empty($data['confirm'])) {
            $errors['confirm'] = get_string('bestpractice_confirmrequired', 'local_digitalstrategy');
        }
        if (empty($data['withdraw']) && !in_array((int) ($data['named'] ?? -1), [0, 1], true)) {
            $errors['publication'] = get_string('bestpractice_publicationrequired', 'local_digitalstrategy');
        }
        return $errors;
    }
}
