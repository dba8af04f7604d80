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
 * Confirms an import after its preview. Carries the uploaded file (its draft area, and a hash of
 * its content so a changed file is not imported unseen) and how the preview read it.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class import_confirm_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $mform->addElement('hidden', 'draftid', 0);
        $mform->setType('draftid', PARAM_INT);
        $mform->addElement('hidden', 'contenthash', '');
        $mform->setType('contenthash', PARAM_ALPHANUM);
        $mform->addElement('hidden', 'encoding', '');
        $mform->setType('encoding', PARAM_ALPHANUMEXT);
        $mform->addElement('hidden', 'delimiter', '');
        $mform->setType('delimiter', PARAM_ALPHA);
        $this->add_action_buttons(true, get_string('importconfirm', 'local_digitalstrategy'));
    }
}
