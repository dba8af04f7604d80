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
use local_digitalstrategy\local\controlling\programme;

/**
 * Surveys run: the survey campaigns of an instrument (config {"instrument": "<idnumber>"}, any
 * version; without one every survey) opened in the half-year. A draft has not run; a campaign
 * counts in the half-year it opened.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class surveys_run_source implements indicator_source {
    /**
     * Creates the source.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     * @param source_surveys $surveys
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
        /** @var source_surveys */
        private readonly source_surveys $surveys,
    ) {
    }

    /**
     * The key indicators name this source by.
     *
     * @return string
     */
    public function key(): string {
        return 'surveys_run';
    }

    /**
     * Campaigns opened per half-year (one grouped query).
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        if (!$periods) {
            return [];
        }
        [$casesql, $caseparams] = programme::case_sql($periods, 'c.timeopen', 'sp');
        [$wheresql, $params] = $this->surveys->where_sql($indicator);
        $rs = $this->db->get_recordset_sql(
            "SELECT x.period, COUNT(x.id) AS campaigns
               FROM (SELECT $casesql AS period, c.id
                       FROM {local_digitalstrategy_campaign} c
                       JOIN {local_digitalstrategy_instr} i ON i.id = c.instrumentid
                      WHERE $wheresql) x
              WHERE x.period > 0
           GROUP BY x.period",
            $caseparams + $params
        );
        $counts = [];
        foreach ($rs as $row) {
            $counts[(int) $row->period] = (int) $row->campaigns;
        }
        $rs->close();
        return source_periods::counts($periods, $counts, $this->clock->time());
    }

    /**
     * The campaigns opened in the half-year with their participation.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        $campaigns = $this->surveys->campaigns($indicator, $period);
        $rows = [];
        foreach ($campaigns as $campaign) {
            $rows[] = [
                (string) $campaign->name,
                source_periods::date((int) $campaign->timeopen),
                source_periods::date((int) $campaign->timeclose),
                get_string('campaign_status_' . $campaign->status, 'local_digitalstrategy'),
                (int) $campaign->invited,
                (int) $campaign->responded,
            ];
        }
        return new drilldown([
            get_string('source_col_campaign', 'local_digitalstrategy'),
            get_string('source_col_opened', 'local_digitalstrategy'),
            get_string('source_col_closes', 'local_digitalstrategy'),
            get_string('source_col_status', 'local_digitalstrategy'),
            get_string('source_col_invited', 'local_digitalstrategy'),
            get_string('source_col_responded', 'local_digitalstrategy'),
        ], $rows, $this->surveys->note($indicator));
    }
}
