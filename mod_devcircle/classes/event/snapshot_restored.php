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
 * A user put an earlier snapshot of a pad back into the pad.
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
class snapshot_restored extends pad_base {
    /**
     * Sets the basic properties of the event.
     */
    protected function init() {
        $this->data['crud'] = 'u';
        $this->data['edulevel'] = self::LEVEL_PARTICIPATING;
        $this->data['objecttable'] = 'devcircle_pad_snapshots';
    }

    /**
     * Returns the localised name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('eventsnapshot_restored', 'mod_devcircle');
    }

    /**
     * Describes the event for the logs (not translated, as core events do).
     *
     * @return string
     */
    public function get_description() {
        return "The user with id '{$this->userid}' " .
            "restored the snapshot with id '{$this->objectid}' into the pad with id '{$this->other['padid']}' " .
            "of the development circle " .
            "with course module id '{$this->contextinstanceid}'.";
    }

    /**
     * Tells backup and restore how to map the object id.
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => 'devcircle_pad_snapshots', 'restore' => 'devcircle_pad_snapshot'];
    }
}
