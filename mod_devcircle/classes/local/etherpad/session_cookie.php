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

namespace mod_devcircle\local\etherpad;

/**
 * The `sessionID` cookie that lets the browser into Etherpad's group pads.
 *
 * Etherpad's pad page reads the cookie with script and presents it when it opens its socket,
 * so the cookie is readable by script (not HttpOnly), has Path `/` and is set on a domain that
 * Moodle and Etherpad share: the configured cookie domain (e.g. `example.org` for
 * `moodle.example.org` and `pad.example.org`), or Moodle's own host when Etherpad is served from
 * it. Under HTTPS it is `SameSite=None; Secure`, so it also travels into an iframe of a sibling
 * subdomain; over plain HTTP (only sensible on one origin) it is `SameSite=Lax`. Etherpad accepts
 * several session IDs separated by commas, so a user can keep pads of several circles open.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class session_cookie {
    /** @var string name of the cookie Etherpad reads */
    public const NAME = 'sessionID';
    /** @var int at most this many session IDs are kept in the cookie */
    public const MAX_SESSIONS = 5;

    /**
     * The cookie value: the new session first, then the still-listed others, without duplicates.
     *
     * @param string|null $existing the current cookie value
     * @param string $sessionid the new session ID
     * @return string
     */
    public static function merge(?string $existing, string $sessionid): string {
        $ids = [$sessionid];
        foreach (explode(',', trim((string) $existing, "\" \t")) as $id) {
            $id = trim($id);
            if (self::is_session_id($id) && !in_array($id, $ids, true)) {
                $ids[] = $id;
            }
        }
        return implode(',', array_slice($ids, 0, self::MAX_SESSIONS));
    }

    /**
     * Whether a string looks like an Etherpad session ID.
     *
     * @param string $id the string
     * @return bool
     */
    public static function is_session_id(string $id): bool {
        return (bool) preg_match('/^s\.[A-Za-z0-9]{8,64}$/', $id);
    }

    /**
     * The options for PHP's setcookie().
     *
     * @param int $expires Unix time the cookie expires
     * @param string $domain cookie domain from the settings, empty for the Moodle host only
     * @param bool $https whether Moodle is served over HTTPS
     * @return array{expires: int, path: string, domain: string, secure: bool, httponly: bool, samesite: string}
     */
    public static function options(int $expires, string $domain, bool $https): array {
        return [
            'expires' => $expires,
            'path' => '/',
            // Empty: a host-only cookie for the Moodle host.
            'domain' => ltrim(trim($domain), '.'),
            'secure' => $https,
            'httponly' => false,
            'samesite' => $https ? 'None' : 'Lax',
        ];
    }

    /**
     * Sends the cookie with the response (when headers can still be sent).
     *
     * @param string $sessionid the Etherpad session ID
     * @param int $validuntil when the session ends
     * @return bool whether the cookie was sent
     */
    public static function send(string $sessionid, int $validuntil): bool {
        if (headers_sent() || (defined('PHPUNIT_TEST') && PHPUNIT_TEST) || (defined('CLI_SCRIPT') && CLI_SCRIPT)) {
            return false;
        }
        $value = self::merge($_COOKIE[self::NAME] ?? null, $sessionid);
        $domain = (string) get_config('mod_devcircle', 'etherpad_cookiedomain');
        $ok = setcookie(self::NAME, $value, self::options($validuntil, $domain, is_https()));
        if ($ok) {
            $_COOKIE[self::NAME] = $value;
        }
        return $ok;
    }
}
