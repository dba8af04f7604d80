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

use stdClass;

/**
 * Who is invited to a campaign, and the log of what was sent to whom (tables
 * local_digitalstrategy_invite and local_digitalstrategy_invlog). Holds the hash of the token of
 * the last mail only; the token itself is never stored.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class invite_repository {
    /** @var string The invitations. */
    public const TABLE = 'local_digitalstrategy_invite';
    /** @var string The invitation log. */
    public const LOG_TABLE = 'local_digitalstrategy_invlog';
    /** @var string[] The statuses an invitation takes. */
    public const STATUSES = ['pending', 'sent', 'failed', 'declined', 'revoked'];
    /** @var string Invitations with the name of their organisation ('' for none). */
    private const SELECT_WITH_NAME = 'SELECT i.*, COALESCE(o.name, \'\') AS orgname
        FROM {' . self::TABLE . '} i LEFT JOIN {local_digitalstrategy_org} o ON o.id = i.orgid ';
    /** @var int Length of the info column of the log. */
    private const INFO_LENGTH = 255;

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     * @param campaign_token $tokens
     */
    public function __construct(
        /** @var \moodle_database The database. */
        private readonly \moodle_database $db,
        /** @var \core\clock The clock. */
        private readonly \core\clock $clock,
        /** @var campaign_token The tokens. */
        private readonly campaign_token $tokens,
    ) {
    }

    /**
     * One invitation.
     *
     * @param int $id
     * @return stdClass
     * @throws \dml_missing_record_exception when unknown
     */
    public function get(int $id): stdClass {
        return $this->db->get_record(self::TABLE, ['id' => $id], '*', MUST_EXIST);
    }

    /**
     * The invitation a token belongs to.
     *
     * @param string $token the plain token from a link
     * @return stdClass|null null when no invitation has this token (forged, or replaced by a newer mail)
     */
    public function get_by_token(string $token): ?stdClass {
        if (!$this->tokens->is_well_formed($token)) {
            return null;
        }
        return $this->db->get_record(self::TABLE, ['tokenhash' => $this->tokens->hash($token)]) ?: null;
    }

    /**
     * Adds the invitations of a target group to a campaign; who is already invited is left alone,
     * so opening a campaign again invites only those who joined the group meanwhile.
     *
     * @param int $campaignid
     * @param array $targets list of ['orgid' => int, 'userid' => int, 'email' => string]
     * @param bool $byorganisation true when one invitation per organisation (else per person)
     * @return int invitations added
     */
    public function add_targets(int $campaignid, array $targets, bool $byorganisation): int {
        $key = $byorganisation ? 'orgid' : 'userid';
        $existing = array_flip(array_map('intval', $this->db->get_fieldset_select(
            self::TABLE,
            $key,
            'campaignid = ?',
            [$campaignid]
        )));
        $now = $this->clock->time();
        $rows = [];
        foreach ($targets as $target) {
            $id = (int) $target[$key];
            if ($id <= 0 || isset($existing[$id])) {
                continue;
            }
            $existing[$id] = true;
            $rows[] = (object) [
                'campaignid' => $campaignid,
                'orgid' => (int) $target['orgid'],
                'userid' => (int) $target['userid'],
                'email' => \core_text::substr(trim((string) $target['email']), 0, 254),
                'tokenhash' => '',
                'status' => 'pending',
                'responded' => 0,
                'timeresponded' => 0,
                'reminders' => 0,
                'timeinvited' => 0,
                'timereminded' => 0,
                'timecreated' => $now,
                'timemodified' => $now,
            ];
        }
        if ($rows) {
            $this->db->insert_records(self::TABLE, $rows);
        }
        return count($rows);
    }

    /**
     * Invitations of a campaign that still need their first mail: pending or failed, with an
     * address. A recordset, so hundreds of rows do not sit in memory at once.
     *
     * @param int $campaignid
     * @return \moodle_recordset of invite records
     */
    public function to_send(int $campaignid): \moodle_recordset {
        return $this->db->get_recordset_sql(
            self::SELECT_WITH_NAME . "WHERE i.campaignid = ? AND i.status IN ('pending', 'failed') AND i.email <> ''
                AND i.responded = 0 ORDER BY i.id",
            [$campaignid]
        );
    }

    /**
     * Invitations of a campaign due for a reminder: mailed, not answered, not declined or revoked,
     * fewer than $max reminders so far, and the last mail at least $spacing seconds ago.
     *
     * @param int $campaignid
     * @param int $max
     * @param int $spacing seconds
     * @param bool $ignorespacing true for a manual round (all non-responders with fewer than $max)
     * @return \moodle_recordset of invite records
     */
    public function due_for_reminder(int $campaignid, int $max, int $spacing, bool $ignorespacing = false): \moodle_recordset {
        $params = ['campaignid' => $campaignid, 'max' => $max];
        $timing = '';
        if (!$ignorespacing) {
            $timing = ' AND (CASE WHEN i.timereminded > i.timeinvited THEN i.timereminded ELSE i.timeinvited END) <= :before';
            $params['before'] = $this->clock->time() - $spacing;
        }
        return $this->db->get_recordset_sql(
            self::SELECT_WITH_NAME . "WHERE i.campaignid = :campaignid AND i.status = 'sent' AND i.responded = 0
                AND i.email <> '' AND i.reminders < :max" . $timing . ' ORDER BY i.id',
            $params
        );
    }

    /**
     * Records a mail that went out: the hash of the new token replaces the old one.
     *
     * @param stdClass $invite
     * @param string $tokenhash
     * @param bool $reminder true for a reminder, false for the invitation
     */
    public function mark_sent(stdClass $invite, string $tokenhash, bool $reminder): void {
        $now = $this->clock->time();
        $update = (object) ['id' => $invite->id, 'tokenhash' => $tokenhash, 'status' => 'sent', 'timemodified' => $now];
        if ($reminder) {
            $update->reminders = (int) $invite->reminders + 1;
            $update->timereminded = $now;
        } else {
            $update->timeinvited = $now;
        }
        $this->db->update_record(self::TABLE, $update);
    }

    /**
     * Takes back mark_sent() for a mail that was refused: the invitation is as it was before.
     *
     * @param stdClass $invite the record as read before mark_sent()
     */
    public function unmark_sent(stdClass $invite): void {
        $this->db->update_record(self::TABLE, (object) [
            'id' => $invite->id,
            'tokenhash' => $invite->tokenhash,
            'status' => $invite->status,
            'reminders' => $invite->reminders,
            'timeinvited' => $invite->timeinvited,
            'timereminded' => $invite->timereminded,
            'timemodified' => $this->clock->time(),
        ]);
    }

    /**
     * Sets the status of an invitation (failed, declined, revoked, …). Revoking also drops the token
     * hash, so the link stops working; who declined keeps the link and may still answer.
     *
     * @param int $id
     * @param string $status one of STATUSES
     */
    public function set_status(int $id, string $status): void {
        if (!in_array($status, self::STATUSES, true)) {
            throw new \coding_exception('Unknown invitation status ' . $status);
        }
        $update = (object) ['id' => $id, 'status' => $status, 'timemodified' => $this->clock->time()];
        if ($status === 'revoked') {
            $update->tokenhash = '';
        }
        $this->db->update_record(self::TABLE, $update);
    }

    /**
     * Writes a line of the invitation log.
     *
     * @param int $campaignid
     * @param int $inviteid
     * @param string $action invite|remind|decline|revoke|retry
     * @param string $status sent|failed|done
     * @param string $info the mail error or a note, shortened to the column
     * @param int $userid who triggered it (0 for a task)
     */
    public function log(int $campaignid, int $inviteid, string $action, string $status, string $info = '', int $userid = 0): void {
        $this->db->insert_record(self::LOG_TABLE, (object) [
            'campaignid' => $campaignid,
            'inviteid' => $inviteid,
            'action' => $action,
            'status' => $status,
            'info' => \core_text::substr($info, 0, self::INFO_LENGTH),
            'userid' => $userid,
            'timecreated' => $this->clock->time(),
        ]);
    }

    /**
     * The newest lines of a campaign's invitation log with the organisation's name and address.
     *
     * @param int $campaignid
     * @param int $limit
     * @return stdClass[] id, inviteid, action, status, info, userid, timecreated, email, orgname
     */
    public function log_for_campaign(int $campaignid, int $limit = 200): array {
        return array_values($this->db->get_records_sql(
            'SELECT l.id, l.inviteid, l.action, l.status, l.info, l.userid, l.timecreated, COALESCE(i.email, \'\') AS email,
                    COALESCE(o.name, \'\') AS orgname
               FROM {' . self::LOG_TABLE . '} l
          LEFT JOIN {' . self::TABLE . '} i ON i.id = l.inviteid
          LEFT JOIN {local_digitalstrategy_org} o ON o.id = i.orgid
              WHERE l.campaignid = ?
           ORDER BY l.timecreated DESC, l.id DESC',
            [$campaignid],
            0,
            $limit
        ));
    }

    /**
     * The invitations of a campaign with the organisation's name, for the campaign page.
     *
     * @param int $campaignid
     * @return stdClass[] invite records with orgname
     */
    public function list_for_campaign(int $campaignid): array {
        return array_values($this->db->get_records_sql(
            'SELECT i.*, COALESCE(o.name, \'\') AS orgname
               FROM {' . self::TABLE . '} i
          LEFT JOIN {local_digitalstrategy_org} o ON o.id = i.orgid
              WHERE i.campaignid = ?
           ORDER BY o.name, i.email, i.id',
            [$campaignid]
        ));
    }

    /**
     * Whether a manual reminder round was already sent for a campaign (one is allowed). The round
     * is recorded by a log line without an invitation (inviteid 0).
     *
     * @param int $campaignid
     * @return bool
     */
    public function manual_round_sent(int $campaignid): bool {
        return $this->db->record_exists_select(
            self::LOG_TABLE,
            "campaignid = ? AND action = 'remind' AND inviteid = 0",
            [$campaignid]
        );
    }
}
