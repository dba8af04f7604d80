<?php
// This file is part of Moodle - https://moodle.org/
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
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\local\strategy;

use stdClass;

/**
 * A process-advice note of the expert forum about an organisation: plain text, visible like the
 * resistance analyses. The author is a user id, 0 once that user's data was deleted.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class resistance_advice {
    /** @var int Longest note accepted. */
    public const MAX_NOTE = 10000;

    /**
     * Creates the value.
     *
     * @param int $id
     * @param int $orgid
     * @param string $note
     * @param int $userid author, 0 when deleted
     * @param int $timecreated
     * @param int $timemodified
     */
    public function __construct(
        /** @var int */
        public readonly int $id,
        /** @var int */
        public readonly int $orgid,
        /** @var string */
        public readonly string $note,
        /** @var int */
        public readonly int $userid,
        /** @var int */
        public readonly int $timecreated,
        /** @var int */
        public readonly int $timemodified,
    ) {
    }

    /**
     * The value of a stored record.
     *
     * @param stdClass $record
     * @return self
     */
    public static function from_record(stdClass $record): self {
        return new self(
            (int) $record->id,
            (int) $record->orgid,
            (string) $record->note,
            (int) $record->userid,
            (int) $record->timecreated,
            (int) $record->timemodified
        );
    }

    /**
     * The problem of a proposed note, as a language string key, or null.
     *
     * @param string $note
     * @return string|null
     */
    public static function validate(string $note): ?string {
        if (trim($note) === '') {
            return 'advice_error_empty';
        }
        return \core_text::strlen($note) > self::MAX_NOTE ? 'advice_error_toolong' : null;
    }
}
