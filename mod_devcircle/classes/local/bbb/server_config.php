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

namespace mod_devcircle\local\bbb;

/**
 * Where the BigBlueButton (or Scalelite) API is and how calls to it are signed.
 *
 * Our own settings win; when the server URL or the secret is empty, the server settings of core
 * mod_bigbluebuttonbn are used, so that a site configures BigBlueButton once. The secret stays in
 * this object: nothing here exports it, and var_dump()/print_r() show it masked.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class server_config {
    /** @var string[] checksum algorithms BigBlueButton accepts */
    public const ALGORITHMS = ['sha1', 'sha256', 'sha384', 'sha512'];

    /** @var string the default algorithm (BigBlueButton 2.6+ and Scalelite) */
    public const DEFAULT_ALGORITHM = 'sha256';

    /**
     * Creates a configuration.
     *
     * @param string $apiurl base URL of the API, ending in "/api/"
     * @param string $secret the shared secret
     * @param string $algorithm one of self::ALGORITHMS
     */
    public function __construct(
        /** @var string base URL of the API, ending in "/api/" */
        private readonly string $apiurl,
        /** @var string the shared secret */
        private readonly string $secret,
        /** @var string checksum algorithm */
        private readonly string $algorithm = self::DEFAULT_ALGORITHM,
    ) {
        if (!in_array($algorithm, self::ALGORITHMS, true)) {
            throw new \coding_exception('Unknown checksum algorithm ' . $algorithm);
        }
    }

    /**
     * The configuration of this site: mod_devcircle's settings, else core mod_bigbluebuttonbn's.
     *
     * @return self
     */
    public static function from_settings(): self {
        $url = trim((string) get_config('mod_devcircle', 'bbb_serverurl'));
        $secret = trim((string) get_config('mod_devcircle', 'bbb_secret'));
        $algorithm = trim((string) get_config('mod_devcircle', 'bbb_checksum'));
        if ($url === '' || $secret === '') {
            $url = self::core_setting('server_url');
            $secret = self::core_setting('shared_secret');
            $algorithm = self::core_setting('checksum_algorithm');
        }
        if (!in_array($algorithm, self::ALGORITHMS, true)) {
            $algorithm = self::DEFAULT_ALGORITHM;
        }
        return new self(self::api_url($url), $secret, $algorithm);
    }

    /**
     * Reads a server setting of core mod_bigbluebuttonbn the way its own config class does.
     *
     * @param string $name setting name without the bigbluebuttonbn_ prefix
     * @return string
     */
    private static function core_setting(string $name): string {
        global $CFG;
        if (isset($CFG->bigbluebuttonbn) && is_array($CFG->bigbluebuttonbn) && isset($CFG->bigbluebuttonbn[$name])) {
            return trim((string) $CFG->bigbluebuttonbn[$name]);
        }
        return trim((string) ($CFG->{'bigbluebuttonbn_' . $name} ?? ''));
    }

    /**
     * Normalises a server URL to the API base: ".../bigbluebutton/api/".
     *
     * Accepts the URL with or without the trailing "api" and slash, as admins enter it.
     *
     * @param string $url the server URL as configured
     * @return string the API base, or '' when no URL is configured
     */
    public static function api_url(string $url): string {
        $url = rtrim(trim($url), '/');
        if ($url === '') {
            return '';
        }
        if (!str_ends_with($url, '/api')) {
            $url .= '/api';
        }
        return $url . '/';
    }

    /**
     * Whether a server URL and secret are configured at all.
     *
     * @return bool
     */
    public function is_configured(): bool {
        return $this->apiurl !== '' && $this->secret !== '';
    }

    /**
     * The base URL of the API, ending in "/api/".
     *
     * @return string
     */
    public function get_api_url(): string {
        return $this->apiurl;
    }

    /**
     * The checksum algorithm.
     *
     * @return string
     */
    public function get_algorithm(): string {
        return $this->algorithm;
    }

    /**
     * The shared secret, for the classes of this package that sign and verify.
     *
     * @return string
     */
    public function get_secret(): string {
        return $this->secret;
    }

    // phpcs:disable moodle.NamingConventions.ValidFunctionName.MagicLikeMethod -- __debugInfo() is PHP's own magic method.
    /**
     * Hides the secret from var_dump() and print_r().
     *
     * @return array
     */
    public function __debugInfo(): array {
        return ['apiurl' => $this->apiurl, 'secret' => '********', 'algorithm' => $this->algorithm];
    }
    // phpcs:enable
}
