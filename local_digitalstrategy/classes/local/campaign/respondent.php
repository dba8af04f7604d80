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
 * Who answers a campaign right now: the campaign, the invite whose draft and response it is, and
 * the person at the keyboard (a user id when logged in, 0 when answering by link).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class respondent {
    /**
     * Creates the respondent.
     *
     * @param campaign $campaign
     * @param int $inviteid the invite (of the organisation or the person) the answers belong to
     * @param int $orgid the invite's organisation, 0 for a person
     * @param int $inviteuserid the invite's user, 0 for an organisation or an address without account
     * @param int $userid who answers: the logged-in user, 0 by link
     * @param string $tokenhash the hash of the link's token, '' when answering logged in
     */
    public function __construct(
        /** @var campaign */
        public readonly campaign $campaign,
        /** @var int */
        public readonly int $inviteid,
        /** @var int */
        public readonly int $orgid,
        /** @var int */
        public readonly int $inviteuserid,
        /** @var int */
        public readonly int $userid,
        /** @var string */
        public readonly string $tokenhash,
    ) {
    }

    /**
     * Whether the respondent came by link (no login).
     *
     * @return bool
     */
    public function by_link(): bool {
        return $this->tokenhash !== '';
    }
}
