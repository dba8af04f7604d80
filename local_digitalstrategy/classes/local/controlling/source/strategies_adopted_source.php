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
use local_digitalstrategy\local\strategy\strategy;
use local_digitalstrategy\organisation;

/**
 * Strategies in place: the organisations whose leadership had adopted their digitalisation
 * strategy by the end of the half-year (a running total; the first adoption counts, a strategy
 * under revision stays in place).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategies_adopted_source implements indicator_source {
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
        return 'strategies_adopted';
    }

    /**
     * Strategies first adopted before the end of each half-year (one query).
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        if (!$periods) {
            return [];
        }
        [$columns, $params] = source_periods::cumulative_sql($periods, 'x.firstadopted');
        $row = $this->db->get_record_sql(
            "SELECT $columns
               FROM (SELECT v.strategyid, MIN(v.timeadopted) AS firstadopted
                       FROM {" . strategy::VERSION_TABLE . "} v
                   GROUP BY v.strategyid) x",
            $params
        );
        $counts = [];
        foreach ($periods as $period) {
            $counts[$period->index] = (int) $row->{'p' . $period->index};
        }
        return source_periods::counts($periods, $counts, $this->clock->time());
    }

    /**
     * The organisations with a strategy in place at the end of the half-year, first adopted first.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        $rs = $this->db->get_recordset_sql(
            "SELECT s.id, o.name, s.status, MIN(v.timeadopted) AS firstadopted, COUNT(v.id) AS versions
               FROM {" . strategy::TABLE . "} s
               JOIN {" . organisation::TABLE . "} o ON o.id = s.orgid
               JOIN {" . strategy::VERSION_TABLE . "} v ON v.strategyid = s.id
              WHERE v.timeadopted < :periodend
           GROUP BY s.id, o.name, s.status
           ORDER BY MIN(v.timeadopted), s.id",
            ['periodend' => $period->end]
        );
        $rows = [];
        foreach ($rs as $row) {
            $rows[] = [
                (string) $row->name,
                source_periods::date((int) $row->firstadopted),
                (int) $row->versions,
                get_string('strategy_status_' . $row->status, 'local_digitalstrategy'),
            ];
        }
        $rs->close();
        return new drilldown([
            get_string('source_col_organisation', 'local_digitalstrategy'),
            get_string('source_col_firstadopted', 'local_digitalstrategy'),
            get_string('source_col_versionsadopted', 'local_digitalstrategy'),
            get_string('source_col_statusnow', 'local_digitalstrategy'),
        ], $rows);
    }
}
