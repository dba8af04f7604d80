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

namespace mod_devcircle\tests;

use mod_devcircle\local\http\http_exception;
use mod_devcircle\local\http\timeouts;
use mod_devcircle\local\http\transport;

/**
 * An HTTP transport for tests: records every request and answers from a script of answers,
 * without a network. Bound in place of the real one with \core\di::set(transport::class, ...).
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class scripted_transport implements transport {
    /** @var array<int, array{method: string, url: string, body: string, timeouts: timeouts}> the requests seen */
    public array $requests = [];

    /** @var array<int, string|http_exception> what to answer, in order; the last answer repeats */
    private array $answers;

    /**
     * Creates the transport.
     *
     * @param string|http_exception ...$answers bodies to answer with, or failures to throw, in order
     */
    public function __construct(string|http_exception ...$answers) {
        $this->answers = $answers ?: [''];
    }

    /**
     * Records a GET and answers.
     *
     * @param string $url the URL
     * @param timeouts $timeouts how long to wait
     * @param string[] $headers extra request headers
     * @return string
     */
    public function get(string $url, timeouts $timeouts, array $headers = []): string {
        return $this->answer('GET', $url, '', $timeouts);
    }

    /**
     * Records a POST and answers.
     *
     * @param string $url the URL
     * @param string $body the request body
     * @param string $contenttype its content type
     * @param timeouts $timeouts how long to wait
     * @param string[] $headers extra request headers
     * @return string
     */
    public function post(string $url, string $body, string $contenttype, timeouts $timeouts, array $headers = []): string {
        return $this->answer('POST', $url, $body, $timeouts);
    }

    /**
     * The next answer.
     *
     * @param string $method GET or POST
     * @param string $url the URL
     * @param string $body the request body
     * @param timeouts $timeouts how long to wait
     * @return string
     */
    private function answer(string $method, string $url, string $body, timeouts $timeouts): string {
        $this->requests[] = ['method' => $method, 'url' => $url, 'body' => $body, 'timeouts' => $timeouts];
        $answer = count($this->answers) > 1 ? array_shift($this->answers) : $this->answers[0];
        if ($answer instanceof http_exception) {
            throw $answer;
        }
        return $answer;
    }
}
