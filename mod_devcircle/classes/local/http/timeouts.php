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
 * A page budget also has a deadline for all its requests together: a server that is slow but alive
 * (each answer just inside its own budget) must not add up to many seconds over several calls.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class timeouts {
    /** @var float seconds all requests of one page budget may take together */
    public const PAGE_DEADLINE = 1.5;

    /**
     * Creates the value.
     *
     * @param int $connect seconds to wait for the connection
     * @param int $total seconds the whole request may take
     * @param float|null $deadline microtime(true) by which every request made with these timeouts must be done, or null
     */
    public function __construct(
        /** @var int seconds to wait for the connection */
        public readonly int $connect = 3,
        /** @var int seconds the whole request may take */
        public readonly int $total = 10,
        /** @var float|null microtime(true) by which every request made with these timeouts must be done, or null */
        public readonly ?float $deadline = null,
    ) {
        if ($connect < 1 || $total < $connect) {
            throw new \coding_exception("Invalid timeouts: connect $connect s, total $total s");
        }
    }

    /**
     * Milliseconds the next request may take in all: its own budget, cut to what is left before the
     * deadline (0 when nothing is left).
     *
     * @return int
     */
    public function total_ms(): int {
        $ms = $this->total * 1000;
        if ($this->deadline !== null) {
            $ms = min($ms, (int) floor(($this->deadline - microtime(true)) * 1000));
        }
        return max(0, $ms);
    }

    /**
     * Milliseconds the next request may wait for its connection (never more than it may take in all).
     *
     * @return int
     */
    public function connect_ms(): int {
        return min($this->connect * 1000, $this->total_ms());
    }

    /**
     * The budget of the requests made while a page (or a web service a page loads) is answered:
     * 1 s each and 1.5 s for all of them from now, so that the page is there in 2 s whatever the
     * server does. Make it where the page starts asking, not earlier.
     *
     * @return self
     */
    public static function for_page(): self {
        return new self(1, 1, microtime(true) + self::PAGE_DEADLINE);
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
