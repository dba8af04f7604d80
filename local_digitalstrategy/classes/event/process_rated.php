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

use local_digitalstrategy\local\controlling\process_rating;

/**
 * A process of the programme plan was rated on the Ampel (quality, cost, staff, timeliness) for a
 * half-year; every rating is a new row of the history.
 *
 * @property-read array $other {
 *      - string process: the process (process_rating::PROCESSES)
 *      - int period: the half-year of the programme (1-based)
 *      - array ratings: criterion => green, amber, red or '' (not rated)
 * }
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class process_rated extends \core\event\base {
    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'c';
        $this->data['edulevel'] = self::LEVEL_OTHER;
        $this->data['objecttable'] = process_rating::TABLE;
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('process_event_rated', 'local_digitalstrategy');
    }

    /**
     * What happened, in English for the logs.
     *
     * @return string
     */
    public function get_description() {
        $ratings = [];
        foreach ((array) ($this->other['ratings'] ?? []) as $criterion => $colour) {
            $ratings[] = $criterion . ': ' . ($colour === '' ? 'not rated' : $colour);
        }
        return "The user with id '{$this->userid}' rated the process '{$this->other['process']}' for half-year "
            . "{$this->other['period']} (" . implode(', ', $ratings) . ').';
    }

    /**
     * The process's rating page in that half-year.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/processes.php', [
            'process' => $this->other['process'], 'period' => $this->other['period'],
        ]);
    }

    /**
     * Checks the data.
     */
    protected function validate_data() {
        parent::validate_data();
        foreach (['process', 'period'] as $key) {
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
        return ['db' => process_rating::TABLE, 'restore' => \core\event\base::NOT_MAPPED];
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
