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

/**
 * Participants of an event (the kick-off or transfer conference), found by the name in the
 * indicator's config ({"name": "Kick-off"}, matched case-insensitively as part of the title):
 * the distinct people who joined webinar sessions of that title in the programme's courses, or the
 * responses to the event's feedback (feedback campaigns of that name, counted in the half-year
 * of the event date) — the larger of the two, since a conference held elsewhere only leaves its
 * feedback behind and not every participant gives feedback.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class event_participants_source implements indicator_source {
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
        return 'event_participants';
    }

    /**
     * The event's name from the indicator's config.
     *
     * @param indicator $indicator
     * @return string empty when none is configured
     */
    private function name(indicator $indicator): string {
        $name = $indicator->config['name'] ?? '';
        return is_string($name) ? trim($name) : '';
    }

    /**
     * Participants per half-year: attendance and feedback responses (two grouped queries).
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        $name = $this->name($indicator);
        if (!$periods || $name === '') {
            return source_periods::measures($periods, [], $this->clock->time());
        }
        [$from, $to] = source_periods::span($periods);
        $counts = [];
        if (source_periods::circles_installed()) {
            [$casesql, $caseparams] = programme::case_sql($periods, 'a.timejoined', 'ea');
            [$coursesql, $courseparams] = programme_courses::condition(
                $this->settings->programme_category(),
                'd.course'
            );
            $rs = $this->db->get_recordset_sql(
                "SELECT x.period, COUNT(DISTINCT x.userid) AS participants
                   FROM (SELECT $casesql AS period, a.userid
                           FROM {devcircle_attendance} a
                           JOIN {devcircle_sessions} s ON s.id = a.sessionid
                           JOIN {devcircle} d ON d.id = s.devcircle
                          WHERE a.timejoined >= :spanfrom AND a.timejoined < :spanto
                                AND " . $this->db->sql_like('s.title', ':name', false) . " AND $coursesql) x
                  WHERE x.period > 0
               GROUP BY x.period",
                $caseparams + $courseparams + ['spanfrom' => $from, 'spanto' => $to, 'name' => $this->pattern($name)]
            );
            foreach ($rs as $row) {
                $counts[(int) $row->period] = (int) $row->participants;
            }
            $rs->close();
        }
        $date = '(CASE WHEN c.eventdate > 0 THEN c.eventdate ELSE c.timeopen END)';
        [$casesql, $caseparams] = programme::case_sql($periods, $date, 'ef');
        $rs = $this->db->get_recordset_sql(
            "SELECT x.period, COUNT(x.responseid) AS responses
               FROM (SELECT $casesql AS period, r.id AS responseid
                       FROM {local_digitalstrategy_campaign} c
                       JOIN {local_digitalstrategy_response} r ON r.campaignid = c.id
                      WHERE c.kind = :kind AND c.status <> :draft
                            AND " . $this->db->sql_like('c.name', ':name', false) . ") x
              WHERE x.period > 0
           GROUP BY x.period",
            $caseparams + ['kind' => 'feedback', 'draft' => 'draft', 'name' => $this->pattern($name)]
        );
        foreach ($rs as $row) {
            $counts[(int) $row->period] = max($counts[(int) $row->period] ?? 0, (int) $row->responses);
        }
        $rs->close();
        return source_periods::counts($periods, $counts, $this->clock->time());
    }

    /**
     * The sessions and the feedback of the event in the half-year, each with its count.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        $headers = [
            get_string('source_col_kind', 'local_digitalstrategy'),
            get_string('source_col_title', 'local_digitalstrategy'),
            get_string('source_col_date', 'local_digitalstrategy'),
            get_string('source_col_participants', 'local_digitalstrategy'),
        ];
        $name = $this->name($indicator);
        if ($name === '') {
            return new drilldown($headers, [], get_string('source_event_participants_noname', 'local_digitalstrategy'));
        }
        $rows = [];
        if (source_periods::circles_installed()) {
            [$coursesql, $courseparams] = programme_courses::condition(
                $this->settings->programme_category(),
                'd.course'
            );
            $rs = $this->db->get_recordset_sql(
                "SELECT s.id, s.title, s.timestart, COUNT(DISTINCT a.userid) AS participants
                   FROM {devcircle_attendance} a
                   JOIN {devcircle_sessions} s ON s.id = a.sessionid
                   JOIN {devcircle} d ON d.id = s.devcircle
                  WHERE a.timejoined >= :periodstart AND a.timejoined < :periodend
                        AND " . $this->db->sql_like('s.title', ':name', false) . " AND $coursesql
               GROUP BY s.id, s.title, s.timestart
               ORDER BY s.timestart, s.id",
                ['periodstart' => $period->start, 'periodend' => $period->end, 'name' => $this->pattern($name)] + $courseparams
            );
            foreach ($rs as $row) {
                $rows[] = [
                    get_string('source_kind_attendance', 'local_digitalstrategy'),
                    (string) $row->title,
                    source_periods::date((int) $row->timestart),
                    (int) $row->participants,
                ];
            }
            $rs->close();
        }
        $date = '(CASE WHEN c.eventdate > 0 THEN c.eventdate ELSE c.timeopen END)';
        $rs = $this->db->get_recordset_sql(
            "SELECT c.id, c.name, $date AS eventdate, COUNT(r.id) AS responses
               FROM {local_digitalstrategy_campaign} c
          LEFT JOIN {local_digitalstrategy_response} r ON r.campaignid = c.id
              WHERE c.kind = :kind AND c.status <> :draft
                    AND $date >= :periodstart AND $date < :periodend
                    AND " . $this->db->sql_like('c.name', ':name', false) . "
           GROUP BY c.id, c.name, c.eventdate, c.timeopen
           ORDER BY $date, c.id",
            ['kind' => 'feedback', 'draft' => 'draft', 'periodstart' => $period->start, 'periodend' => $period->end,
                'name' => $this->pattern($name)]
        );
        foreach ($rs as $row) {
            $rows[] = [
                get_string('source_kind_feedback', 'local_digitalstrategy'),
                (string) $row->name,
                source_periods::date((int) $row->eventdate),
                (int) $row->responses,
            ];
        }
        $rs->close();
        return new drilldown($headers, $rows, get_string('source_event_participants_note', 'local_digitalstrategy', $name));
    }

    /**
     * The LIKE pattern finding the name anywhere in a title.
     *
     * @param string $name
     * @return string
     */
    private function pattern(string $name): string {
        return '%' . $this->db->sql_like_escape($name) . '%';
    }
}
