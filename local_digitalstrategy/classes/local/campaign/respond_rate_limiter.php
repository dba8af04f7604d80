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
 * Rate limits of the answering page and its web services, which answer without login: counters
 * per client address and per token in fixed windows, kept in an application cache (MUC, shared
 * by all web servers that share the cache store: local_digitalstrategy/respondlimits).
 *
 * Three limits: requests per address (autosave sends one request per answer, so this is generous),
 * requests per token, and unknown tokens per address — the one that stops guessing: after
 * MAX_FAILURES_PER_IP forged or mistyped links an address gets no answer for any link until the
 * window is over.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class respond_rate_limiter {
    /** @var int Length of a window in seconds. */
    public const WINDOW = 600;
    /** @var int Requests per address and window (generous: a whole conference may share one address). */
    public const MAX_PER_IP = 3000;
    /** @var int Requests per token and window. */
    public const MAX_PER_TOKEN = 300;
    /** @var int Unknown tokens per address and window. */
    public const MAX_FAILURES_PER_IP = 20;

    /**
     * Creates the limiter.
     *
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * Counts a request and refuses it when a limit is reached.
     *
     * @param string $ip the client's address
     * @param string $tokenhash the hash of the token used, '' when answering logged in
     * @throws respond_exception ratelimited
     */
    public function attempt(string $ip, string $tokenhash = ''): void {
        if ($this->count('fail', $ip) >= self::MAX_FAILURES_PER_IP) {
            throw new respond_exception('ratelimited');
        }
        if ($this->increment('ip', $ip) > self::MAX_PER_IP) {
            throw new respond_exception('ratelimited');
        }
        if ($tokenhash !== '' && $this->increment('token', $tokenhash) > self::MAX_PER_TOKEN) {
            throw new respond_exception('ratelimited');
        }
    }

    /**
     * Counts an unknown token from an address.
     *
     * @param string $ip the client's address
     */
    public function failure(string $ip): void {
        $this->increment('fail', $ip);
    }

    /**
     * The counter of a key in the current window.
     *
     * @param string $kind ip, token or fail
     * @param string $subject the address or the token hash
     * @return int
     */
    private function count(string $kind, string $subject): int {
        return (int) ($this->cache()->get($this->key($kind, $subject)) ?: 0);
    }

    /**
     * Raises the counter of a key in the current window.
     *
     * @param string $kind ip, token or fail
     * @param string $subject the address or the token hash
     * @return int the new count
     */
    private function increment(string $kind, string $subject): int {
        $key = $this->key($kind, $subject);
        $count = (int) ($this->cache()->get($key) ?: 0) + 1;
        $this->cache()->set($key, $count);
        return $count;
    }

    /**
     * The cache key: kind, a hash of the subject (addresses are not kept as such) and the window.
     *
     * @param string $kind
     * @param string $subject
     * @return string
     */
    private function key(string $kind, string $subject): string {
        return $kind . '_' . sha1($subject) . '_' . intdiv($this->clock->time(), self::WINDOW);
    }

    /**
     * The application cache of the counters (definition local_digitalstrategy/respondlimits).
     *
     * @return \cache
     */
    private function cache(): \cache {
        return \cache::make('local_digitalstrategy', 'respondlimits');
    }
}
