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

/**
 * Sends one HTTP request to the BigBlueButton server and returns the body of a 200 answer.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
interface http_transport {
    /**
     * Fetches a URL with GET.
     *
     * @param string $url the signed URL
     * @return string the body of a successful answer
     * @throws bbb_exception UNREACHABLE or BLOCKED when there is no usable answer
     */
    public function get(string $url): string;

    /**
     * Posts a body to a URL.
     *
     * @param string $url the signed URL
     * @param string $body the request body
     * @param string $contenttype its content type
     * @return string the body of a successful answer
     * @throws bbb_exception UNREACHABLE or BLOCKED when there is no usable answer
     */
    public function post(string $url, string $body, string $contenttype): string;
}
