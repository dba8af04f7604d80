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
 * A recording as getRecordings describes it.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class recording {
    /**
     * Creates the value.
     *
     * @param string $recordid the record ID
     * @param string $meetingid the meeting it belongs to
     * @param string $name its name
     * @param bool $published whether it can be played
     * @param string $state published, unpublished, processing, deleted…
     * @param int $starttime start, Unix time in seconds
     * @param int $endtime end, Unix time in seconds
     * @param int $participants how many took part
     * @param array<string, string> $playbacks playback format => URL
     * @param array<string, string> $metadata meta_ values, keys lower-cased
     */
    public function __construct(
        /** @var string the record ID */
        public readonly string $recordid,
        /** @var string the meeting it belongs to */
        public readonly string $meetingid,
        /** @var string its name */
        public readonly string $name,
        /** @var bool whether it can be played */
        public readonly bool $published,
        /** @var string published, unpublished, processing, deleted… */
        public readonly string $state,
        /** @var int start, Unix time in seconds */
        public readonly int $starttime,
        /** @var int end, Unix time in seconds */
        public readonly int $endtime,
        /** @var int how many took part */
        public readonly int $participants,
        /** @var array<string, string> playback format => URL */
        public readonly array $playbacks,
        /** @var array<string, string> meta_ values, keys lower-cased */
        public readonly array $metadata,
    ) {
    }

    /**
     * Reads a <recording> element.
     *
     * @param \SimpleXMLElement $xml the element
     * @return self
     */
    public static function from_xml(\SimpleXMLElement $xml): self {
        $playbacks = [];
        if (isset($xml->playback->format)) {
            foreach ($xml->playback->format as $format) {
                $url = (string) $format->url;
                if ($url !== '') {
                    $playbacks[(string) $format->type] = $url;
                }
            }
        }
        $metadata = [];
        if (isset($xml->metadata)) {
            foreach ($xml->metadata->children() as $child) {
                $metadata[strtolower($child->getName())] = (string) $child;
            }
        }
        return new self(
            (string) $xml->recordID,
            (string) $xml->meetingID,
            (string) $xml->name,
            xml_reader::bool($xml->published),
            (string) ($xml->state ?? '') ?: (xml_reader::bool($xml->published) ? 'published' : 'unpublished'),
            intdiv((int) $xml->startTime, 1000),
            intdiv((int) $xml->endTime, 1000),
            (int) $xml->participants,
            $playbacks,
            $metadata,
        );
    }

    /**
     * The URL to play the recording: the presentation format if there is one, else the first.
     *
     * @return string|null
     */
    public function playback_url(): ?string {
        return $this->playbacks['presentation'] ?? (array_values($this->playbacks)[0] ?? null);
    }
}
