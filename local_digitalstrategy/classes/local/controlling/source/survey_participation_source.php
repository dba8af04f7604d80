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

use local_digitalstrategy\local\campaign\participation_repository;
use local_digitalstrategy\local\controlling\drilldown;
use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\indicator_source;
use local_digitalstrategy\local\controlling\period;
use local_digitalstrategy\local\controlling\programme;

/**
 * Survey participation in percent: of everybody invited (not revoked) to the survey campaigns
 * opened in the half-year, the share who responded — all invitations of those campaigns taken
 * together, rounded down to one decimal as the campaign pages do. Config {"instrument": ...}
 * narrows it to one instrument. No value in a half-year without invitations.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class survey_participation_source implements indicator_source {
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
        return 'survey_participation';
    }

    /**
     * Responded of invited per half-year (one grouped query).
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
            "SELECT x.period, COUNT(x.id) AS invited, COALESCE(SUM(x.responded), 0) AS responded
               FROM (SELECT $casesql AS period, v.id, v.responded
                       FROM {local_digitalstrategy_campaign} c
                       JOIN {local_digitalstrategy_instr} i ON i.id = c.instrumentid
                       JOIN {local_digitalstrategy_invite} v ON v.campaignid = c.id AND v.status <> :revoked
                      WHERE $wheresql) x
              WHERE x.period > 0
           GROUP BY x.period",
            $caseparams + $params + ['revoked' => 'revoked']
        );
        $rates = [];
        foreach ($rs as $row) {
            if ((int) $row->invited > 0) {
                $rates[(int) $row->period] = participation_repository::percent((int) $row->responded, (int) $row->invited);
            }
        }
        $rs->close();
        return source_periods::measures($periods, $rates, $this->clock->time());
    }

    /**
     * The campaigns opened in the half-year, each with its invited, responded and rate.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        $rows = [];
        foreach ($this->surveys->campaigns($indicator, $period) as $campaign) {
            $rows[] = [
                (string) $campaign->name,
                source_periods::date((int) $campaign->timeopen),
                (int) $campaign->invited,
                (int) $campaign->responded,
                format_float(participation_repository::percent((int) $campaign->responded, (int) $campaign->invited), 1),
            ];
        }
        return new drilldown([
            get_string('source_col_campaign', 'local_digitalstrategy'),
            get_string('source_col_opened', 'local_digitalstrategy'),
            get_string('source_col_invited', 'local_digitalstrategy'),
            get_string('source_col_responded', 'local_digitalstrategy'),
            get_string('source_col_percent', 'local_digitalstrategy'),
        ], $rows, $this->surveys->note($indicator));
    }
}
