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

use mod_devcircle\local\http\timeouts;
use mod_devcircle\local\http\transport;
use mod_devcircle\pads\pad_service;

/**
 * Checks the Etherpad settings against the running servers and says in plain language what is wrong:
 * URL, reachability (and Moodle's outgoing-request guard), API version, API key, a test session,
 * and whether the cookie domain lets the browser carry the pad session from Moodle to Etherpad.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class health_check {
    /** @var string the check passed */
    public const OK = 'ok';
    /** @var string works, but should be changed */
    public const WARNING = 'warning';
    /** @var string does not work */
    public const ERROR = 'error';
    /** @var string not checked because an earlier check failed */
    public const SKIPPED = 'skipped';

    /**
     * Creates the check.
     *
     * @param string $url the Etherpad URL setting
     * @param string $apikey the API key setting
     * @param string $cookiedomain the cookie domain setting
     * @param string $wwwroot Moodle's address
     * @param transport $transport how requests are sent
     * @param int $timeout seconds per API call
     */
    public function __construct(
        /** @var string the Etherpad URL setting */
        private readonly string $url,
        /** @var string the API key setting */
        #[\SensitiveParameter] private readonly string $apikey,
        /** @var string the cookie domain setting */
        private readonly string $cookiedomain,
        /** @var string Moodle's address */
        private readonly string $wwwroot,
        /** @var transport how requests are sent */
        private readonly transport $transport,
        /** @var int seconds per API call */
        private readonly int $timeout = 5,
    ) {
    }

    /**
     * The check for the site's settings.
     *
     * @param transport $transport how requests are sent
     * @return self
     */
    public static function from_settings(transport $transport): self {
        global $CFG;
        $config = get_config('mod_devcircle');
        return new self(
            trim((string) ($config->etherpad_url ?? '')),
            trim((string) ($config->etherpad_apikey ?? '')),
            trim((string) ($config->etherpad_cookiedomain ?? '')),
            $CFG->wwwroot,
            $transport
        );
    }

    /**
     * Runs every check.
     *
     * @return array<int, array{check: string, status: string, message: string}> in order
     */
    public function run(): array {
        $results = [];
        $add = function (string $check, string $status, string $message) use (&$results): void {
            $results[] = ['check' => $check, 'status' => $status, 'message' => $message];
        };
        $skip = fn(string $check) => $add($check, self::SKIPPED, get_string('health_skipped', 'mod_devcircle'));

        // 1. The URL.
        $parts = $this->url === '' ? false : parse_url($this->url);
        if ($this->url === '' || $this->apikey === '') {
            $add('url', self::ERROR, get_string('etherpad_notconfigured', 'mod_devcircle'));
            foreach (['api', 'key', 'session', 'cookie'] as $check) {
                $skip($check);
            }
            return $results;
        }
        if (!$parts || !in_array($parts['scheme'] ?? '', ['http', 'https'], true) || empty($parts['host'])) {
            $add('url', self::ERROR, get_string('health_url_invalid', 'mod_devcircle', $this->url));
            foreach (['api', 'key', 'session', 'cookie'] as $check) {
                $skip($check);
            }
            return $results;
        }
        $moodlehttps = str_starts_with($this->wwwroot, 'https://');
        if ($moodlehttps && $parts['scheme'] !== 'https') {
            $add('url', self::ERROR, get_string('health_url_mixed', 'mod_devcircle'));
        } else {
            $add('url', self::OK, get_string('health_url_ok', 'mod_devcircle', $this->url));
        }

        // 2. Reachable, and its API version.
        $client = new client(
            new server_config($this->url, $this->apikey),
            $this->transport,
            new timeouts(min(3, $this->timeout), $this->timeout)
        );
        $reachable = false;
        try {
            $version = $client->get_api_version();
            $reachable = true;
            if (version_compare($version, client::API_VERSION, '<')) {
                $add('api', self::ERROR, get_string(
                    'health_api_old',
                    'mod_devcircle',
                    ['version' => $version, 'needed' => client::API_VERSION]
                ));
            } else {
                $add('api', self::OK, get_string('health_api_ok', 'mod_devcircle', $version));
            }
        } catch (etherpad_exception $e) {
            $add('api', self::ERROR, $this->explain($e));
        }

        // 3. The API key, and 4. a session as Moodle makes them for users.
        if (!$reachable) {
            $skip('key');
            $skip('session');
        } else {
            try {
                $client->check_token();
                $add('key', self::OK, get_string('health_key_ok', 'mod_devcircle'));
                try {
                    $group = $client->create_group_if_not_exists_for(pad_service::group_mapper(0));
                    $author = $client->create_author_if_not_exists_for(
                        pad_service::author_mapper(0),
                        'Moodle'
                    );
                    $session = $client->create_session($group, $author, time() + 60);
                    $client->delete_session($session);
                    $add('session', self::OK, get_string('health_session_ok', 'mod_devcircle'));
                } catch (etherpad_exception $e) {
                    $add('session', self::ERROR, $this->explain($e));
                }
            } catch (etherpad_exception $e) {
                $add('key', self::ERROR, $this->explain($e));
                $skip('session');
            }
        }

        // 5. The cookie domain against the site's own domain.
        [$status, $message] = $this->check_cookie_domain(
            strtolower((string) parse_url($this->wwwroot, PHP_URL_HOST)),
            strtolower($parts['host']),
            $moodlehttps,
            $parts['scheme'] === 'https'
        );
        $add('cookie', $status, $message);
        return $results;
    }

    /**
     * Whether the browser will carry the sessionID cookie set by Moodle to Etherpad.
     *
     * @param string $moodlehost Moodle's host
     * @param string $padhost Etherpad's host
     * @param bool $moodlehttps whether Moodle uses HTTPS
     * @param bool $padhttps whether Etherpad uses HTTPS
     * @return array{0: string, 1: string} status and message
     */
    public function check_cookie_domain(string $moodlehost, string $padhost, bool $moodlehttps, bool $padhttps): array {
        $domain = strtolower(ltrim($this->cookiedomain, '.'));
        $within = fn(string $host) => $host === $domain || str_ends_with($host, '.' . $domain);
        if ($domain === '') {
            if ($moodlehost === $padhost) {
                return [self::OK, get_string('health_cookie_samehost', 'mod_devcircle', $moodlehost)];
            }
            return [self::ERROR, get_string(
                'health_cookie_needdomain',
                'mod_devcircle',
                ['moodle' => $moodlehost, 'pad' => $padhost, 'suggest' => self::common_parent($moodlehost, $padhost)]
            )];
        }
        if (!str_contains($domain, '.')) {
            return [self::ERROR, get_string('health_cookie_toplevel', 'mod_devcircle', $domain)];
        }
        if (!$within($moodlehost)) {
            return [self::ERROR, get_string(
                'health_cookie_notmoodle',
                'mod_devcircle',
                ['domain' => $domain, 'moodle' => $moodlehost]
            )];
        }
        if (!$within($padhost)) {
            return [self::ERROR, get_string(
                'health_cookie_notpad',
                'mod_devcircle',
                ['domain' => $domain, 'pad' => $padhost]
            )];
        }
        if ($moodlehost !== $padhost && (!$moodlehttps || !$padhttps)) {
            return [self::WARNING, get_string('health_cookie_nohttps', 'mod_devcircle')];
        }
        return [self::OK, get_string(
            'health_cookie_ok',
            'mod_devcircle',
            ['domain' => $domain, 'moodle' => $moodlehost, 'pad' => $padhost]
        )];
    }

    /**
     * The longest common parent domain of two hosts (with at least two labels), or an example.
     *
     * @param string $a a host
     * @param string $b another host
     * @return string
     */
    public static function common_parent(string $a, string $b): string {
        $la = array_reverse(explode('.', $a));
        $lb = array_reverse(explode('.', $b));
        $common = [];
        foreach ($la as $i => $label) {
            if (($lb[$i] ?? null) !== $label) {
                break;
            }
            $common[] = $label;
        }
        return count($common) >= 2 ? implode('.', array_reverse($common)) : 'example.org';
    }

    /**
     * The plain-language explanation of a failure, for administrators.
     *
     * @param etherpad_exception $e the failure
     * @return string
     */
    private function explain(etherpad_exception $e): string {
        $message = get_string($e->errorcode, 'mod_devcircle', $e->a);
        if ($e->kind === etherpad_exception::UNREACHABLE) {
            $message .= ' ' . get_string('health_unreachable_hint', 'mod_devcircle', $this->url);
        }
        return $message;
    }
}
