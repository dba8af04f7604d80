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

use local_digitalstrategy\local\strategy\ampel_rating;
use local_digitalstrategy\local\strategy\measure;

/**
 * A measure's Ampel rating on a criterion changed (every rating is a new row of the history).
 *
 * @property-read array $other {
 *      - int orgid: the organisation
 *      - int measureid: the measure
 *      - string criterion: quality, cost, staff or time
 *      - string previous: the rating before ('' for the first)
 *      - string rating: green, amber or red
 * }
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class measure_rated extends \core\event\base {
    /**
     * Creates the event for a rating just given.
     *
     * @param measure $measure
     * @param ampel_rating $rating the new row
     * @return self
     */
    public static function create_from_rating(measure $measure, ampel_rating $rating): self {
        return self::create([
            'context' => \context_system::instance(),
            'objectid' => $rating->id,
            'userid' => $rating->userid,
            'relateduserid' => $measure->ownerid ?: null,
            'other' => ['orgid' => $measure->orgid, 'measureid' => $measure->id, 'criterion' => $rating->criterion,
                'previous' => $rating->previous, 'rating' => $rating->rating],
        ]);
    }

    /**
     * Sets the basic properties.
     */
    protected function init() {
        $this->data['crud'] = 'c';
        $this->data['edulevel'] = self::LEVEL_PARTICIPATING;
        $this->data['objecttable'] = ampel_rating::TABLE;
    }

    /**
     * The name of the event.
     *
     * @return string
     */
    public static function get_name() {
        return get_string('measure_event_rated', 'local_digitalstrategy');
    }

    /**
     * What happened, in English for the logs.
     *
     * @return string
     */
    public function get_description() {
        $previous = $this->other['previous'] === '' ? 'unrated' : $this->other['previous'];
        return "The user with id '{$this->userid}' rated the measure with id '{$this->other['measureid']}' on "
            . "{$this->other['criterion']}: {$previous} → {$this->other['rating']}.";
    }

    /**
     * The rating page of the measure.
     *
     * @return \moodle_url
     */
    public function get_url() {
        return new \moodle_url('/local/digitalstrategy/rate.php', ['id' => $this->other['measureid']]);
    }

    /**
     * Mapping of objectid for backup and restore (the table is site-level, not restored).
     *
     * @return array
     */
    public static function get_objectid_mapping() {
        return ['db' => ampel_rating::TABLE, 'restore' => \core\event\base::NOT_MAPPED];
    }

    /**
     * Mapping of other for backup and restore.
     *
     * @return array
     */
    public static function get_other_mapping() {
        return ['orgid' => \core\event\base::NOT_MAPPED, 'measureid' => \core\event\base::NOT_MAPPED];
    }
}
