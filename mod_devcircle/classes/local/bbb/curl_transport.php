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

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->libdir . '/filelib.php');

/**
 * HTTP through Moodle's curl class: proxy settings and the outgoing-request guard apply.
 *
 * Short timeouts, so that a server that silently drops packets cannot hang a page.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class curl_transport implements http_transport {
    /**
     * Creates the transport.
     *
     * @param int $connecttimeout seconds to wait for the connection
     * @param int $timeout seconds to wait for the whole answer
     */
    public function __construct(
        /** @var int seconds to wait for the connection */
        private readonly int $connecttimeout = 5,
        /** @var int seconds to wait for the whole answer */
        private readonly int $timeout = 15,
    ) {
    }

    /**
     * Fetches a URL with GET.
     *
     * @param string $url the signed URL
     * @return string the body of a successful answer
     */
    public function get(string $url): string {
        $curl = new \curl(['ignoresecurity' => false]);
        $body = $curl->get($url, [], $this->options());
        return $this->result($curl, $body);
    }

    /**
     * Posts a body to a URL.
     *
     * @param string $url the signed URL
     * @param string $body the request body
     * @param string $contenttype its content type
     * @return string the body of a successful answer
     */
    public function post(string $url, string $body, string $contenttype): string {
        $curl = new \curl(['ignoresecurity' => false]);
        $curl->setHeader(['Content-Type: ' . $contenttype]);
        $answer = $curl->post($url, $body, $this->options());
        return $this->result($curl, $answer);
    }

    /**
     * The curl options of every request.
     *
     * @return array
     */
    private function options(): array {
        return [
            'CURLOPT_CONNECTTIMEOUT' => $this->connecttimeout,
            'CURLOPT_TIMEOUT' => $this->timeout,
            'CURLOPT_FOLLOWLOCATION' => false,
        ];
    }

    /**
     * Turns curl's outcome into the body or a clear exception.
     *
     * @param \curl $curl the curl object after the request
     * @param mixed $body what the request returned
     * @return string
     */
    private function result(\curl $curl, $body): string {
        $info = $curl->get_info();
        $status = (int) ($info['http_code'] ?? 0);
        if ($curl->get_errno() === 0 && $status === 0 && !empty($curl->error)) {
            // Moodle's outgoing-request guard: no request was made.
            throw new bbb_exception(bbb_exception::BLOCKED, '', 'Blocked by curlsecurityblockedhosts/curlsecurityallowedport');
        }
        if ($curl->get_errno() !== 0) {
            throw new bbb_exception(bbb_exception::UNREACHABLE, '', 'cURL error ' . $curl->get_errno() . ': ' . $curl->error);
        }
        if ($status !== 200) {
            throw new bbb_exception(bbb_exception::UNREACHABLE, '', 'HTTP status ' . $status);
        }
        return (string) $body;
    }
}
