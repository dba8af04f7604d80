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
 * What getMeetingInfo tells about a meeting that exists on the server.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class meeting_info {
    /**
     * Creates the value.
     *
     * @param string $meetingid the meeting ID
     * @param bool $running whether somebody is in the meeting
     * @param int $participantcount how many are in it
     * @param int $moderatorcount how many of them are moderators
     * @param int $createtime creation time on the server, in milliseconds
     * @param bool $forciblyended whether a moderator ended it
     */
    public function __construct(
        /** @var string the meeting ID */
        public readonly string $meetingid,
        /** @var bool whether somebody is in the meeting */
        public readonly bool $running,
        /** @var int how many are in it */
        public readonly int $participantcount,
        /** @var int how many of them are moderators */
        public readonly int $moderatorcount,
        /** @var int creation time on the server, in milliseconds */
        public readonly int $createtime,
        /** @var bool whether a moderator ended it */
        public readonly bool $forciblyended = false,
    ) {
    }

    /**
     * Reads the value from a getMeetingInfo answer (or a getMeetings entry).
     *
     * @param \SimpleXMLElement $xml the <response> or <meeting> element
     * @return self
     */
    public static function from_xml(\SimpleXMLElement $xml): self {
        return new self(
            (string) $xml->meetingID,
            xml_reader::bool($xml->running),
            (int) $xml->participantCount,
            (int) $xml->moderatorCount,
            (int) $xml->createTime,
            xml_reader::bool($xml->hasBeenForciblyEnded),
        );
    }
}
