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
 * How long a request may wait: for the connection, and for the whole answer.
 *
 * Short by default, so that a server that silently drops packets cannot hold a page. The budgets
 * of the suite: {@see self::for_page()} for requests made while a page or a web service that a
 * page loads is answered, {@see self::for_action()} for what a user asked for (start, join, end).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class timeouts {
    /**
     * Creates the value.
     *
     * @param int $connect seconds to wait for the connection
     * @param int $total seconds the whole request may take
     */
    public function __construct(
        /** @var int seconds to wait for the connection */
        public readonly int $connect = 3,
        /** @var int seconds the whole request may take */
        public readonly int $total = 10,
    ) {
        if ($connect < 1 || $total < $connect) {
            throw new \coding_exception("Invalid timeouts: connect $connect s, total $total s");
        }
    }

    /**
     * The budget of a request made while a page (or a web service a page loads) is answered:
     * 1 s, so that the page is there in 2 s whatever the server does.
     *
     * @return self
     */
    public static function for_page(): self {
        return new self(1, 1);
    }

    /**
     * The budget of a request a user action needs (start, join, end, publish): 2 s to connect,
     * 4 s in all, so that the user has the result or a clear message within 5 s.
     *
     * @return self
     */
    public static function for_action(): self {
        return new self(2, 4);
    }
}
