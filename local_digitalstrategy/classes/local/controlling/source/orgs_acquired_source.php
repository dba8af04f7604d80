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
use local_digitalstrategy\local\controlling\period;
use local_digitalstrategy\organisation;

/**
 * Pilot organisations acquired: the organisations with the pilot flag that had been registered by
 * the end of the half-year (a running total). Archived pilot organisations still count: they were
 * acquired, and a half-year already reported does not change when one leaves later.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class orgs_acquired_source implements indicator_source {
    /**
     * Creates the source.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The key indicators name this source by.
     *
     * @return string
     */
    public function key(): string {
        return 'orgs_acquired';
    }

    /**
     * Pilot organisations registered before the end of each half-year (one query).
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        if (!$periods) {
            return [];
        }
        [$columns, $params] = source_periods::cumulative_sql($periods, 'o.timecreated');
        $row = $this->db->get_record_sql(
            "SELECT $columns FROM {" . organisation::TABLE . "} o WHERE o.pilot = 1",
            $params
        );
        $counts = [];
        foreach ($periods as $period) {
            $counts[$period->index] = (int) $row->{'p' . $period->index};
        }
        return source_periods::counts($periods, $counts, $this->clock->time());
    }

    /**
     * The pilot organisations counted at the end of the half-year, oldest first.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        $records = $this->db->get_records_select(
            organisation::TABLE,
            'pilot = 1 AND timecreated < :periodend',
            ['periodend' => $period->end],
            'timecreated, id',
            'id, name, location, fieldofwork, archived, timecreated'
        );
        $rows = [];
        foreach ($records as $record) {
            $rows[] = [
                (string) $record->name,
                (string) $record->location,
                get_string('fieldofwork_' . $record->fieldofwork, 'local_digitalstrategy'),
                source_periods::date((int) $record->timecreated),
                $record->archived ? get_string('yes') : get_string('no'),
            ];
        }
        return new drilldown([
            get_string('source_col_organisation', 'local_digitalstrategy'),
            get_string('source_col_location', 'local_digitalstrategy'),
            get_string('source_col_fieldofwork', 'local_digitalstrategy'),
            get_string('source_col_registered', 'local_digitalstrategy'),
            get_string('source_col_archived', 'local_digitalstrategy'),
        ], $rows, get_string('source_orgs_acquired_note', 'local_digitalstrategy'));
    }
}
