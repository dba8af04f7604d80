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

use mod_devcircle\instance;
use mod_devcircle\webinar\session;

/**
 * A user opened the recording of a session through Moodle.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class recording_viewed extends session_base {
    /**
     * Creates the event for a recording of a session.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @param string $recordid BigBlueButton's record ID
     * @return self
     */
    public static function create_from_recording(instance $instance, session $session, string $recordid): self {
        $event = self::create([
            'context' => $instance->get_context(),
            'objectid' => $session->get_id(),
            'other' => ['circleid' => $instance->get_instance_id(), 'recordid' => $recordid],
        ]);
        $event->add_record_snapshot(session::TABLE, $session->get_record());
        return $event;
    }

    /**
     * Sets the basic properties of the event.
     */
    protected function init() {
        $this->data['crud'] = 'r';
        $this->data['edulevel'] = self::LEVEL_PARTICIPATING;
        $this->data['objecttable'] = session::TABLE;
    }

    /**
     * Returns the localised name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('eventrecording_viewed', 'mod_devcircle');
    }

    /**
     * Returns a description of what happened, for the logs.
     *
     * @return string
     */
    public function get_description() {
        return "The user with id '{$this->userid}' viewed the recording '{$this->other['recordid']}' of the session " .
            "with id '{$this->objectid}' in the development circle with course module id '{$this->contextinstanceid}'.";
    }
}
