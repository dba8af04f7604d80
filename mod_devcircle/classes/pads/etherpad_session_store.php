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

namespace mod_devcircle\pads;

/**
 * The Etherpad sessions a user holds in this Moodle session, per Etherpad group, so that a
 * session that stays valid for a while yet is reused instead of asking Etherpad for a new one.
 *
 * Kept in the user's Moodle session ($SESSION); this adapter is the only place that touches it.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class etherpad_session_store {
    /** @var string key in $SESSION */
    private const KEY = 'mod_devcircle_padsessions';

    /**
     * The session held for a group.
     *
     * @param string $groupid the Etherpad group
     * @return array{sessionid: string, authorid: string, validuntil: int}|null
     */
    public function get(string $groupid): ?array {
        global $SESSION;
        $held = $SESSION->{self::KEY}[$groupid] ?? null;
        if (!is_array($held) || !isset($held['sessionid'], $held['authorid'], $held['validuntil'])) {
            return null;
        }
        return ['sessionid' => (string) $held['sessionid'], 'authorid' => (string) $held['authorid'],
            'validuntil' => (int) $held['validuntil']];
    }

    /**
     * Remembers the session held for a group.
     *
     * @param string $groupid the Etherpad group
     * @param string $sessionid the Etherpad session
     * @param string $authorid its author
     * @param int $validuntil when it ends
     */
    public function set(string $groupid, string $sessionid, string $authorid, int $validuntil): void {
        global $SESSION;
        if (!isset($SESSION->{self::KEY}) || !is_array($SESSION->{self::KEY})) {
            $SESSION->{self::KEY} = [];
        }
        $SESSION->{self::KEY}[$groupid] = ['sessionid' => $sessionid, 'authorid' => $authorid, 'validuntil' => $validuntil];
    }
}
