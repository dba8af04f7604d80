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
 * HTTP through Moodle's curl class: proxy settings and the outgoing-request guard
 * (curlsecurityblockedhosts, curlsecurityallowedport) apply, redirects are not followed.
 *
 * A guarded address is refused before any connection is made ({@see http_exception::BLOCKED});
 * a refused connection or unknown host is {@see http_exception::UNREACHABLE}, a timeout
 * {@see http_exception::TIMEOUT}, an answer outside 2xx {@see http_exception::STATUS} with its
 * status and body.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class curl_transport implements transport {
    /** @var int cURL's error number for a timeout (CURLE_OPERATION_TIMEDOUT) */
    private const CURLE_TIMEOUT = 28;

    /**
     * Fetches a URL with GET.
     *
     * @param string $url the URL
     * @param timeouts $timeouts how long to wait
     * @param string[] $headers extra request headers
     * @return string the body of an answer with a 2xx status
     */
    public function get(string $url, timeouts $timeouts, array $headers = []): string {
        $options = $this->options($url, $timeouts);
        $curl = $this->curl($url, $headers);
        $body = $curl->get($url, [], $options);
        return $this->result($url, $curl, $body);
    }

    /**
     * Sends a body to a URL with POST.
     *
     * @param string $url the URL
     * @param string $body the request body
     * @param string $contenttype its content type
     * @param timeouts $timeouts how long to wait
     * @param string[] $headers extra request headers
     * @return string the body of an answer with a 2xx status
     */
    public function post(string $url, string $body, string $contenttype, timeouts $timeouts, array $headers = []): string {
        $options = $this->options($url, $timeouts);
        $curl = $this->curl($url, array_merge(['Content-Type: ' . $contenttype], $headers));
        $answer = $curl->post($url, $body, $options);
        return $this->result($url, $curl, $answer);
    }

    /**
     * The address of a URL for messages: scheme, host, port and path, never the query.
     *
     * @param string $url the URL
     * @return string
     */
    public static function where(string $url): string {
        $parts = parse_url($url);
        if (!is_array($parts) || empty($parts['host'])) {
            return '(invalid URL)';
        }
        return ($parts['scheme'] ?? 'http') . '://' . $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '')
            . ($parts['path'] ?? '/');
    }

    /**
     * A curl object for a URL the guard allows.
     *
     * @param string $url the URL
     * @param string[] $headers request headers
     * @return \curl
     * @throws http_exception BLOCKED when the guard refuses the URL
     */
    private function curl(string $url, array $headers): \curl {
        global $CFG;
        require_once($CFG->libdir . '/filelib.php');
        if ((new \core\files\curl_security_helper())->url_is_blocked($url)) {
            throw new http_exception(
                http_exception::BLOCKED,
                self::where($url),
                'blocked by curlsecurityblockedhosts or curlsecurityallowedport'
            );
        }
        $curl = new \curl(['ignoresecurity' => false]);
        if ($headers) {
            $curl->setHeader($headers);
        }
        return $curl;
    }

    /**
     * The curl options of a request, in milliseconds so that what is left of a page's deadline counts.
     *
     * @param string $url where the request goes
     * @param timeouts $timeouts how long to wait
     * @return array
     * @throws http_exception when the deadline of the timeouts has passed (then nothing is sent)
     */
    private function options(string $url, timeouts $timeouts): array {
        $total = $timeouts->total_ms();
        if ($total < 1) {
            throw new http_exception(http_exception::TIMEOUT, self::where($url), 'the time budget of the page is used up');
        }
        return [
            'CURLOPT_CONNECTTIMEOUT_MS' => $timeouts->connect_ms(),
            'CURLOPT_TIMEOUT_MS' => $total,
            // Timeouts under a second need this with resolvers that time out by signal.
            'CURLOPT_NOSIGNAL' => 1,
            'CURLOPT_FOLLOWLOCATION' => false,
        ];
    }

    /**
     * Turns curl's outcome into the body or an exception.
     *
     * @param string $url the URL
     * @param \curl $curl the curl object after the request
     * @param mixed $body what the request returned
     * @return string
     */
    private function result(string $url, \curl $curl, mixed $body): string {
        $where = self::where($url);
        $errno = (int) $curl->get_errno();
        $status = (int) ($curl->get_info()['http_code'] ?? 0);
        if ($errno === self::CURLE_TIMEOUT) {
            throw new http_exception(http_exception::TIMEOUT, $where, 'no answer in time: ' . $curl->error);
        }
        if ($errno !== 0) {
            throw new http_exception(http_exception::UNREACHABLE, $where, "cURL error $errno: " . $curl->error);
        }
        if ($status === 0) {
            // No HTTP answer and no cURL error: a security helper of another plugin refused the URL.
            throw new http_exception(http_exception::BLOCKED, $where, 'refused by Moodle: ' . $curl->error);
        }
        if ($status < 200 || $status > 299) {
            throw new http_exception(http_exception::STATUS, $where, "HTTP status $status", $status, (string) $body);
        }
        return (string) $body;
    }
}
