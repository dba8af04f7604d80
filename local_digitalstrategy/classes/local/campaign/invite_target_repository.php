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

namespace local_digitalstrategy\local\campaign;

/**
 * Finds who a campaign's target group is: the organisations (with their contact address) or the
 * persons (with their own address and organisation) to invite.
 *
 * - all: every active (not archived) organisation; pilot: the active pilot organisations;
 * - cohort: the cohort's members, or the active organisations they belong to;
 * - course: the course's active participants, or the active organisations they belong to.
 * With respondent "person" and target all/pilot, the members of those organisations are invited.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class invite_target_repository {
    /** @var string[] The target groups a survey campaign can have. */
    public const SURVEY_TARGETS = ['all', 'pilot', 'cohort', 'course'];

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     */
    public function __construct(
        /** @var \moodle_database The database. */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * The invitations a campaign's target group gives.
     *
     * @param campaign $campaign
     * @return array list of ['orgid' => int, 'userid' => int, 'email' => string]
     */
    public function targets(campaign $campaign): array {
        [$usersql, $params] = $this->users_sql((string) $campaign->target, (int) $campaign->targetid);
        if ($campaign->respondent === 'person') {
            if ($usersql === null) {
                return [];
            }
            $rows = $this->db->get_records_sql(
                "SELECT u.id AS userid, u.email, COALESCE(o.id, 0) AS orgid
                   FROM {user} u
              LEFT JOIN {local_digitalstrategy_member} m ON m.userid = u.id
              LEFT JOIN {local_digitalstrategy_org} o ON o.id = m.orgid AND o.archived = 0
                  WHERE u.deleted = 0 AND u.suspended = 0 AND u.id IN ($usersql)
               ORDER BY u.id",
                $params
            );
            return array_map(fn($r) => ['orgid' => (int) $r->orgid, 'userid' => (int) $r->userid,
                'email' => (string) $r->email], array_values($rows));
        }
        if ($campaign->target === 'all' || $campaign->target === 'pilot') {
            $where = $campaign->target === 'pilot' ? 'archived = 0 AND pilot = 1' : 'archived = 0';
            $rows = $this->db->get_records_select('local_digitalstrategy_org', $where, [], 'id', 'id, contactemail');
        } else {
            if ($usersql === null) {
                return [];
            }
            $rows = $this->db->get_records_sql(
                "SELECT DISTINCT o.id, o.contactemail
                   FROM {local_digitalstrategy_org} o
                   JOIN {local_digitalstrategy_member} m ON m.orgid = o.id
                  WHERE o.archived = 0 AND m.userid IN ($usersql)
               ORDER BY o.id",
                $params
            );
        }
        return array_map(
            fn($r) => ['orgid' => (int) $r->id, 'userid' => 0, 'email' => (string) $r->contactemail],
            array_values($rows)
        );
    }

    /**
     * SQL selecting the ids of the users of a target group.
     *
     * @param string $target
     * @param int $targetid
     * @return array [string|null sql, array params]; null sql when the group has no users to select
     */
    private function users_sql(string $target, int $targetid): array {
        switch ($target) {
            case 'all':
                return ['SELECT m.userid FROM {local_digitalstrategy_member} m
                           JOIN {local_digitalstrategy_org} o ON o.id = m.orgid AND o.archived = 0', []];
            case 'pilot':
                return ['SELECT m.userid FROM {local_digitalstrategy_member} m
                           JOIN {local_digitalstrategy_org} o ON o.id = m.orgid AND o.archived = 0 AND o.pilot = 1', []];
            case 'cohort':
                return ['SELECT cm.userid FROM {cohort_members} cm WHERE cm.cohortid = :cohortid', ['cohortid' => $targetid]];
            case 'course':
                $context = \context_course::instance($targetid, IGNORE_MISSING);
                if (!$context) {
                    return [null, []];
                }
                return get_enrolled_sql($context, '', 0, true);
        }
        return [null, []];
    }
}
