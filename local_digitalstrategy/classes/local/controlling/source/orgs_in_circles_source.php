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
use local_digitalstrategy\local\controlling\programme_courses;
use local_digitalstrategy\local\settings;
use local_digitalstrategy\organisation;

/**
 * Organisations in the development circles: the distinct organisations with at least one member
 * who joined a webinar session of a circle (in the programme's courses) during the half-year.
 * A join counts in the half-year it happened in.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class orgs_in_circles_source implements indicator_source {
    /**
     * Creates the source.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     * @param settings $settings
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
        /** @var settings */
        private readonly settings $settings,
    ) {
    }

    /**
     * The key indicators name this source by.
     *
     * @return string
     */
    public function key(): string {
        return 'orgs_in_circles';
    }

    /**
     * Distinct organisations attending per half-year (one grouped query).
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        if (!$periods) {
            return [];
        }
        if (!source_periods::circles_installed()) {
            return source_periods::measures($periods, [], $this->clock->time());
        }
        [$casesql, $caseparams] = programme::case_sql($periods, 'a.timejoined', 'sp');
        [$from, $to] = source_periods::span($periods);
        [$coursesql, $courseparams] = programme_courses::condition($this->settings->programme_category(), 'd.course');
        $rs = $this->db->get_recordset_sql(
            "SELECT x.period, COUNT(DISTINCT x.orgid) AS orgs
               FROM (SELECT $casesql AS period, m.orgid
                       FROM {devcircle_attendance} a
                       JOIN {devcircle_sessions} s ON s.id = a.sessionid
                       JOIN {devcircle} d ON d.id = s.devcircle
                       JOIN {" . organisation::MEMBER_TABLE . "} m ON m.userid = a.userid
                      WHERE a.timejoined >= :spanfrom AND a.timejoined < :spanto AND $coursesql) x
              WHERE x.period > 0
           GROUP BY x.period",
            $caseparams + ['spanfrom' => $from, 'spanto' => $to] + $courseparams
        );
        $counts = [];
        foreach ($rs as $row) {
            $counts[(int) $row->period] = (int) $row->orgs;
        }
        $rs->close();
        return source_periods::counts($periods, $counts, $this->clock->time());
    }

    /**
     * Which organisations attended which sessions in the half-year, with how many of their members.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        $headers = [
            get_string('source_col_organisation', 'local_digitalstrategy'),
            get_string('source_col_circle', 'local_digitalstrategy'),
            get_string('source_col_session', 'local_digitalstrategy'),
            get_string('source_col_sessiondate', 'local_digitalstrategy'),
            get_string('source_col_membersattending', 'local_digitalstrategy'),
        ];
        if (!source_periods::circles_installed()) {
            return new drilldown($headers, [], get_string('source_nocircles', 'local_digitalstrategy'));
        }
        [$coursesql, $courseparams] = programme_courses::condition($this->settings->programme_category(), 'd.course');
        $rs = $this->db->get_recordset_sql(
            "SELECT o.id AS orgid, o.name AS orgname, s.id AS sessionid, d.name AS circlename, s.title, s.timestart,
                    COUNT(DISTINCT a.userid) AS members
               FROM {devcircle_attendance} a
               JOIN {devcircle_sessions} s ON s.id = a.sessionid
               JOIN {devcircle} d ON d.id = s.devcircle
               JOIN {" . organisation::MEMBER_TABLE . "} m ON m.userid = a.userid
               JOIN {" . organisation::TABLE . "} o ON o.id = m.orgid
              WHERE a.timejoined >= :periodstart AND a.timejoined < :periodend AND $coursesql
           GROUP BY o.id, o.name, s.id, d.name, s.title, s.timestart
           ORDER BY o.name, o.id, s.timestart, s.id",
            ['periodstart' => $period->start, 'periodend' => $period->end] + $courseparams
        );
        $rows = [];
        $orgs = [];
        foreach ($rs as $row) {
            $orgs[(int) $row->orgid] = true;
            $rows[] = [
                (string) $row->orgname,
                (string) $row->circlename,
                (string) $row->title,
                source_periods::date((int) $row->timestart),
                (int) $row->members,
            ];
        }
        $rs->close();
        return new drilldown($headers, $rows, get_string('source_orgs_in_circles_note', 'local_digitalstrategy', count($orgs)));
    }
}
