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
 * Mails invitations and reminders of a campaign. Every mail carries a new token: its hash replaces
 * the one stored, so the link of an earlier mail stops working (an answer already saved stays, it
 * belongs to the invitation, not to the link). A refused mail leaves the invitation failed with the
 * error in the log; the next run tries it again. Callers hold the campaign mail lock
 * (campaign_mail_lock) so two cron runners never send the same mail.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class invitation_sender {
    /**
     * Creates the sender.
     *
     * @param invite_repository $invites
     * @param invitation_mail_transport $transport
     * @param campaign_token $tokens
     */
    public function __construct(
        /** @var invite_repository The invitations. */
        private readonly invite_repository $invites,
        /** @var invitation_mail_transport Moodle's mail API. */
        private readonly invitation_mail_transport $transport,
        /** @var campaign_token The tokens. */
        private readonly campaign_token $tokens,
    ) {
    }

    /**
     * Mails every invitation of the campaign not mailed yet (pending) or refused last time (failed).
     *
     * @param campaign $campaign an open campaign
     * @param int $userid who triggered it (0 for a task)
     * @return array{sent: int, failed: int}
     */
    public function send_invitations(campaign $campaign, int $userid = 0): array {
        $counts = ['sent' => 0, 'failed' => 0];
        if ($campaign->status !== 'open') {
            return $counts;
        }
        $rs = $this->invites->to_send((int) $campaign->id);
        foreach ($rs as $invite) {
            $action = $invite->status === 'failed' ? 'retry' : 'invite';
            $ok = $this->send_one($campaign, $invite, false, $action, $userid);
            $counts[$ok ? 'sent' : 'failed']++;
        }
        $rs->close();
        return $counts;
    }

    /**
     * Mails reminders to the invitations due for one.
     *
     * @param campaign $campaign an open campaign
     * @param int $max most reminders an invitation gets
     * @param int $spacing seconds between the mails to one invitation
     * @param int $userid who triggered it; a manual round (userid > 0) ignores the spacing
     * @return array{sent: int, failed: int}
     */
    public function send_reminders(campaign $campaign, int $max, int $spacing, int $userid = 0): array {
        $counts = ['sent' => 0, 'failed' => 0];
        if ($campaign->status !== 'open') {
            return $counts;
        }
        $rs = $this->invites->due_for_reminder((int) $campaign->id, $max, $spacing, $userid > 0);
        foreach ($rs as $invite) {
            $ok = $this->send_one($campaign, $invite, true, 'remind', $userid);
            $counts[$ok ? 'sent' : 'failed']++;
        }
        $rs->close();
        return $counts;
    }

    /**
     * Sends one mail with a new token and records the outcome. The invitation is marked as mailed
     * before the mail goes out: a run killed in between leaves it counted as mailed without a mail
     * (the reminder follows later), never mailed twice when the next run resumes.
     *
     * @param campaign $campaign
     * @param stdClass $invite
     * @param bool $reminder
     * @param string $action the log's action: invite, retry or remind
     * @param int $userid
     * @return bool whether the mail was accepted
     */
    private function send_one(campaign $campaign, stdClass $invite, bool $reminder, string $action, int $userid): bool {
        $token = $this->tokens->generate();
        [$subject, $text] = $this->compose($campaign, $invite, $token, $reminder);
        $this->invites->mark_sent($invite, $this->tokens->hash($token), $reminder);
        $error = $this->transport->send((string) $invite->email, (string) ($invite->orgname ?? ''), $subject, $text);
        if ($error === null) {
            $this->invites->log((int) $campaign->id, (int) $invite->id, $action, 'sent', '', $userid);
            return true;
        }
        // A refused mail changes nothing: the earlier link keeps working, and the new token is never
        // stored (whatever logged the mail's text holds a dead link).
        $this->invites->unmark_sent($invite);
        if (!$reminder) {
            $this->invites->set_status((int) $invite->id, 'failed');
        }
        $this->invites->log((int) $campaign->id, (int) $invite->id, $action, 'failed', $error, $userid);
        return false;
    }

    /**
     * The subject and text of an invitation or reminder.
     *
     * @param campaign $campaign
     * @param stdClass $invite
     * @param string $token
     * @param bool $reminder
     * @return string[] subject, text
     */
    private function compose(campaign $campaign, stdClass $invite, string $token, bool $reminder): array {
        $a = new stdClass();
        $a->campaign = format_string($campaign->name, true, ['context' => \context_system::instance(), 'escape' => false]);
        $a->site = format_string(get_site()->fullname, true, ['context' => \context_system::instance(), 'escape' => false]);
        $a->link = (new \moodle_url('/local/digitalstrategy/respond.php', ['token' => $token]))->out(false);
        $a->declinelink = (new \moodle_url('/local/digitalstrategy/decline.php', ['token' => $token]))->out(false);
        $a->close = $campaign->timeclose ? userdate($campaign->timeclose, get_string('strftimedate', 'langconfig'))
            : get_string('campaign_noclose', 'local_digitalstrategy');
        $prefix = $reminder ? 'reminder_mail_' : 'invite_mail_';
        return [
            get_string($prefix . 'subject', 'local_digitalstrategy', $a),
            get_string($prefix . 'body', 'local_digitalstrategy', $a),
        ];
    }
}
