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

namespace local_digitalstrategy\local\controlling;

use local_digitalstrategy\local\campaign\feedback_results_service;
use local_digitalstrategy\local\campaign\participation_repository;
use local_digitalstrategy\local\settings;

/**
 * The records of the funder report besides the indicator timeline: attendance per organisation and
 * session, survey participation and feedback means, each assigned to a half-year of the programme.
 * A constant number of queries, whatever the number of half-years, organisations or sessions.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class funder_report_repository {
    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     * @param programme $programme the half-years
     * @param settings $settings which courses are the programme's
     * @param participation_repository $participation invited and responded per campaign
     * @param feedback_results_service $feedback feedback means per campaign
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var programme */
        private readonly programme $programme,
        /** @var settings */
        private readonly settings $settings,
        /** @var participation_repository */
        private readonly participation_repository $participation,
        /** @var feedback_results_service */
        private readonly feedback_results_service $feedback,
    ) {
    }

    /**
     * Participants of the development circles' sessions per session and organisation (one query).
     * A session counts in the half-year of its planned start; a participant is a user who joined it
     * through Moodle at least once (moderators included), counted once per session.
     *
     * @param period[] $periods the half-years to report
     * @return list<array{period: int, course: string, circle: string, sessionid: int, session: string,
     *     timestart: int, orgid: int, organisation: string, participants: int}> ordered by start, session,
     *     organisation name; organisation '' for users of no organisation
     */
    public function attendance(array $periods): array {
        if (!$periods) {
            return [];
        }
        [$casesql, $params] = $this->programme->period_case_sql('s.timestart');
        $params['from'] = min(array_map(fn(period $p) => $p->start, $periods));
        $params['to'] = max(array_map(fn(period $p) => $p->end, $periods));
        $wanted = array_flip(array_map(fn(period $p) => $p->index, $periods));
        [$coursesql, $courseparams] = programme_courses::condition($this->settings->programme_category(), 'd.course');
        $params += $courseparams;
        $rs = $this->db->get_recordset_sql(
            "SELECT s.id AS sessionid, s.title, s.timestart, d.name AS circle, c.fullname AS course,
                    COALESCE(o.id, 0) AS orgid, COALESCE(o.name, '') AS organisation,
                    COUNT(DISTINCT a.userid) AS participants, $casesql AS period
               FROM {devcircle_attendance} a
               JOIN {devcircle_sessions} s ON s.id = a.sessionid
               JOIN {devcircle} d ON d.id = s.devcircle
               JOIN {course} c ON c.id = d.course
          LEFT JOIN {local_digitalstrategy_member} m ON m.userid = a.userid
          LEFT JOIN {local_digitalstrategy_org} o ON o.id = m.orgid
              WHERE s.timestart >= :from AND s.timestart < :to AND $coursesql
           GROUP BY s.id, s.title, s.timestart, d.name, c.fullname, o.id, o.name",
            $params
        );
        $rows = [];
        foreach ($rs as $record) {
            if (!isset($wanted[(int) $record->period])) {
                continue;
            }
            $rows[] = [
                'period' => (int) $record->period,
                'course' => self::text($record->course),
                'circle' => self::text($record->circle),
                'sessionid' => (int) $record->sessionid,
                'session' => self::text($record->title),
                'timestart' => (int) $record->timestart,
                'orgid' => (int) $record->orgid,
                'organisation' => (string) $record->organisation,
                'participants' => (int) $record->participants,
            ];
        }
        $rs->close();
        usort($rows, fn(array $a, array $b) =>
            [$a['timestart'], $a['sessionid'], $a['organisation'] === '', \core_text::strtolower($a['organisation'])]
            <=> [$b['timestart'], $b['sessionid'], $b['organisation'] === '', \core_text::strtolower($b['organisation'])]);
        return $rows;
    }

    /**
     * The surveys opened in the half-years, with their participation (one query): invited and
     * responded organisations or persons (revoked invitations not counted).
     *
     * @param period[] $periods
     * @return list<array{period: int, id: int, name: string, status: string, timeopen: int, timeclose: int,
     *     invited: int, responded: int, percent: float, target: int}> oldest first
     */
    public function surveys(array $periods): array {
        $rows = [];
        foreach ($this->participation->campaigns(['open', 'closed'], 'survey') as $campaign) {
            $period = $this->period_of((int) $campaign->timeopen, $periods);
            if ($period === null) {
                continue;
            }
            $rows[] = [
                'period' => $period,
                'id' => (int) $campaign->id,
                'name' => (string) $campaign->name,
                'status' => (string) $campaign->status,
                'timeopen' => (int) $campaign->timeopen,
                'timeclose' => (int) $campaign->timeclose,
                'invited' => (int) $campaign->invited,
                'responded' => (int) $campaign->responded,
                'percent' => participation_repository::percent((int) $campaign->responded, (int) $campaign->invited),
                'target' => (int) $campaign->participationtarget,
            ];
        }
        usort($rows, fn(array $a, array $b) => [$a['timeopen'], $a['id']] <=> [$b['timeopen'], $b['id']]);
        return $rows;
    }

    /**
     * The feedback campaigns of the half-years (by the date of the event rated) with their mean
     * rating (−2 to +2), as the feedback pages compute it: null when the campaign has fewer
     * responses than a mean may rest on.
     *
     * @param period[] $periods
     * @return list<array{period: int, id: int, name: string, eventdate: int, responses: int, mean: ?float}> oldest first
     */
    public function feedback(array $periods): array {
        $rows = [];
        foreach ($this->feedback->trend(null, \core_date::get_server_timezone_object())->campaigns as $campaign) {
            $period = $this->period_of((int) $campaign['eventdate'], $periods);
            if ($period === null) {
                continue;
            }
            $rows[] = [
                'period' => $period,
                'id' => (int) $campaign['id'],
                'name' => (string) $campaign['name'],
                'eventdate' => (int) $campaign['eventdate'],
                'responses' => (int) $campaign['responses'],
                'mean' => $campaign['mean'] === null ? null : (float) $campaign['mean'],
            ];
        }
        return $rows;
    }

    /**
     * The half-year of a moment among the reported ones.
     *
     * @param int $time
     * @param period[] $periods
     * @return int|null its index; null when it falls in none of them
     */
    private function period_of(int $time, array $periods): ?int {
        foreach ($periods as $period) {
            if ($period->contains($time)) {
                return $period->index;
            }
        }
        return null;
    }

    /**
     * Plain text of a name Moodle may filter (multi-language spans), never escaped.
     *
     * @param string|null $text
     * @return string
     */
    private static function text(?string $text): string {
        return format_string((string) $text, true, ['context' => \context_system::instance(), 'escape' => false]);
    }
}
