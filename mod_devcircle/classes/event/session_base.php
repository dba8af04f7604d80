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
 * Common ground of the events about a session: module context, the session as object, the
 * circle's id in other['circleid'].
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
abstract class session_base extends \core\event\base {
    /**
     * Creates the event for a session.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @param string|null $role moderator or viewer, for joins
     * @return static
     */
    public static function create_from_session(instance $instance, session $session, ?string $role = null): static {
        $other = ['circleid' => $instance->get_instance_id()];
        if ($role !== null) {
            $other['role'] = $role;
        }
        $event = static::create([
            'context' => $instance->get_context(),
            'objectid' => $session->get_id(),
            'other' => $other,
        ]);
        $event->add_record_snapshot(session::TABLE, $session->get_record());
        return $event;
    }

    /**
     * The circle's page.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/mod/devcircle/view.php', ['id' => $this->contextinstanceid]);
    }

    /**
     * Checks the data.
     */
    protected function validate_data() {
        parent::validate_data();
        if ($this->contextlevel != CONTEXT_MODULE) {
            throw new \coding_exception('Context level must be CONTEXT_MODULE.');
        }
        if (!isset($this->other['circleid'])) {
            throw new \coding_exception('The \'circleid\' value must be set in other.');
        }
    }

    /**
     * Tells backup and restore how to map the object id.
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => session::TABLE, 'restore' => 'devcircle_session'];
    }

    /**
     * Tells backup and restore how to map the values in other.
     *
     * @return array
     */
    public static function get_other_mapping() {
        return ['circleid' => ['db' => 'devcircle', 'restore' => 'devcircle']];
    }
}
