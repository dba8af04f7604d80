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

use local_digitalstrategy\organisation;

/**
 * Who may see the results of a campaign.
 *
 * - The project team (local/digitalstrategy:managecampaigns in the campaign's context) always.
 * - Respondents once the campaign is closed (status closed, or its close date passed) and only when
 *   the campaign shows results to respondents (resultsvisible): logged-in users invited in person,
 *   or members of an invited organisation (an invitation that was not revoked).
 * - Nobody else.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class results_access {
    /** @var string Invitations. */
    private const INVITE_TABLE = 'local_digitalstrategy_invite';

    /**
     * Creates the access rule.
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
     * Whether the user belongs to the project team of the campaign.
     *
     * @param campaign $campaign
     * @param int $userid
     * @return bool
     */
    public function is_team(campaign $campaign, int $userid): bool {
        return has_capability('local/digitalstrategy:managecampaigns', $campaign->get_context(), $userid);
    }

    /**
     * Whether the campaign is over (closed, or past its close date).
     *
     * @param campaign $campaign
     * @return bool
     */
    public function is_over(campaign $campaign): bool {
        return $campaign->is_closed($this->clock->time());
    }

    /**
     * Whether the user may see the campaign's results.
     *
     * @param campaign $campaign
     * @param int $userid 0 or the guest user: never, unless the team capability says otherwise
     * @return bool
     */
    public function can_view(campaign $campaign, int $userid): bool {
        if ($this->is_team($campaign, $userid)) {
            return true;
        }
        if (!$userid || isguestuser($userid) || !$campaign->resultsvisible || !$this->is_over($campaign)) {
            return false;
        }
        return $this->db->record_exists_sql(
            'SELECT 1
               FROM {' . self::INVITE_TABLE . '} i
              WHERE i.campaignid = :campaignid AND i.status <> :revoked
                AND (i.userid = :userid
                     OR (i.orgid > 0 AND i.orgid IN (SELECT m.orgid FROM {' . organisation::MEMBER_TABLE . '} m
                                                     WHERE m.userid = :memberid)))',
            ['campaignid' => (int) $campaign->id, 'revoked' => 'revoked', 'userid' => $userid, 'memberid' => $userid]
        );
    }

    /**
     * Refuses a user who may not see the results.
     *
     * @param campaign $campaign
     * @param int $userid
     * @throws \moodle_exception results_notvisible
     */
    public function require_view(campaign $campaign, int $userid): void {
        if (!$this->can_view($campaign, $userid)) {
            throw new \moodle_exception('results_notvisible', 'local_digitalstrategy');
        }
    }
}
