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

namespace mod_devcircle\event;

/**
 * A user opened a pad of a development circle (to write in it or to read it).
 *
 * @property-read array $other {
 *      Extra information about the event.
 *
 *      - int padid: id of the pad (devcircle_pads)
 * }
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class pad_viewed extends pad_base {
    /**
     * Sets the basic properties of the event.
     */
    protected function init() {
        $this->data['crud'] = 'r';
        $this->data['edulevel'] = self::LEVEL_PARTICIPATING;
        $this->data['objecttable'] = 'devcircle_pads';
    }

    /**
     * Returns the localised name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('eventpad_viewed', 'mod_devcircle');
    }

    /**
     * Describes the event for the logs (not translated, as core events do).
     *
     * @return string
     */
    public function get_description() {
        return "The user with id '{$this->userid}' " .
            "opened the pad with id '{$this->objectid}' of the development circle " .
            "with course module id '{$this->contextinstanceid}'.";
    }
}
