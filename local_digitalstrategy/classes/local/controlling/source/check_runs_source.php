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
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\organisation;

/**
 * Digitalisierungschecks submitted: the runs of a check instrument (any check, any version)
 * submitted in the half-year; an organisation that submits twice counts twice.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class check_runs_source implements indicator_source {
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
        return 'check_runs';
    }

    /**
     * Runs submitted per half-year (one grouped query).
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        if (!$periods) {
            return [];
        }
        [$casesql, $caseparams] = programme::case_sql($periods, 'r.timesubmitted', 'sp');
        [$from, $to] = source_periods::span($periods);
        $rs = $this->db->get_recordset_sql(
            "SELECT x.period, COUNT(x.id) AS runs
               FROM (SELECT $casesql AS period, r.id
                       FROM {" . run::TABLE . "} r
                       JOIN {local_digitalstrategy_instr} i ON i.id = r.instrumentid
                      WHERE i.kind = :kind AND r.status = :submitted
                            AND r.timesubmitted >= :spanfrom AND r.timesubmitted < :spanto) x
              WHERE x.period > 0
           GROUP BY x.period",
            $caseparams + ['kind' => 'check', 'submitted' => run::STATUS_SUBMITTED, 'spanfrom' => $from, 'spanto' => $to]
        );
        $counts = [];
        foreach ($rs as $row) {
            $counts[(int) $row->period] = (int) $row->runs;
        }
        $rs->close();
        return source_periods::counts($periods, $counts, $this->clock->time());
    }

    /**
     * The runs submitted in the half-year: which organisation, when, with which overall score.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        $rs = $this->db->get_recordset_sql(
            "SELECT r.id, o.name, r.timesubmitted, r.score
               FROM {" . run::TABLE . "} r
               JOIN {local_digitalstrategy_instr} i ON i.id = r.instrumentid
               JOIN {" . organisation::TABLE . "} o ON o.id = r.orgid
              WHERE i.kind = :kind AND r.status = :submitted
                    AND r.timesubmitted >= :periodstart AND r.timesubmitted < :periodend
           ORDER BY r.timesubmitted, r.id",
            ['kind' => 'check', 'submitted' => run::STATUS_SUBMITTED, 'periodstart' => $period->start,
                'periodend' => $period->end]
        );
        $rows = [];
        foreach ($rs as $row) {
            $rows[] = [
                (string) $row->name,
                source_periods::date((int) $row->timesubmitted),
                $row->score === null ? '' : format_float((float) $row->score, 0),
            ];
        }
        $rs->close();
        return new drilldown([
            get_string('source_col_organisation', 'local_digitalstrategy'),
            get_string('source_col_submitted', 'local_digitalstrategy'),
            get_string('source_col_score', 'local_digitalstrategy'),
        ], $rows);
    }
}
