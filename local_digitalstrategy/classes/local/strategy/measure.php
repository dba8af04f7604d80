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
 * A measure towards a goal of an organisation's strategy, as it stands on the Plan-Do-Check-Act
 * board: an immutable value built from its record (joined with its strategy's organisation).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class measure {
    /** @var string The table. */
    public const TABLE = 'local_digitalstrategy_measure';
    /** @var string[] The phases, in board order. */
    public const PHASES = strategy_summary::PHASES;

    /**
     * Creates the measure.
     *
     * @param int $id
     * @param int $orgid the organisation whose strategy the measure belongs to
     * @param int $strategyid
     * @param int $goalid
     * @param string $title plain text as entered
     * @param string $description plain text as entered
     * @param int $ownerid the member responsible, 0 for nobody
     * @param int $startdate timestamp, 0 when open
     * @param int $duedate timestamp, 0 when open
     * @param int|null $fieldid the experiment field
     * @param string $phase plan, do, check or act
     * @param int $sortorder position within its phase
     * @param string $evaluation Check: how it was evaluated
     * @param string $evaluationurl Check: link to a survey or feedback result
     * @param string $lesson Act: the lesson learned
     * @param bool $transferable Act: the lesson is a transferable recommendation
     * @param int $version raised on every change
     * @param int $timemodified
     * @param int $usermodified
     */
    public function __construct(
        /** @var int */
        public readonly int $id,
        /** @var int */
        public readonly int $orgid,
        /** @var int */
        public readonly int $strategyid,
        /** @var int */
        public readonly int $goalid,
        /** @var string */
        public readonly string $title,
        /** @var string */
        public readonly string $description,
        /** @var int */
        public readonly int $ownerid,
        /** @var int */
        public readonly int $startdate,
        /** @var int */
        public readonly int $duedate,
        /** @var int|null */
        public readonly ?int $fieldid,
        /** @var string */
        public readonly string $phase,
        /** @var int */
        public readonly int $sortorder,
        /** @var string */
        public readonly string $evaluation,
        /** @var string */
        public readonly string $evaluationurl,
        /** @var string */
        public readonly string $lesson,
        /** @var bool */
        public readonly bool $transferable,
        /** @var int */
        public readonly int $version,
        /** @var int */
        public readonly int $timemodified,
        /** @var int */
        public readonly int $usermodified,
    ) {
    }

    /**
     * The measure of a record of the measure table that also carries its strategy's orgid.
     *
     * @param stdClass $record
     * @return self
     */
    public static function from_record(stdClass $record): self {
        return new self(
            (int) $record->id,
            (int) $record->orgid,
            (int) $record->strategyid,
            (int) $record->goalid,
            (string) $record->title,
            (string) ($record->description ?? ''),
            (int) $record->ownerid,
            (int) $record->startdate,
            (int) $record->duedate,
            $record->fieldid === null ? null : (int) $record->fieldid,
            (string) $record->phase,
            (int) $record->sortorder,
            (string) ($record->evaluation ?? ''),
            (string) $record->evaluationurl,
            (string) ($record->lesson ?? ''),
            (bool) $record->transferable,
            (int) $record->version,
            (int) $record->timemodified,
            (int) $record->usermodified,
        );
    }

    /**
     * Whether the measure is past its due date and not yet in Act (done measures are never overdue).
     *
     * @param int $now
     * @return bool
     */
    public function is_overdue(int $now): bool {
        return $this->duedate > 0 && $this->duedate < $now && $this->phase !== 'act';
    }

    /**
     * Whether a phase is one of the board's.
     *
     * @param string $phase
     * @return bool
     */
    public static function is_phase(string $phase): bool {
        return in_array($phase, self::PHASES, true);
    }
}
