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

use local_digitalstrategy\local\controlling\manual_value_repository;

/**
 * A manual value of an indicator was entered for a half-year (every entry is a new row; the
 * newest counts).
 *
 * @property-read array $other {
 *      - int indicatorid: the indicator
 *      - string idnumber: the indicator's idnumber
 *      - int period: the half-year of the programme (1-based)
 *      - float value: the value entered
 *      - int files: number of evidence files attached
 * }
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class indicator_value_added extends \core\event\base {
    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'c';
        $this->data['edulevel'] = self::LEVEL_OTHER;
        $this->data['objecttable'] = manual_value_repository::TABLE;
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('manualvalue_event_added', 'local_digitalstrategy');
    }

    /**
     * What happened, in English for the logs.
     *
     * @return string
     */
    public function get_description() {
        return "The user with id '{$this->userid}' entered the value {$this->other['value']} of the indicator with id "
            . "'{$this->other['indicatorid']}' for half-year {$this->other['period']} "
            . "({$this->other['files']} evidence file(s)).";
    }

    /**
     * The page of the indicator's values in that half-year.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/indicator_value.php', [
            'indicator' => $this->other['indicatorid'], 'period' => $this->other['period'],
        ]);
    }

    /**
     * Checks the data.
     */
    protected function validate_data() {
        parent::validate_data();
        foreach (['indicatorid', 'period', 'value'] as $key) {
            if (!isset($this->other[$key])) {
                throw new \coding_exception("The '$key' value must be set in other.");
            }
        }
    }

    /**
     * Mapping of objectid for backup and restore (the table is site-level, not restored).
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => manual_value_repository::TABLE, 'restore' => \core\event\base::NOT_MAPPED];
    }

    /**
     * Mapping of other for backup and restore.
     *
     * @return array
     */
    public static function get_other_mapping() {
        return ['indicatorid' => \core\event\base::NOT_MAPPED];
    }
}
