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
 * A problem with the BigBlueButton server, as a plain-language message for the user.
 *
 * The error code is one of the bbb_error_* strings of mod_devcircle; BigBlueButton's own
 * message key goes into the debug information only (for admins with debugging on), never the
 * shared secret or a signed URL.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class bbb_exception extends \moodle_exception {
    /** @var string no server URL or secret configured */
    public const NOT_CONFIGURED = 'bbb_error_notconfigured';
    /** @var string no answer, a refused connection, a timeout, an HTTP error or no XML */
    public const UNREACHABLE = 'bbb_error_unreachable';
    /** @var string the server refused our checksum: wrong secret or algorithm */
    public const CHECKSUM = 'bbb_error_checksum';
    /** @var string the meeting does not exist (any more) */
    public const NOT_FOUND = 'bbb_error_notfound';
    /** @var string the server has reached its limit of meetings */
    public const MAX_CONCURRENT = 'bbb_error_maxconcurrent';
    /** @var string the outgoing-request guard of Moodle blocked the server URL */
    public const BLOCKED = 'bbb_error_blocked';
    /** @var string any other FAILED answer */
    public const FAILED = 'bbb_error_failed';

    /** @var string[] BigBlueButton message keys with a message of their own */
    private const BY_MESSAGEKEY = [
        'checksumError' => self::CHECKSUM,
        'notFound' => self::NOT_FOUND,
        'invalidMeetingIdentifier' => self::NOT_FOUND,
        'maxConcurrent' => self::MAX_CONCURRENT,
    ];

    /** @var string BigBlueButton's message key, '' when the server did not answer */
    public readonly string $messagekey;

    /**
     * Creates the exception.
     *
     * @param string $errorcode one of the constants of this class
     * @param string $messagekey BigBlueButton's message key, if any
     * @param string $debuginfo details for admins (never secrets or signed URLs)
     */
    public function __construct(string $errorcode, string $messagekey = '', string $debuginfo = '') {
        $this->messagekey = $messagekey;
        parent::__construct($errorcode, 'mod_devcircle', '', null, $debuginfo !== '' ? $debuginfo : null);
    }

    /**
     * The exception for a request that brought no usable answer.
     *
     * @param \mod_devcircle\local\http\http_exception $e what the transport reported
     * @return self BLOCKED for Moodle's outgoing-request guard, UNREACHABLE for everything else
     */
    public static function from_http(\mod_devcircle\local\http\http_exception $e): self {
        $code = $e->kind === \mod_devcircle\local\http\http_exception::BLOCKED ? self::BLOCKED : self::UNREACHABLE;
        return new self($code, '', (string) $e->debuginfo);
    }

    /**
     * The exception for a FAILED answer with the given message key.
     *
     * @param string $messagekey BigBlueButton's message key
     * @param string $message BigBlueButton's message (not kept: free text from the server)
     * @return self
     */
    public static function from_failed_answer(string $messagekey, string $message): self {
        $code = self::BY_MESSAGEKEY[$messagekey] ?? self::FAILED;
        // Only the key, cleaned: the server's message is free text and could carry markup.
        $key = preg_replace('/[^A-Za-z0-9_.-]/', '', $messagekey);
        return new self($code, $key, 'BigBlueButton messageKey: ' . ($key !== '' ? $key : '(none)'));
    }
}
