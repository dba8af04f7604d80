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
 * Hands an invitation or reminder to Moodle's mail API (email_to_user, so the site's SMTP settings,
 * divert and no-mail settings count). The recipient is an address, not a Moodle account: it is
 * sent to a copy of the no-reply user carrying that address. Tests replace this adapter with
 * \core\di::set() to simulate a mail server that refuses.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class invitation_mail_transport {
    /**
     * Sends a plain-text mail.
     *
     * @param string $email the recipient's address
     * @param string $name the recipient's name (the organisation)
     * @param string $subject
     * @param string $text
     * @return string|null null when the mail was accepted, else why not
     */
    public function send(string $email, string $name, string $subject, string $text): ?string {
        if (!validate_email($email)) {
            return get_string('invite_error_address', 'local_digitalstrategy');
        }
        $recipient = clone \core_user::get_noreply_user();
        $recipient->email = $email;
        $recipient->firstname = $name;
        $recipient->lastname = '';
        $recipient->mailformat = 0;
        $recipient->emailstop = 0;
        $from = \core_user::get_noreply_user();
        // Moodle names the mail server's answer only in its own output (and in the email_failed
        // event, which also carries the text: that token is never stored, so it opens nothing).
        ob_start();
        try {
            $ok = email_to_user($recipient, $from, $subject, $text, '', '', '', true, '', '', 79);
        } finally {
            $output = (string) ob_get_clean();
        }
        if ($ok) {
            return null;
        }
        $error = get_string('invite_error_refused', 'local_digitalstrategy');
        if (preg_match('/email_to_user\(\):\s*(.+)/', $output, $matches)) {
            $error .= ' ' . trim($matches[1]);
        }
        return $error;
    }
}
