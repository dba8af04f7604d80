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

namespace local_digitalstrategy\local\strategy;

/**
 * Keeps a measure's due date in its owner's Moodle calendar: one user event per measure (owned by
 * this plugin, so the owner cannot change it by hand), moved with the due date and the owner, and
 * removed when the measure has no owner or due date any more or is in Act.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class measure_calendar {
    /** @var string The event type of the due dates. */
    public const EVENTTYPE = 'measuredue';

    /**
     * Creates the adapter.
     *
     * @param \moodle_database $db
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * Brings the calendar event of a measure in line with it.
     *
     * @param measure $measure
     */
    public function sync(measure $measure): void {
        global $CFG;
        require_once($CFG->dirroot . '/calendar/lib.php');
        $existing = $this->db->get_record('event', ['component' => 'local_digitalstrategy', 'eventtype' => self::EVENTTYPE,
            'instance' => $measure->id]);
        $wanted = $measure->ownerid && $measure->duedate && $measure->phase !== 'act';
        if (!$wanted) {
            if ($existing) {
                \calendar_event::load($existing)->delete();
            }
            return;
        }
        $data = (object) [
            'name' => $measure->title,
            'description' => get_string('measure_calendar_description', 'local_digitalstrategy'),
            'format' => FORMAT_PLAIN,
            'courseid' => 0, 'groupid' => 0, 'categoryid' => 0,
            'userid' => $measure->ownerid,
            'component' => 'local_digitalstrategy',
            'modulename' => '',
            'instance' => $measure->id,
            'eventtype' => self::EVENTTYPE,
            'type' => CALENDAR_EVENT_TYPE_ACTION,
            'timestart' => $measure->duedate,
            'timesort' => $measure->duedate,
            'timeduration' => 0,
            'visible' => 1,
        ];
        if ($existing) {
            \calendar_event::load($existing)->update($data, false);
        } else {
            \calendar_event::create($data, false);
        }
    }
}
