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
 * One entry of the best-practice collection: a released transferable measure. The organisation's
 * name is there only when the leadership released it named; an anonymised entry knows nothing of
 * its organisation, owner, author or strategy.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class bestpractice_entry {
    /**
     * Creates the entry.
     *
     * @param int $id the measure
     * @param string $title
     * @param string $description
     * @param string $lesson the lesson learned
     * @param int|null $fieldid experiment field
     * @param string $fieldidnumber key of a shipped field, '' otherwise
     * @param string $fieldname name of a field the project team added
     * @param string $dimension the goal's check dimension, '' when none
     * @param string|null $orgname the organisation's name, null when anonymised
     * @param int $timemodified when the measure last changed (its release too)
     */
    private function __construct(
        /** @var int */
        public readonly int $id,
        /** @var string */
        public readonly string $title,
        /** @var string */
        public readonly string $description,
        /** @var string */
        public readonly string $lesson,
        /** @var int|null */
        public readonly ?int $fieldid,
        /** @var string */
        public readonly string $fieldidnumber,
        /** @var string */
        public readonly string $fieldname,
        /** @var string */
        public readonly string $dimension,
        /** @var string|null */
        public readonly ?string $orgname,
        /** @var int */
        public readonly int $timemodified,
    ) {
    }

    /**
     * Builds the entry from a row of bestpractice_repository::search().
     *
     * @param stdClass $record
     * @return self
     */
    public static function from_record(stdClass $record): self {
        $named = (int) $record->named === 1 && $record->orgname !== null;
        return new self(
            (int) $record->id,
            (string) $record->title,
            (string) ($record->description ?? ''),
            (string) ($record->lesson ?? ''),
            $record->fieldid === null ? null : (int) $record->fieldid,
            (string) ($record->fieldidnumber ?? ''),
            (string) ($record->fieldname ?? ''),
            (string) $record->dimension,
            $named ? (string) $record->orgname : null,
            (int) $record->timemodified,
        );
    }

    /**
     * Whether the entry is published with the organisation's name.
     *
     * @return bool
     */
    public function is_named(): bool {
        return $this->orgname !== null;
    }
}
