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
 * Participation in campaigns: how many of the invited (not revoked) organisations or persons have
 * responded, overall and per field of work and region of their organisation. Reads the invitations
 * only (who answered), never the responses (what was answered).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class participation_repository {
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
     * Invited and responded of one campaign.
     *
     * @param int $campaignid
     * @return array{invited: int, responded: int, declined: int}
     */
    public function overall(int $campaignid): array {
        $row = $this->db->get_record_sql(
            "SELECT COUNT(1) AS invited, COALESCE(SUM(responded), 0) AS responded,
                    COALESCE(SUM(CASE WHEN status = 'declined' THEN 1 ELSE 0 END), 0) AS declined
               FROM {" . invite_repository::TABLE . "}
              WHERE campaignid = ? AND status <> 'revoked'",
            [$campaignid]
        );
        return ['invited' => (int) $row->invited, 'responded' => (int) $row->responded, 'declined' => (int) $row->declined];
    }

    /**
     * Invited and responded per value of an organisation column.
     *
     * @param int $campaignid
     * @param string $column 'fieldofwork' or 'region'
     * @return array<string, array{invited: int, responded: int}> keyed by the value ('' when unknown), sorted by key
     */
    public function by_group(int $campaignid, string $column): array {
        if (!in_array($column, ['fieldofwork', 'region'], true)) {
            throw new \coding_exception('Unknown participation group ' . $column);
        }
        // The column name is one of the two constants checked above, never user input.
        $rows = $this->db->get_records_sql(
            "SELECT COALESCE(o.$column, '') AS groupkey, COUNT(1) AS invited, COALESCE(SUM(i.responded), 0) AS responded
               FROM {" . invite_repository::TABLE . "} i
          LEFT JOIN {local_digitalstrategy_org} o ON o.id = i.orgid
              WHERE i.campaignid = ? AND i.status <> 'revoked'
           GROUP BY COALESCE(o.$column, '')
           ORDER BY COALESCE(o.$column, '')",
            [$campaignid]
        );
        $groups = [];
        foreach ($rows as $row) {
            $groups[(string) $row->groupkey] = ['invited' => (int) $row->invited, 'responded' => (int) $row->responded];
        }
        return $groups;
    }

    /**
     * Campaigns with their participation, newest first.
     *
     * @param string[] $statuses only campaigns with these statuses ([] for all)
     * @param string $kind only campaigns of this kind ('' for all)
     * @return \stdClass[] campaign records with invited and responded
     */
    public function campaigns(array $statuses = [], string $kind = ''): array {
        $where = [];
        $params = [];
        if ($statuses) {
            [$insql, $inparams] = $this->db->get_in_or_equal($statuses, SQL_PARAMS_NAMED, 'st');
            $where[] = "c.status $insql";
            $params += $inparams;
        }
        if ($kind !== '') {
            $where[] = 'c.kind = :kind';
            $params['kind'] = $kind;
        }
        $wheresql = $where ? 'WHERE ' . implode(' AND ', $where) : '';
        return array_values($this->db->get_records_sql(
            "SELECT c.*, COALESCE(p.invited, 0) AS invited, COALESCE(p.responded, 0) AS responded
               FROM {local_digitalstrategy_campaign} c
          LEFT JOIN (SELECT campaignid, COUNT(1) AS invited, SUM(responded) AS responded
                       FROM {" . invite_repository::TABLE . "}
                      WHERE status <> 'revoked'
                   GROUP BY campaignid) p ON p.campaignid = c.id
              $wheresql
           ORDER BY c.timecreated DESC, c.id DESC",
            $params
        ));
    }

    /**
     * A share in percent, rounded down to one decimal (0 when nobody was invited).
     *
     * @param int $part
     * @param int $whole
     * @return float
     */
    public static function percent(int $part, int $whole): float {
        return $whole > 0 ? floor(1000 * $part / $whole) / 10 : 0.0;
    }
}
