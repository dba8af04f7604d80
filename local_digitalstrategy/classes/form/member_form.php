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
 * Adds a Moodle user to an organisation with a role (or changes the role of a member).
 *
 * Custom data: organisation (organisation).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class member_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'orgid', 0);
        $mform->setType('orgid', PARAM_INT);

        $mform->addElement('autocomplete', 'userid', get_string('user'), [], [
            'multiple' => false,
            'ajax' => 'core_user/form_user_selector',
            // The chosen user as the user selector shows its suggestions (the name escaped once, by the template).
            'valuehtmlcallback' => function ($userid) {
                global $OUTPUT;
                $user = \core_user::get_user((int) $userid);
                return $user ? $OUTPUT->render_from_template('core_user/form_user_selector_suggestion', [
                    'id' => (int) $user->id,
                    'fullname' => fullname($user),
                    'extrafields' => [],
                ]) : '';
            },
        ]);
        $mform->addRule('userid', get_string('required'), 'required', null, 'client');

        $roles = [];
        foreach (organisation::ROLES as $role) {
            $roles[$role] = get_string('role_' . $role, 'local_digitalstrategy');
        }
        $mform->addElement('select', 'role', get_string('role', 'local_digitalstrategy'), $roles);
        $mform->setDefault('role', 'staff');

        $this->add_action_buttons(false, get_string('addmember', 'local_digitalstrategy'));
    }

    /**
     * Refuses users who belong to another organisation.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        /** @var organisation $organisation */
        $organisation = $this->_customdata['organisation'];
        if (!empty($data['userid'])) {
            $problem = \core\di::get(organisation_repository::class)->membership_problem(
                $organisation,
                (int) $data['userid'],
                (string) $data['role']
            );
            if ($problem) {
                $errors[$problem[0] === 'error_role' ? 'role' : 'userid'] = get_string(
                    $problem[0],
                    'local_digitalstrategy',
                    $problem[1]
                );
            }
        }
        return $errors;
    }
}
