<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

/**
 * Settings form of a development circle.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

require_once($CFG->dirroot . '/course/moodleform_mod.php');

/**
 * Settings form of a development circle: name, description and the standard activity settings.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class mod_devcircle_mod_form extends moodleform_mod {
    /**
     * Defines the form fields.
     */
    public function definition() {
        global $CFG;
        $mform = $this->_form;

        $mform->addElement('header', 'general', get_string('general', 'form'));

        $mform->addElement('text', 'name', get_string('name', 'devcircle'), ['size' => '64']);
        $mform->setType('name', empty($CFG->formatstringstriptags) ? PARAM_CLEANHTML : PARAM_TEXT);
        $mform->addRule('name', null, 'required', null, 'client');
        $mform->addRule('name', get_string('maximumchars', '', 255), 'maxlength', 255, 'client');

        $this->standard_intro_elements();

        $this->add_webinar_elements();

        $this->standard_coursemodule_elements();
        $this->add_action_buttons();
    }

    /**
     * Adds the webinar settings (BigBlueButton), with the site defaults as defaults.
     */
    private function add_webinar_elements(): void {
        $mform = $this->_form;
        $defaults = get_config('mod_devcircle');
        $mform->addElement('header', 'webinarsettings', get_string('webinarsettings', 'mod_devcircle'));
        $flags = ['record', 'waitformoderator', 'muteonstart', 'lockcam', 'lockmic', 'lockprivatechat', 'lockpublicchat'];
        foreach ($flags as $name) {
            $mform->addElement('advcheckbox', $name, get_string($name, 'mod_devcircle'));
            $mform->addHelpButton($name, $name, 'mod_devcircle');
            $mform->setDefault($name, (int) ($defaults->{'default_' . $name} ?? 0));
        }
        $mform->addElement('textarea', 'welcome', get_string('welcome', 'mod_devcircle'), ['rows' => 3, 'cols' => 60]);
        $mform->setType('welcome', PARAM_TEXT);
        $mform->addHelpButton('welcome', 'welcome', 'mod_devcircle');
        $mform->setDefault('welcome', (string) ($defaults->default_welcome ?? ''));
        $mform->addElement('select', 'openmode', get_string('openmode', 'mod_devcircle'), [
            \mod_devcircle\instance::OPEN_WINDOW => get_string('openmode_window', 'mod_devcircle'),
            \mod_devcircle\instance::OPEN_EMBED => get_string('openmode_embed', 'mod_devcircle'),
        ]);
        $mform->addHelpButton('openmode', 'openmode', 'mod_devcircle');
        $mform->setDefault('openmode', (string) ($defaults->default_openmode ?? \mod_devcircle\instance::OPEN_WINDOW));
    }

    /**
     * Adds the completion rule "attended at least N sessions".
     *
     * @return string[] the names of the added elements
     */
    public function add_completion_rules() {
        $mform = $this->_form;
        $suffix = $this->get_suffix();
        $enabledel = 'completionattendedenabled' . $suffix;
        $valueel = 'completionattended' . $suffix;
        $group = [
            $mform->createElement('checkbox', $enabledel, '', get_string('completionattendedenabled', 'mod_devcircle')),
            $mform->createElement('text', $valueel, get_string('completionattended', 'mod_devcircle'), ['size' => 3]),
        ];
        $mform->setType($valueel, PARAM_INT);
        $groupel = 'completionattendedgroup' . $suffix;
        $mform->addGroup($group, $groupel, get_string('completionattended', 'mod_devcircle'), ' ', false);
        $mform->addHelpButton($groupel, 'completionattended', 'mod_devcircle');
        $mform->hideIf($valueel, $enabledel, 'notchecked');
        return [$groupel];
    }

    /**
     * Whether the completion rule is switched on.
     *
     * @param array $data the form data
     * @return bool
     */
    public function completion_rule_enabled($data) {
        $suffix = $this->get_suffix();
        return !empty($data['completionattendedenabled' . $suffix]) && (int) ($data['completionattended' . $suffix] ?? 0) > 0;
    }

    /**
     * Sets up the completion checkbox from the stored number.
     *
     * @param array $defaultvalues the values of the form
     */
    public function data_preprocessing(&$defaultvalues) {
        parent::data_preprocessing($defaultvalues);
        $suffix = $this->get_suffix();
        $defaultvalues['completionattendedenabled' . $suffix] = !empty($defaultvalues['completionattended' . $suffix]) ? 1 : 0;
        if (empty($defaultvalues['completionattended' . $suffix])) {
            $defaultvalues['completionattended' . $suffix] = 1;
        }
    }

    /**
     * Turns the completion rule off when its checkbox is not ticked.
     *
     * @param stdClass $data the submitted data
     */
    public function data_postprocessing($data) {
        parent::data_postprocessing($data);
        if (!empty($data->completionunlocked)) {
            $suffix = $this->get_suffix();
            $completion = $data->{'completion' . $suffix} ?? 0;
            $automatic = !empty($completion) && $completion == COMPLETION_TRACKING_AUTOMATIC;
            if (empty($data->{'completionattendedenabled' . $suffix}) || !$automatic) {
                $data->{'completionattended' . $suffix} = 0;
            }
        }
    }

    /**
     * Checks the completion rule's number.
     *
     * @param array $data the submitted data
     * @param array $files the submitted files
     * @return array errors
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        $suffix = $this->get_suffix();
        if (!empty($data['completionattendedenabled' . $suffix]) && (int) ($data['completionattended' . $suffix] ?? 0) < 1) {
            $errors['completionattendedgroup' . $suffix] = get_string('completionattended_error', 'mod_devcircle');
        }
        return $errors;
    }
}
