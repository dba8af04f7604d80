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

namespace local_digitalstrategy\local\questionnaire;

use stdClass;

/**
 * One run of an instrument by an organisation: open while members answer, then submitted.
 * Immutable; run_repository changes runs.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class run {
    /** @var string Table of runs. */
    public const TABLE = 'local_digitalstrategy_run';
    /** @var int Open: members answer. */
    public const STATUS_OPEN = 0;
    /** @var int Submitted: answers are final, scores are kept. */
    public const STATUS_SUBMITTED = 1;

    /**
     * Use from_record().
     *
     * @param stdClass $record a record of local_digitalstrategy_run
     */
    private function __construct(
        /** @var stdClass the record */
        private readonly stdClass $record,
    ) {
    }

    /**
     * Wraps a record.
     *
     * @param stdClass $record
     * @return self
     */
    public static function from_record(stdClass $record): self {
        return new self(clone $record);
    }

    /**
     * The run's id.
     *
     * @return int
     */
    public function get_id(): int {
        return (int) $this->record->id;
    }

    /**
     * The organisation.
     *
     * @return int the organisation
     */
    public function get_orgid(): int {
        return (int) $this->record->orgid;
    }

    /**
     * The instrument version.
     *
     * @return int the instrument version
     */
    public function get_instrumentid(): int {
        return (int) $this->record->instrumentid;
    }

    /**
     * Whether members may still answer.
     *
     * @return bool whether members may still answer
     */
    public function is_open(): bool {
        return (int) $this->record->status === self::STATUS_OPEN;
    }

    /**
     * Whether the run was submitted.
     *
     * @return bool whether the run was submitted
     */
    public function is_submitted(): bool {
        return (int) $this->record->status === self::STATUS_SUBMITTED;
    }

    /**
     * Overall score when submitted.
     *
     * @return float|null overall score when submitted
     */
    public function get_score(): ?float {
        return $this->record->score === null ? null : (float) $this->record->score;
    }

    /**
     * Overall maturity level when submitted.
     *
     * @return int|null overall maturity level when submitted
     */
    public function get_maturity(): ?int {
        return $this->record->maturity === null ? null : (int) $this->record->maturity;
    }

    /**
     * When the run was started.
     *
     * @return int when the run was started
     */
    public function get_timecreated(): int {
        return (int) $this->record->timecreated;
    }

    /**
     * When the run was submitted (0 while open).
     *
     * @return int when the run was submitted (0 while open)
     */
    public function get_timesubmitted(): int {
        return (int) $this->record->timesubmitted;
    }

    /**
     * Who submitted it (0 while open).
     *
     * @return int who submitted it (0 while open)
     */
    public function get_usersubmitted(): int {
        return (int) $this->record->usersubmitted;
    }

    /**
     * Who started it.
     *
     * @return int who started it
     */
    public function get_usercreated(): int {
        return (int) $this->record->usercreated;
    }

    /**
     * A copy of the record.
     *
     * @return stdClass a copy of the record
     */
    public function to_record(): stdClass {
        return clone $this->record;
    }
}
