<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\webinar;

use mod_devcircle\instance;

/**
 * The attendance reports of a circle: per session and for the whole circle, grouped by the
 * participants' organisation. This is the proof of participation for the programme's funders.
 *
 * The organisation comes from local_digitalstrategy's memberships; users without one are
 * grouped by the institution in their profile, else under "no organisation".
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class attendance_report {
    /**
     * Creates the report.
     *
     * @param \moodle_database $db the database
     */
    public function __construct(
        /** @var \moodle_database the database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * The SQL that names each user's organisation, and its joins.
     *
     * @return array{0: string, 1: string} select expression and joins (user alias u)
     */
    private function organisation_sql(): array {
        $dbman = $this->db->get_manager();
        if ($dbman->table_exists('local_digitalstrategy_member') && $dbman->table_exists('local_digitalstrategy_org')) {
            return [
                "COALESCE(o.name, u.institution, '') AS organisation",
                'LEFT JOIN {local_digitalstrategy_member} m ON m.userid = u.id
                 LEFT JOIN {local_digitalstrategy_org} o ON o.id = m.orgid',
            ];
        }
        return ["COALESCE(u.institution, '') AS organisation", ''];
    }

    /**
     * Everyone who joined a session: first join, number of joins, end, role.
     *
     * @param session $session the session
     * @param bool $viewfullnames whether the viewer sees full names as teachers do
     * @return \stdClass[] id, fullname, organisation, role, firstjoined, joins, timeleft; by organisation and name
     */
    public function for_session(session $session, bool $viewfullnames): array {
        [$orgselect, $orgjoin] = $this->organisation_sql();
        $names = \core_user\fields::for_name()->get_sql('u', false, '', '', false)->selects;
        $sql = "SELECT u.id, {$names}, {$orgselect}, agg.firstjoined, agg.joins, agg.timeleft, agg.moderated
                  FROM (SELECT a.userid, MIN(a.timejoined) AS firstjoined, COUNT(1) AS joins, MAX(a.timeleft) AS timeleft,
                               MAX(CASE WHEN a.role = :moderator THEN 1 ELSE 0 END) AS moderated
                          FROM {" . attendance_repository::TABLE . "} a
                         WHERE a.sessionid = :sessionid
                      GROUP BY a.userid) agg
                  JOIN {user} u ON u.id = agg.userid
                  {$orgjoin}";
        $rows = $this->db->get_records_sql(
            $sql,
            ['moderator' => attendance_repository::ROLE_MODERATOR, 'sessionid' => $session->get_id()]
        );
        return $this->finish($rows, $viewfullnames, function (\stdClass $r) {
            $r->role = $r->moderated ? attendance_repository::ROLE_MODERATOR : attendance_repository::ROLE_VIEWER;
            $r->joins = (int) $r->joins;
            $r->firstjoined = (int) $r->firstjoined;
            $r->timeleft = (int) $r->timeleft;
        });
    }

    /**
     * Everyone who joined any session of the circle, with the sessions they attended.
     *
     * @param instance $instance the circle
     * @param bool $viewfullnames whether the viewer sees full names as teachers do
     * @return \stdClass[] id, fullname, organisation, sessionids (int[]), sessions (count), moderated; by organisation and name
     */
    public function for_circle(instance $instance, bool $viewfullnames): array {
        [$orgselect, $orgjoin] = $this->organisation_sql();
        $names = \core_user\fields::for_name()->get_sql('u', false, '', '', false)->selects;
        $params = ['moderator' => attendance_repository::ROLE_MODERATOR, 'circleid' => $instance->get_instance_id()];
        $sql = "SELECT u.id, {$names}, {$orgselect}, agg.moderated
                  FROM (SELECT a.userid, MAX(CASE WHEN a.role = :moderator THEN 1 ELSE 0 END) AS moderated
                          FROM {" . attendance_repository::TABLE . "} a
                          JOIN {" . session::TABLE . "} s ON s.id = a.sessionid
                         WHERE s.devcircle = :circleid
                      GROUP BY a.userid) agg
                  JOIN {user} u ON u.id = agg.userid
                  {$orgjoin}";
        $rows = $this->db->get_records_sql($sql, $params);
        $pairs = $this->db->get_recordset_sql('SELECT DISTINCT a.userid, a.sessionid
                                           FROM {' . attendance_repository::TABLE . '} a
                                           JOIN {' . session::TABLE . '} s ON s.id = a.sessionid
                                          WHERE s.devcircle = :circleid', ['circleid' => $instance->get_instance_id()]);
        $attended = [];
        foreach ($pairs as $pair) {
            $attended[(int) $pair->userid][] = (int) $pair->sessionid;
        }
        $pairs->close();
        return $this->finish($rows, $viewfullnames, function (\stdClass $r) use ($attended) {
            $r->sessionids = $attended[(int) $r->id] ?? [];
            $r->sessions = count($r->sessionids);
            $r->role = $r->moderated ? attendance_repository::ROLE_MODERATOR : attendance_repository::ROLE_VIEWER;
        });
    }

    /**
     * Adds names, completes each row and sorts by organisation, then name.
     *
     * @param \stdClass[] $rows the rows
     * @param bool $viewfullnames whether the viewer sees full names as teachers do
     * @param callable $complete completes one row
     * @return \stdClass[]
     */
    private function finish(array $rows, bool $viewfullnames, callable $complete): array {
        foreach ($rows as $row) {
            $row->id = (int) $row->id;
            $row->fullname = fullname($row, $viewfullnames);
            $row->organisation = trim((string) $row->organisation);
            $complete($row);
        }
        $rows = array_values($rows);
        usort($rows, function (\stdClass $a, \stdClass $b): int {
            // Users without an organisation come last.
            return [$a->organisation === '', \core_text::strtolower($a->organisation), \core_text::strtolower($a->fullname)]
                <=> [$b->organisation === '', \core_text::strtolower($b->organisation), \core_text::strtolower($b->fullname)];
        });
        return $rows;
    }

    /**
     * Groups rows by organisation, in their order.
     *
     * @param \stdClass[] $rows rows of for_session() or for_circle()
     * @return array<string, \stdClass[]> organisation ('' for none) => rows
     */
    public static function group_by_organisation(array $rows): array {
        $groups = [];
        foreach ($rows as $row) {
            $groups[$row->organisation][] = $row;
        }
        return $groups;
    }
}
