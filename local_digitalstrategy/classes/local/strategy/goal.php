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
 * A goal of a strategy: title, why it matters, its measurable target and due date, the check
 * dimension it relates to and, when it was made from the check, the dimension's score of that
 * moment (the baseline) with the run it comes from. Immutable.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class goal {
    /** @var string Table of goals. */
    public const TABLE = 'local_digitalstrategy_goal';
    /** @var string[] Fields a diff compares, in order. */
    public const COMPARED = ['title', 'rationale', 'target', 'duedate', 'dimension', 'baseline'];

    /**
     * Creates the goal.
     *
     * @param int $id
     * @param int $strategyid
     * @param string $title
     * @param string $rationale why the goal matters
     * @param string $target the measurable target
     * @param int $duedate timestamp, 0 when open
     * @param string $dimension check dimension key, '' when none
     * @param float|null $baseline dimension score 0-100 when made from the check
     * @param int|null $baselinerunid the submitted run the baseline comes from
     * @param int $sortorder
     * @param int $usermodified
     * @param int $timemodified
     */
    public function __construct(
        /** @var int */
        public readonly int $id,
        /** @var int */
        public readonly int $strategyid,
        /** @var string */
        public readonly string $title,
        /** @var string */
        public readonly string $rationale,
        /** @var string */
        public readonly string $target,
        /** @var int */
        public readonly int $duedate,
        /** @var string */
        public readonly string $dimension,
        /** @var float|null */
        public readonly ?float $baseline,
        /** @var int|null */
        public readonly ?int $baselinerunid,
        /** @var int */
        public readonly int $sortorder = 0,
        /** @var int */
        public readonly int $usermodified = 0,
        /** @var int */
        public readonly int $timemodified = 0,
    ) {
    }

    /**
     * Builds a goal from a record of local_digitalstrategy_goal.
     *
     * @param stdClass $record
     * @return self
     */
    public static function from_record(stdClass $record): self {
        return new self(
            (int) $record->id,
            (int) $record->strategyid,
            (string) $record->title,
            (string) ($record->rationale ?? ''),
            (string) ($record->target ?? ''),
            (int) $record->duedate,
            (string) $record->dimension,
            $record->baseline === null ? null : (float) $record->baseline,
            empty($record->baselinerunid) ? null : (int) $record->baselinerunid,
            (int) ($record->sortorder ?? 0),
            (int) ($record->usermodified ?? 0),
            (int) ($record->timemodified ?? 0),
        );
    }

    /**
     * Builds a goal from the array stored in an adopted version.
     *
     * @param array $data from to_array()
     * @return self
     */
    public static function from_array(array $data): self {
        return self::from_record((object) ($data + ['strategyid' => 0]));
    }

    /**
     * The goal as stored in an adopted version's document.
     *
     * @return array
     */
    public function to_array(): array {
        return [
            'id' => $this->id,
            'title' => $this->title,
            'rationale' => $this->rationale,
            'target' => $this->target,
            'duedate' => $this->duedate,
            'dimension' => $this->dimension,
            'baseline' => $this->baseline,
            'baselinerunid' => $this->baselinerunid,
            'sortorder' => $this->sortorder,
        ];
    }
}
