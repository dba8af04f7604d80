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

namespace mod_devcircle\feedback;

/**
 * The feedback campaigns of circles and who is invited to them: campaigns whose context is the
 * circle's module context, aimed at one session (target session, targetid = session id) or at
 * the whole circle (target circle, targetid = course module id). The rows live in
 * local_digitalstrategy's campaign and invitation tables.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class circle_feedback_repository {
    /** @var string campaigns */
    public const CAMPAIGN = 'local_digitalstrategy_campaign';
    /** @var string invitations */
    public const INVITE = 'local_digitalstrategy_invite';
    /** @var string target: one session of a circle */
    public const TARGET_SESSION = 'session';
    /** @var string target: the whole circle */
    public const TARGET_CIRCLE = 'circle';

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db the database
     */
    public function __construct(
        /** @var \moodle_database the database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * The open feedback campaigns whose invitations a session's end sends: those on the session
     * and those on the whole circle.
     *
     * @param int $contextid the circle's module context
     * @param int $sessionid the session
     * @return array<int, string> names by campaign id
     */
    public function open_for_session(int $contextid, int $sessionid): array {
        return $this->db->get_records_sql_menu(
            "SELECT id, name
               FROM {" . self::CAMPAIGN . "}
              WHERE contextid = :contextid AND kind = :kind AND status = :status
                AND (target = :circle OR (target = :session AND targetid = :sessionid))
           ORDER BY id",
            [
                'contextid' => $contextid,
                'kind' => 'feedback',
                'status' => 'open',
                'circle' => self::TARGET_CIRCLE,
                'session' => self::TARGET_SESSION,
                'sessionid' => $sessionid,
            ]
        );
    }

    /**
     * Who of the given people has an invitation to a campaign already.
     *
     * @param int $campaignid the campaign
     * @param int[] $userids the people
     * @return int[] those with an invitation
     */
    public function invited_among(int $campaignid, array $userids): array {
        if (!$userids) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal($userids, SQL_PARAMS_NAMED, 'user');
        return array_map('intval', $this->db->get_fieldset_sql(
            "SELECT userid FROM {" . self::INVITE . "} WHERE campaignid = :campaignid AND userid $insql",
            ['campaignid' => $campaignid] + $params
        ));
    }

    /**
     * Invites people to answer logged in (no token), each with one row.
     *
     * @param int $campaignid the campaign
     * @param int[] $userids the people, none of them invited yet
     * @param int $now the time
     */
    public function add_invites(int $campaignid, array $userids, int $now): void {
        $rows = [];
        foreach ($userids as $userid) {
            $rows[] = [
                'campaignid' => $campaignid,
                'orgid' => 0,
                'userid' => $userid,
                'email' => '',
                'tokenhash' => '',
                'status' => 'sent',
                'responded' => 0,
                'timeresponded' => 0,
                'reminders' => 0,
                'timeinvited' => $now,
                'timereminded' => 0,
                'timecreated' => $now,
                'timemodified' => $now,
            ];
        }
        if ($rows) {
            $this->db->insert_records(self::INVITE, $rows);
        }
    }

    /**
     * The open feedback campaigns of a circle a person is invited to and has not answered
     * (one query).
     *
     * @param int $contextid the circle's module context
     * @param int $userid the person
     * @return array<int, string> names by campaign id, oldest first
     */
    public function pending_for_user(int $contextid, int $userid): array {
        return $this->db->get_records_sql_menu(
            "SELECT c.id, c.name
               FROM {" . self::CAMPAIGN . "} c
               JOIN {" . self::INVITE . "} i ON i.campaignid = c.id
              WHERE c.contextid = :contextid AND c.kind = :kind AND c.status = :status
                AND i.userid = :userid AND i.responded = 0 AND i.status <> :declined AND i.status <> :revoked
           ORDER BY c.id",
            [
                'contextid' => $contextid,
                'kind' => 'feedback',
                'status' => 'open',
                'userid' => $userid,
                'declined' => 'declined',
                'revoked' => 'revoked',
            ]
        );
    }

    /**
     * Every open feedback campaign a person is invited to and has not answered, by the context
     * that governs it (one query: the course page asks once for all its circles).
     *
     * @param int $userid the person
     * @return array<int, array<int, string>> per context id: names by campaign id
     */
    public function pending_by_context(int $userid): array {
        $rs = $this->db->get_recordset_sql(
            "SELECT c.id, c.name, c.contextid
               FROM {" . self::CAMPAIGN . "} c
               JOIN {" . self::INVITE . "} i ON i.campaignid = c.id
              WHERE c.kind = :kind AND c.status = :status AND c.target IN (:circle, :session)
                AND i.userid = :userid AND i.responded = 0 AND i.status <> :declined AND i.status <> :revoked
           ORDER BY c.id",
            [
                'kind' => 'feedback',
                'status' => 'open',
                'circle' => self::TARGET_CIRCLE,
                'session' => self::TARGET_SESSION,
                'userid' => $userid,
                'declined' => 'declined',
                'revoked' => 'revoked',
            ]
        );
        $pending = [];
        foreach ($rs as $row) {
            $pending[(int) $row->contextid][(int) $row->id] = (string) $row->name;
        }
        $rs->close();
        return $pending;
    }
}
