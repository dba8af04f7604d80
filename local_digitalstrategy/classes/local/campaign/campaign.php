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

namespace local_digitalstrategy\local\campaign;

use stdClass;

/**
 * A survey or feedback campaign: one instrument version run for a target group between two dates.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class campaign {
    /** @var string The table. */
    public const TABLE = 'local_digitalstrategy_campaign';

    /** @var string[] Target groups. */
    public const TARGETS = ['all', 'pilot', 'cohort', 'course', 'session', 'circle', 'event'];

    /** @var string[] Who answers: one response per organisation or per person. */
    public const RESPONDENTS = ['organisation', 'person'];

    /** @var string[] Life cycle. */
    public const STATUSES = ['draft', 'open', 'closed'];

    /** @var int Feedback results are never shown for fewer responses than this. */
    public const MIN_FEEDBACK_RESPONSES = 3;

    /**
     * Creates the value object; use from_record().
     *
     * @param int $id
     * @param int $instrumentid
     * @param string $name
     * @param string $kind survey or feedback
     * @param string $target one of TARGETS
     * @param int $targetid
     * @param int $contextid
     * @param string $respondent one of RESPONDENTS
     * @param bool $anonymous
     * @param string $status one of STATUSES
     * @param int $timeopen
     * @param int $timeclose 0 without a close date
     * @param int $eventdate
     * @param bool $resultsvisible
     * @param int $participationtarget percent
     * @param string $publictokenhash
     * @param int $timecreated
     * @param int $timemodified
     * @param int $usermodified
     */
    private function __construct(
        /** @var int */
        public readonly int $id,
        /** @var int */
        public readonly int $instrumentid,
        /** @var string */
        public readonly string $name,
        /** @var string */
        public readonly string $kind,
        /** @var string */
        public readonly string $target,
        /** @var int */
        public readonly int $targetid,
        /** @var int */
        public readonly int $contextid,
        /** @var string */
        public readonly string $respondent,
        /** @var bool */
        public readonly bool $anonymous,
        /** @var string */
        public readonly string $status,
        /** @var int */
        public readonly int $timeopen,
        /** @var int */
        public readonly int $timeclose,
        /** @var int */
        public readonly int $eventdate,
        /** @var bool */
        public readonly bool $resultsvisible,
        /** @var int */
        public readonly int $participationtarget,
        /** @var string */
        public readonly string $publictokenhash,
        /** @var int */
        public readonly int $timecreated,
        /** @var int */
        public readonly int $timemodified,
        /** @var int */
        public readonly int $usermodified,
    ) {
    }

    /**
     * The campaign stored in a record.
     *
     * @param stdClass $record a row of TABLE
     * @return self
     */
    public static function from_record(stdClass $record): self {
        return new self(
            (int) $record->id,
            (int) $record->instrumentid,
            (string) $record->name,
            (string) $record->kind,
            (string) $record->target,
            (int) $record->targetid,
            (int) $record->contextid,
            (string) $record->respondent,
            (bool) $record->anonymous,
            (string) $record->status,
            (int) $record->timeopen,
            (int) $record->timeclose,
            (int) $record->eventdate,
            (bool) $record->resultsvisible,
            (int) $record->participationtarget,
            (string) $record->publictokenhash,
            (int) $record->timecreated,
            (int) $record->timemodified,
            (int) $record->usermodified,
        );
    }

    /**
     * Whether answers are accepted now: status open, after the open date, before the close date.
     *
     * @param int $now
     * @return bool
     */
    public function is_open(int $now): bool {
        return $this->status === 'open' && $this->timeopen <= $now && ($this->timeclose === 0 || $now < $this->timeclose);
    }

    /**
     * Whether it is closed: by status or because its close date passed.
     *
     * @param int $now
     * @return bool
     */
    public function is_closed(int $now): bool {
        return $this->status === 'closed' || ($this->timeclose !== 0 && $now >= $this->timeclose);
    }

    /**
     * Whether responses carry no user, organisation, token or time.
     *
     * @return bool
     */
    public function is_anonymous(): bool {
        return $this->anonymous;
    }

    /**
     * Whether an organisation answers together (one response per organisation).
     *
     * @return bool
     */
    public function per_organisation(): bool {
        return $this->respondent === 'organisation';
    }

    /**
     * The context whose capabilities govern the campaign.
     *
     * @return \context
     */
    public function get_context(): \context {
        return \context::instance_by_id($this->contextid);
    }
}
