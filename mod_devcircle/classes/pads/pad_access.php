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

namespace mod_devcircle\pads;

/**
 * What a user gets to open a pad: the address for the browser and whether it is read-only.
 *
 * The Etherpad session ID is only for the `sessionID` cookie; it is not shown on a page.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pad_access {
    /**
     * Creates the value.
     *
     * @param string $url address of the pad (the read-only address for readers)
     * @param bool $readonly whether the user may only read
     * @param string $sessionid Etherpad session ID for the cookie
     * @param int $validuntil when the session ends
     */
    public function __construct(
        /** @var string address of the pad (the read-only address for readers) */
        public readonly string $url,
        /** @var bool whether the user may only read */
        public readonly bool $readonly,
        /** @var string Etherpad session ID for the cookie */
        public readonly string $sessionid,
        /** @var int when the session ends */
        public readonly int $validuntil,
    ) {
    }
}
