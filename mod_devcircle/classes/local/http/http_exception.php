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
 * An outgoing request brought no usable answer: blocked by Moodle's outgoing-request guard,
 * no connection, no answer in time, or an HTTP status outside 2xx.
 *
 * The clients of BigBlueButton and Etherpad catch it and throw their own exception with a
 * message for the user. The debug information names the address without its query (which may
 * carry a checksum) and never a request body (which may carry an API key).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class http_exception extends \moodle_exception {
    /** @var string Moodle's outgoing-request guard refused the address: no request was made */
    public const BLOCKED = 'http_blocked';
    /** @var string no connection: refused, unknown host, network error */
    public const UNREACHABLE = 'http_unreachable';
    /** @var string the connection or the answer took longer than allowed */
    public const TIMEOUT = 'http_timeout';
    /** @var string an answer with an HTTP status outside 2xx */
    public const STATUS = 'http_status';

    /**
     * Creates the exception.
     *
     * @param string $kind one of the constants of this class
     * @param string $where the address without its query
     * @param string $detail what happened, for developers
     * @param int $status the HTTP status of the answer, 0 without one
     * @param string $body the body of an answer with an error status, '' without one
     */
    public function __construct(
        /** @var string one of the constants of this class */
        public readonly string $kind,
        string $where,
        string $detail,
        /** @var int the HTTP status of the answer, 0 without one */
        public readonly int $status = 0,
        /** @var string the body of an answer with an error status */
        public readonly string $body = '',
    ) {
        parent::__construct($kind, 'mod_devcircle', '', null, trim("$where: $detail"));
    }

    /**
     * Whether the server could not be reached at all (as opposed to answering with an error status).
     *
     * @return bool
     */
    public function is_unreachable(): bool {
        return $this->kind === self::UNREACHABLE || $this->kind === self::TIMEOUT;
    }
}
