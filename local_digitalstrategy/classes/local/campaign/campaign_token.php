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
 * Tokens of personal and open links. A token is shown once (in the mail or on the QR code); only
 * its hash is stored, so a database reader cannot answer in someone's name.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class campaign_token {
    /** @var string Shape of a token: 43 characters of base64url (32 random bytes). */
    public const PATTERN = '/^[A-Za-z0-9_-]{43}$/';

    /**
     * A new unguessable token.
     *
     * @return string 43 characters of base64url
     */
    public function generate(): string {
        return rtrim(strtr(base64_encode(random_bytes(32)), '+/', '-_'), '=');
    }

    /**
     * The hash stored for a token.
     *
     * @param string $token
     * @return string 64 hex digits
     */
    public function hash(string $token): string {
        return hash('sha256', $token);
    }

    /**
     * Whether a string has the shape of a token (checked before any database lookup).
     *
     * @param string $token
     * @return bool
     */
    public function is_well_formed(string $token): bool {
        return (bool) preg_match(self::PATTERN, $token);
    }
}
