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

use local_digitalstrategy\local\organisation_repository;

/**
 * Who may answer a campaign: by the personal link's token without login, or logged in with the
 * capability local/digitalstrategy:answersurvey and an invite of their organisation (per-
 * organisation campaigns) or of themselves (per-person campaigns). Every refusal is a
 * respond_exception naming its reason; every request counts against the rate limits, unknown
 * tokens against the address's guessing limit.
 *
 * A token is valid only for its campaign: a token together with another campaign's id is unknown.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class respond_access {
    /** @var string The invite table. */
    public const INVITE_TABLE = 'local_digitalstrategy_invite';

    /**
     * Creates the service.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     * @param campaign_repository $campaigns
     * @param organisation_repository $organisations
     * @param respond_rate_limiter $limiter
     * @param campaign_token $tokens
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
        /** @var campaign_repository */
        private readonly campaign_repository $campaigns,
        /** @var organisation_repository */
        private readonly organisation_repository $organisations,
        /** @var respond_rate_limiter */
        private readonly respond_rate_limiter $limiter,
        /** @var campaign_token */
        private readonly campaign_token $tokens,
    ) {
    }

    /**
     * The respondent of a personal link.
     *
     * @param string $token the token of the link
     * @param string $ip the client's address
     * @param int $campaignid the campaign the caller means, 0 for the token's own
     * @return respondent
     * @throws respond_exception
     */
    public function by_token(string $token, string $ip, int $campaignid = 0): respondent {
        $hash = $this->tokens->is_well_formed($token) ? $this->tokens->hash($token) : '';
        $this->limiter->attempt($ip, $hash);
        $invite = $hash === '' ? false : $this->db->get_record(self::INVITE_TABLE, ['tokenhash' => $hash]);
        if (!$invite || ($campaignid && (int) $invite->campaignid !== $campaignid)) {
            $this->limiter->failure($ip);
            throw new respond_exception('unknowntoken');
        }
        $campaign = $this->campaigns->get((int) $invite->campaignid);
        $this->check($campaign, $invite);
        return new respondent($campaign, (int) $invite->id, (int) $invite->orgid, (int) $invite->userid, 0, $hash);
    }

    /**
     * Opens a campaign's open link (campaign.publictokenhash, e.g. the QR code of an event): each
     * visitor gets an invite of their own with a personal token, so their draft is theirs and the
     * link keeps working for the next visitor.
     *
     * @param string $token the token of the link
     * @param string $ip the client's address
     * @return string|null the new personal token, null when the token is no campaign's open link
     * @throws respond_exception ratelimited, closed or notopen
     */
    public function claim_open_link(string $token, string $ip): ?string {
        if (!$this->tokens->is_well_formed($token)) {
            return null;
        }
        $hash = $this->tokens->hash($token);
        $record = $this->db->get_record(campaign::TABLE, ['publictokenhash' => $hash], 'id');
        if (!$record) {
            return null;
        }
        $this->limiter->attempt($ip, $hash);
        $campaign = $this->campaigns->get((int) $record->id);
        $this->check($campaign, (object) ['status' => 'sent', 'responded' => 0]);
        $personal = $this->tokens->generate();
        $now = $this->clock->time();
        $this->db->insert_record(self::INVITE_TABLE, (object) [
            'campaignid' => $campaign->id, 'orgid' => 0, 'userid' => 0, 'email' => '',
            'tokenhash' => $this->tokens->hash($personal), 'status' => 'sent', 'responded' => 0, 'timeresponded' => 0,
            'reminders' => 0, 'timeinvited' => $now, 'timereminded' => 0, 'timecreated' => $now, 'timemodified' => $now,
        ]);
        return $personal;
    }

    /**
     * The respondent of a logged-in user.
     *
     * @param int $campaignid
     * @param int $userid
     * @param string $ip the client's address
     * @return respondent
     * @throws respond_exception
     */
    public function by_campaign(int $campaignid, int $userid, string $ip): respondent {
        $this->limiter->attempt($ip);
        if (!has_capability('local/digitalstrategy:answersurvey', \context_system::instance(), $userid)) {
            throw new respond_exception('nopermission');
        }
        $campaign = $this->campaigns->find($campaignid);
        if (!$campaign) {
            throw new respond_exception('notinvited');
        }
        $invite = false;
        if ($campaign->per_organisation()) {
            $organisation = $this->organisations->get_for_user($userid);
            if ($organisation) {
                $invite = $this->db->get_record(
                    self::INVITE_TABLE,
                    ['campaignid' => $campaign->id, 'orgid' => $organisation->get_id()]
                );
            }
        } else {
            $invite = $this->db->get_record(self::INVITE_TABLE, ['campaignid' => $campaign->id, 'userid' => $userid]);
        }
        if (!$invite) {
            throw new respond_exception('notinvited');
        }
        $this->check($campaign, $invite);
        return new respondent($campaign, (int) $invite->id, (int) $invite->orgid, (int) $invite->userid, $userid, '');
    }

    /**
     * Refuses an invite that cannot answer (any more).
     *
     * @param campaign $campaign
     * @param \stdClass $invite
     * @throws respond_exception
     */
    private function check(campaign $campaign, \stdClass $invite): void {
        if ($invite->status === 'revoked') {
            throw new respond_exception('revoked');
        }
        // A declined invitation gets no reminders, but whoever declined may change their mind and answer.
        if (!empty($invite->responded)) {
            throw new respond_exception('submitted');
        }
        $now = $this->clock->time();
        if ($campaign->status === 'closed' || ($campaign->timeclose && $campaign->timeclose <= $now)) {
            throw new respond_exception('closed');
        }
        if (!$campaign->is_open($now)) {
            throw new respond_exception('notopen');
        }
    }
}
