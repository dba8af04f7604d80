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

namespace local_digitalstrategy\event;

use local_digitalstrategy\local\questionnaire\answer;
use local_digitalstrategy\local\questionnaire\run;

/**
 * A member saved an answer in their organisation's run.
 *
 * @property-read array $other {
 *      - int orgid: the organisation
 *      - int runid: the run
 *      - string itemkey: the item answered
 * }
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class answer_saved extends \core\event\base {
    /**
     * Creates the event for an answer just saved.
     *
     * @param run $run
     * @param int $answerid id of the answer record
     * @param answer $answer
     * @return self
     */
    public static function create_from_answer(run $run, int $answerid, answer $answer): self {
        return self::create([
            'context' => \context_system::instance(),
            'objectid' => $answerid,
            'other' => ['orgid' => $run->get_orgid(), 'runid' => $run->get_id(), 'itemkey' => $answer->itemkey],
        ]);
    }

    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'u';
        $this->data['edulevel'] = self::LEVEL_PARTICIPATING;
        $this->data['objecttable'] = 'local_digitalstrategy_answer';
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('eventanswersaved', 'local_digitalstrategy');
    }

    /**
     * What happened, for the logs.
     *
     * @return string
     */
    public function get_description() {
        return "The user with id '{$this->userid}' answered the item '{$this->other['itemkey']}' in the run with id "
            . "'{$this->other['runid']}' of the organisation with id '{$this->other['orgid']}'.";
    }

    /**
     * The page the event relates to.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/check.php');
    }

    /**
     * Checks the custom data.
     *
     * @throws \coding_exception
     */
    protected function validate_data() {
        parent::validate_data();
        foreach (['orgid', 'runid', 'itemkey'] as $key) {
            if (!isset($this->other[$key])) {
                throw new \coding_exception("The '$key' value must be set in other.");
            }
        }
    }

    /**
     * How backup and restore map the object id.
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => 'local_digitalstrategy_answer', 'restore' => \core\event\base::NOT_MAPPED];
    }

    /**
     * How backup and restore map the other data.
     *
     * @return array
     */
    public static function get_other_mapping() {
        return ['orgid' => \core\event\base::NOT_MAPPED, 'runid' => \core\event\base::NOT_MAPPED];
    }
}
