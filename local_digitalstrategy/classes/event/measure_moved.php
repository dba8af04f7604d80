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

use local_digitalstrategy\local\strategy\measure;

/**
 * A measure was moved on the PDCA board (to another phase or position).
 *
 * @property-read array $other {
 *      - int orgid: the organisation
 *      - string from: the phase before
 *      - string to: the phase now
 * }
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class measure_moved extends \core\event\base {
    /**
     * Creates the event for a measure just moved.
     *
     * @param measure $measure as it is now
     * @param string $from the phase before
     * @param int $userid who moved it
     * @return self
     */
    public static function create_from_move(measure $measure, string $from, int $userid): self {
        return self::create([
            'context' => \context_system::instance(),
            'objectid' => $measure->id,
            'userid' => $userid,
            'other' => ['orgid' => $measure->orgid, 'from' => $from, 'to' => $measure->phase],
        ]);
    }

    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'u';
        $this->data['edulevel'] = self::LEVEL_PARTICIPATING;
        $this->data['objecttable'] = measure::TABLE;
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('measure_event_moved', 'local_digitalstrategy');
    }

    /**
     * What happened, in English for the logs.
     *
     * @return string
     */
    public function get_description() {
        return "The user with id '{$this->userid}' moved the measure with id '{$this->objectid}' of the organisation "
            . "with id '{$this->other['orgid']}' from {$this->other['from']} to {$this->other['to']}.";
    }

    /**
     * The board of the measure.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/board.php', ['orgid' => $this->other['orgid']]);
    }

    /**
     * Mapping of objectid for backup and restore (the table is site-level, not restored).
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => measure::TABLE, 'restore' => \core\event\base::NOT_MAPPED];
    }

    /**
     * Mapping of other for backup and restore.
     *
     * @return array
     */
    public static function get_other_mapping() {
        return ['orgid' => \core\event\base::NOT_MAPPED];
    }
}
