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

namespace mod_devcircle\local\etherpad;

/**
 * A call to Etherpad failed: not configured, blocked, unreachable, refused or answered with an error.
 *
 * The message is a plain-language string of mod_devcircle; the debug info carries the technical
 * detail (never the API key).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class etherpad_exception extends \moodle_exception {
    /** @var string Etherpad URL or API key missing in the settings. */
    public const NOT_CONFIGURED = 'etherpad_notconfigured';
    /** @var string Moodle's outgoing-request guard blocks the Etherpad URL. */
    public const BLOCKED = 'etherpad_blocked';
    /** @var string No answer: connection refused, host unknown or timeout. */
    public const UNREACHABLE = 'etherpad_unreachable';
    /** @var string An answer that is not Etherpad's API (HTML page, HTTP error, broken JSON). */
    public const BAD_RESPONSE = 'etherpad_badresponse';
    /** @var string Etherpad refused the API key. */
    public const WRONG_KEY = 'etherpad_wrongkey';
    /** @var string Etherpad answered with an error code for the call. */
    public const API_ERROR = 'etherpad_apierror';

    /** @var string one of the constants above */
    public readonly string $kind;

    /**
     * Creates the exception.
     *
     * @param string $kind one of the constants of this class
     * @param string $debuginfo technical detail for developers and logs; must not contain the API key
     * @param string|null $a parameter of the message (the API error message for API_ERROR)
     */
    public function __construct(string $kind, string $debuginfo = '', ?string $a = null) {
        $this->kind = $kind;
        parent::__construct($kind, 'mod_devcircle', '', $a, $debuginfo);
    }

    /**
     * Whether Etherpad could not be reached at all (as opposed to answering with an error).
     *
     * @return bool
     */
    public function is_unavailable(): bool {
        return in_array($this->kind, [self::NOT_CONFIGURED, self::BLOCKED, self::UNREACHABLE, self::BAD_RESPONSE], true);
    }
}
