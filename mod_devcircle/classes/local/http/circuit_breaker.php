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
 * A transport that does not ask a server again for a while after it could not be reached or
 * did not answer in time, so that one hung server costs one user one timeout, not every user
 * every request.
 *
 * The failure is remembered per server (scheme, host and port) in Moodle's application cache
 * (the definition "circuit" in db/caches.php), so it is shared by all users and requests. While
 * it is remembered, a request fails at once with the same kind of {@see http_exception} and
 * nothing is sent. Once the pause is over the next request asks the server again: an answer
 * forgets the failure, another failure starts a new pause. Answers with an error status and
 * requests the outgoing-request guard refuses are passed on and never remembered: the server
 * answered, or was never asked.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class circuit_breaker implements transport {
    /** @var int seconds a server that failed is not asked again by default */
    public const PAUSE = 30;

    /**
     * Creates the transport.
     *
     * @param transport $inner the transport that sends the requests
     * @param \core\clock $clock the clock
     * @param int $pause seconds a server that failed is not asked again
     */
    public function __construct(
        /** @var transport the transport that sends the requests */
        private readonly transport $inner,
        /** @var \core\clock the clock */
        private readonly \core\clock $clock,
        /** @var int seconds a server that failed is not asked again */
        private readonly int $pause = self::PAUSE,
    ) {
    }

    /**
     * Fetches a URL with GET, unless its server failed a moment ago.
     *
     * @param string $url the URL
     * @param timeouts $timeouts how long to wait
     * @param string[] $headers extra request headers
     * @return string the body of an answer with a 2xx status
     */
    public function get(string $url, timeouts $timeouts, array $headers = []): string {
        return $this->guarded($url, fn(): string => $this->inner->get($url, $timeouts, $headers));
    }

    /**
     * Sends a body to a URL with POST, unless its server failed a moment ago.
     *
     * @param string $url the URL
     * @param string $body the request body
     * @param string $contenttype its content type
     * @param timeouts $timeouts how long to wait
     * @param string[] $headers extra request headers
     * @return string the body of an answer with a 2xx status
     */
    public function post(string $url, string $body, string $contenttype, timeouts $timeouts, array $headers = []): string {
        return $this->guarded($url, fn(): string => $this->inner->post($url, $body, $contenttype, $timeouts, $headers));
    }

    /**
     * Whether a server is resting after a failure, i.e. is not asked now.
     *
     * @param string $url any URL of the server
     * @return bool
     */
    public function is_resting(string $url): bool {
        return $this->failure($url) !== null;
    }

    /**
     * Forgets the failure of a server, so that the next request asks it again.
     *
     * @param string $url any URL of the server
     * @return void
     */
    public function forget(string $url): void {
        self::cache()->delete(self::key($url));
    }

    /**
     * Sends a request unless the server is resting; remembers a failure to reach it.
     *
     * @param string $url the URL
     * @param callable(): string $request sends the request
     * @return string the body of the answer
     * @throws http_exception
     */
    private function guarded(string $url, callable $request): string {
        $failure = $this->failure($url);
        if ($failure !== null) {
            $ago = $this->clock->time() - $failure['time'];
            throw new http_exception(
                $failure['kind'],
                curl_transport::where($url),
                "not asked: the server failed {$ago} s ago ({$failure['detail']}); asked again after {$this->pause} s"
            );
        }
        try {
            $body = $request();
        } catch (http_exception $e) {
            if ($e->is_unreachable()) {
                self::cache()->set(self::key($url), [
                    'kind' => $e->kind,
                    'time' => $this->clock->time(),
                    'detail' => \core_text::substr((string) $e->debuginfo, 0, 200),
                ]);
            }
            throw $e;
        }
        return $body;
    }

    /**
     * The remembered failure of a server while its pause lasts.
     *
     * @param string $url any URL of the server
     * @return array{kind: string, time: int, detail: string}|null
     */
    private function failure(string $url): ?array {
        $failure = self::cache()->get(self::key($url));
        if (!is_array($failure) || !isset($failure['kind'], $failure['time'])) {
            return null;
        }
        if ($failure['time'] + $this->pause <= $this->clock->time()) {
            return null;
        }
        return $failure + ['detail' => ''];
    }

    /**
     * The cache key of a server: a hash of scheme, host and port.
     *
     * @param string $url any URL of the server
     * @return string
     */
    private static function key(string $url): string {
        $parts = parse_url($url) ?: [];
        $scheme = strtolower($parts['scheme'] ?? 'http');
        $port = $parts['port'] ?? ($scheme === 'https' ? 443 : 80);
        return sha1($scheme . '://' . strtolower($parts['host'] ?? '') . ':' . $port);
    }

    /**
     * The application cache of remembered failures.
     *
     * @return \cache
     */
    private static function cache(): \cache {
        return \cache::make('mod_devcircle', 'circuit');
    }
}
