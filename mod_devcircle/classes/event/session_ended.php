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

use mod_devcircle\webinar\session;

/**
 * A session's webinar ended (a moderator ended it, or the server reported its end).
 *
 * Observers may react, for example by keeping a copy of the session's minutes.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class session_ended extends session_base {
    /**
     * Sets the basic properties of the event.
     */
    protected function init() {
        $this->data['crud'] = 'u';
        $this->data['edulevel'] = self::LEVEL_TEACHING;
        $this->data['objecttable'] = session::TABLE;
    }

    /**
     * Returns the localised name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('eventsession_ended', 'mod_devcircle');
    }

    /**
     * Returns a description of what happened, for the logs.
     *
     * @return string
     */
    public function get_description() {
        return "The webinar of the session with id '{$this->objectid}' ended in the development circle " .
            "with course module id '{$this->contextinstanceid}'.";
    }
}
