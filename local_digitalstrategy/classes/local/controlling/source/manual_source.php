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

namespace local_digitalstrategy\local\controlling\source;

use local_digitalstrategy\local\controlling\drilldown;
use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\indicator_source;
use local_digitalstrategy\local\controlling\manual_value_repository;
use local_digitalstrategy\local\controlling\period;

/**
 * Values the project team enters by hand: the newest entry of each half-year counts.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class manual_source implements indicator_source {
    /**
     * Creates the source.
     *
     * @param manual_value_repository $values
     * @param \moodle_database $db
     */
    public function __construct(
        /** @var manual_value_repository */
        private readonly manual_value_repository $values,
        /** @var \moodle_database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * The key indicators name this source by.
     *
     * @return string
     */
    public function key(): string {
        return 'manual';
    }

    /**
     * The newest manual entry per half-year.
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        $latest = $this->values->latest_all()[$indicator->id] ?? [];
        $result = [];
        foreach ($periods as $period) {
            $result[$period->index] = isset($latest[$period->index]) ? (float) $latest[$period->index]->value : null;
        }
        return $result;
    }

    /**
     * Every entry of the half-year, newest first, with who entered it.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        $entries = $this->values->history($indicator->id, $period->index);
        $userids = array_unique(array_map(fn($entry) => (int) $entry->userid, $entries));
        $fields = 'id, ' . implode(', ', \core_user\fields::get_name_fields());
        $users = $userids ? $this->db->get_records_list('user', 'id', $userids, '', $fields) : [];
        $rows = [];
        foreach ($entries as $entry) {
            $rows[] = [
                userdate((int) $entry->timecreated, get_string('strftimedatetimeshort', 'core_langconfig')),
                isset($users[$entry->userid]) ? fullname($users[$entry->userid]) : '',
                format_float((float) $entry->value, 2, true, true),
                (string) $entry->comment,
            ];
        }
        return new drilldown([
            get_string('manualvalue_time', 'local_digitalstrategy'),
            get_string('manualvalue_user', 'local_digitalstrategy'),
            get_string('manualvalue_value', 'local_digitalstrategy'),
            get_string('manualvalue_comment', 'local_digitalstrategy'),
        ], $rows);
    }
}
