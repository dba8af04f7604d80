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

use local_digitalstrategy\local\controlling\indicator;

/**
 * An indicator of the catalogue was added or changed (name, unit, direction, tolerance, source,
 * its options or the targets per half-year).
 *
 * @property-read array $other {
 *      - string idnumber: the indicator's idnumber
 *      - bool created: whether it was added just now
 *      - string source: the key of its source after the change
 * }
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class indicator_updated extends \core\event\base {
    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'u';
        $this->data['edulevel'] = self::LEVEL_OTHER;
        $this->data['objecttable'] = indicator::TABLE;
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('indicatoredit_event_updated', 'local_digitalstrategy');
    }

    /**
     * What happened, in English for the logs.
     *
     * @return string
     */
    public function get_description() {
        $what = empty($this->other['created']) ? 'changed' : 'added';
        return "The user with id '{$this->userid}' {$what} the indicator with id '{$this->objectid}' "
            . "('{$this->other['idnumber']}', source '{$this->other['source']}').";
    }

    /**
     * The indicator's edit page.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/indicator_edit.php', ['id' => $this->objectid]);
    }

    /**
     * Checks the data.
     */
    protected function validate_data() {
        parent::validate_data();
        if (!isset($this->other['idnumber'])) {
            throw new \coding_exception("The 'idnumber' value must be set in other.");
        }
    }

    /**
     * Mapping of objectid for backup and restore (the table is site-level, not restored).
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => indicator::TABLE, 'restore' => \core\event\base::NOT_MAPPED];
    }

    /**
     * Mapping of other for backup and restore.
     *
     * @return array
     */
    public static function get_other_mapping() {
        return false;
    }
}
