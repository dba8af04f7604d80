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

use local_digitalstrategy\local\campaign\campaign_service;
use local_digitalstrategy\local\campaign\invite_target_repository;

defined('MOODLE_INTERNAL') || die();

require_once($CFG->libdir . '/formslib.php');

/**
 * Creates or edits a survey campaign: which instrument version, for whom, when, and how it is
 * answered. Custom data: instruments (id => label of the survey and feedback versions), cohorts
 * (id => name), courses (id => name), defaults (participationtarget, resultsvisible), current (the
 * campaign being edited, or null; once opened, what it asks and whom stays as it is).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class campaign_form extends \moodleform {
    /**
     * Defines the fields.
     */
    protected function definition() {
        $mform = $this->_form;
        $custom = $this->_customdata;
        $str = fn(string $key) => get_string($key, 'local_digitalstrategy');

        $mform->addElement('hidden', 'id', 0);
        $mform->setType('id', PARAM_INT);
        $mform->addElement('text', 'name', $str('campaign_name'), ['size' => 60, 'maxlength' => 255]);
        $mform->setType('name', PARAM_TEXT);
        $mform->addRule('name', $str('campaign_error_name'), 'required', null, 'client');

        $mform->addElement('select', 'instrumentid', $str('campaign_instrument'), ['' => $str('campaign_choose')]
            + $custom['instruments']);
        $mform->addRule('instrumentid', $str('campaign_error_instrument'), 'required', null, 'client');

        $targets = [];
        foreach (invite_target_repository::SURVEY_TARGETS as $target) {
            $targets[$target] = $str('campaign_target_' . $target);
        }
        $mform->addElement('select', 'target', $str('campaign_target'), $targets);
        $mform->addHelpButton('target', 'campaign_target', 'local_digitalstrategy');
        $mform->addElement('select', 'cohortid', $str('campaign_cohort'), ['' => $str('campaign_choose')] + $custom['cohorts']);
        $mform->hideIf('cohortid', 'target', 'neq', 'cohort');
        $mform->addElement('select', 'courseid', $str('campaign_course'), ['' => $str('campaign_choose')] + $custom['courses']);
        $mform->hideIf('courseid', 'target', 'neq', 'course');

        $respondents = [];
        foreach (\local_digitalstrategy\local\campaign\campaign::RESPONDENTS as $respondent) {
            $respondents[$respondent] = $str('campaign_respondent_' . $respondent);
        }
        $mform->addElement('select', 'respondent', $str('campaign_respondent'), $respondents);

        $mform->addElement('advcheckbox', 'anonymous', $str('campaign_anonymous'), $str('campaign_anonymous_label'));
        $mform->setDefault('anonymous', 1);
        $mform->addHelpButton('anonymous', 'campaign_anonymous', 'local_digitalstrategy');

        $mform->addElement('date_time_selector', 'timeopen', $str('campaign_timeopen'), ['optional' => true]);
        $mform->addHelpButton('timeopen', 'campaign_timeopen', 'local_digitalstrategy');
        $mform->addElement('date_time_selector', 'timeclose', $str('campaign_timeclose'), ['optional' => true]);

        $mform->addElement('text', 'participationtarget', $str('campaign_participationtarget'), ['size' => 4]);
        $mform->setType('participationtarget', PARAM_RAW_TRIMMED);
        $mform->setDefault('participationtarget', $custom['defaults']['participationtarget']);

        $mform->addElement('advcheckbox', 'resultsvisible', $str('campaign_resultsvisible'), $str('campaign_resultsvisible_label'));
        $mform->setDefault('resultsvisible', $custom['defaults']['resultsvisible']);

        $current = $this->current();
        if ($current && $current->status !== 'draft') {
            $mform->hardFreeze(['instrumentid', 'target', 'cohortid', 'courseid', 'respondent', 'anonymous', 'timeopen']);
            $mform->addElement('static', 'lockednote', '', $str('campaign_lockedafteropen'));
        }
        $this->add_action_buttons(true, $current ? get_string('savechanges') : $str('campaign_create'));
    }

    /**
     * The campaign being edited, or null for a new one.
     *
     * @return \local_digitalstrategy\local\campaign\campaign|null
     */
    private function current(): ?\local_digitalstrategy\local\campaign\campaign {
        return $this->_customdata['current'] ?? null;
    }

    /**
     * The submitted data in the shape the campaign service takes (targetid from the cohort or course field).
     *
     * @return \stdClass|null
     */
    public function get_campaign_data(): ?\stdClass {
        $data = $this->get_data();
        if (!$data) {
            return null;
        }
        return $this->with_locked(self::to_campaign_data((array) $data));
    }

    /**
     * Campaign data with the values an opened campaign keeps (its frozen fields are not submitted).
     *
     * @param \stdClass $record
     * @return \stdClass
     */
    private function with_locked(\stdClass $record): \stdClass {
        $current = $this->current();
        if ($current && $current->status !== 'draft') {
            foreach (campaign_service::LOCKED_AFTER_OPEN as $field) {
                $record->$field = $current->$field;
            }
        }
        return $record;
    }

    /**
     * Checks the data with the service's rules.
     *
     * @param array $data
     * @param array $files
     * @return array
     */
    public function validation($data, $files) {
        $errors = parent::validation($data, $files);
        $record = $this->with_locked(self::to_campaign_data($data));
        $problems = \core\di::get(campaign_service::class)->validate($record, $this->current());
        foreach ($problems as $field => $key) {
            if ($field === 'targetid') {
                $field = ($data['target'] ?? '') === 'course' ? 'courseid' : 'cohortid';
            }
            $errors[$field] = get_string($key, 'local_digitalstrategy');
        }
        return $errors;
    }

    /**
     * Form values to campaign data.
     *
     * @param array $data
     * @return \stdClass
     */
    private static function to_campaign_data(array $data): \stdClass {
        $target = (string) ($data['target'] ?? '');
        $record = (object) [
            'name' => trim((string) ($data['name'] ?? '')),
            'instrumentid' => (int) ($data['instrumentid'] ?? 0),
            'target' => $target,
            'targetid' => (int) ($target === 'course' ? ($data['courseid'] ?? 0) : ($data['cohortid'] ?? 0)),
            'respondent' => (string) ($data['respondent'] ?? ''),
            'anonymous' => empty($data['anonymous']) ? 0 : 1,
            'timeopen' => (int) ($data['timeopen'] ?? 0),
            'timeclose' => (int) ($data['timeclose'] ?? 0),
            'participationtarget' => $data['participationtarget'] ?? '',
            'resultsvisible' => empty($data['resultsvisible']) ? 0 : 1,
        ];
        return $record;
    }
}
