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

namespace mod_devcircle\local\http;

/**
 * Sends HTTP requests to the servers mod_devcircle talks to (BigBlueButton, Etherpad).
 *
 * The one place where outgoing requests are made: timeouts, Moodle's outgoing-request guard,
 * network failures and HTTP status codes are handled by the implementation, and every failure
 * is one {@see http_exception}. The clients of the servers turn it into their own messages.
 * Bound to {@see curl_transport} in db/hooks.php; tests replace it with \core\di::set().
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
interface transport {
    /**
     * Fetches a URL with GET.
     *
     * @param string $url the URL (may carry a checksum in its query: it never appears in a message)
     * @param timeouts $timeouts how long to wait for the connection and for the whole answer
     * @param string[] $headers extra request headers, e.g. "Accept: application/json"
     * @return string the body of an answer with a 2xx status
     * @throws http_exception when there is no such answer
     */
    public function get(string $url, timeouts $timeouts, array $headers = []): string;

    /**
     * Sends a body to a URL with POST.
     *
     * @param string $url the URL
     * @param string $body the request body
     * @param string $contenttype its content type
     * @param timeouts $timeouts how long to wait for the connection and for the whole answer
     * @param string[] $headers extra request headers
     * @return string the body of an answer with a 2xx status
     * @throws http_exception when there is no such answer
     */
    public function post(string $url, string $body, string $contenttype, timeouts $timeouts, array $headers = []): string;
}
