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
 * Where Etherpad is and the key of its HTTP API, from the settings of mod_devcircle.
 *
 * The API key stays in this object: nothing here exports it, and var_dump()/print_r() show it masked.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class server_config {
    /** @var string base URL of Etherpad with a trailing slash, '' when not set */
    private readonly string $baseurl;

    /**
     * Creates the configuration.
     *
     * @param string $url base URL of Etherpad (the pads are under $url/p/)
     * @param string $apikey the API key (content of Etherpad's APIKEY.txt)
     */
    public function __construct(
        string $url,
        /** @var string the API key; kept private, never returned but to the client */
        #[\SensitiveParameter] private readonly string $apikey,
    ) {
        $url = trim($url);
        $this->baseurl = $url === '' ? '' : rtrim($url, '/') . '/';
    }

    /**
     * The configuration in the site's settings.
     *
     * @return self
     */
    public static function from_settings(): self {
        $config = get_config('mod_devcircle');
        return new self((string) ($config->etherpad_url ?? ''), trim((string) ($config->etherpad_apikey ?? '')));
    }

    /**
     * Whether an Etherpad URL and an API key are set.
     *
     * @return bool
     */
    public function is_configured(): bool {
        return $this->baseurl !== '' && trim($this->apikey) !== '';
    }

    /**
     * Base URL of Etherpad, with a trailing slash ('' when not set).
     *
     * @return string
     */
    public function get_base_url(): string {
        return $this->baseurl;
    }

    /**
     * The API key, for the client that sends it in request bodies.
     *
     * @return string
     */
    public function get_api_key(): string {
        return trim($this->apikey);
    }

    // phpcs:disable moodle.NamingConventions.ValidFunctionName.MagicLikeMethod -- __debugInfo() is PHP's own magic method.
    /**
     * Hides the API key from var_dump() and print_r().
     *
     * @return array
     */
    public function __debugInfo(): array {
        return ['baseurl' => $this->baseurl, 'apikey' => '********'];
    }
    // phpcs:enable
}
