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
 * A resistance analysis the expert forum wrote about an organisation: which stakeholder group
 * resists, in what way (cognitive, emotional, political, practical or other), the signals seen,
 * the cause, how strongly (1–5), the recommended response, its status and when to look again.
 *
 * An immutable value built from a record; the author is a user id (0 once that user's data was
 * deleted: "deleted user").
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class resistance {
    /** @var string The table. */
    public const TABLE = 'local_digitalstrategy_resist';
    /** @var string The table of process-advice notes. */
    public const ADVICE_TABLE = 'local_digitalstrategy_advice';
    /** @var string[] Kinds of resistance, in the order the form offers them. */
    public const KINDS = ['cognitive', 'emotional', 'political', 'practical', 'other'];
    /** @var string[] States of an analysis, in order. */
    public const STATUSES = ['open', 'inprogress', 'resolved'];
    /** @var int Weakest intensity. */
    public const MIN_INTENSITY = 1;
    /** @var int Strongest intensity. */
    public const MAX_INTENSITY = 5;
    /** @var int Longest stakeholder group as stored. */
    public const MAX_STAKEHOLDER = 255;

    /**
     * Creates the value.
     *
     * @param int $id
     * @param int $orgid
     * @param string $stakeholder
     * @param string $kind one of KINDS
     * @param string $signals
     * @param string $cause
     * @param int $intensity 1–5
     * @param string $response
     * @param string $status one of STATUSES
     * @param int $followup timestamp, 0 when none
     * @param int $userid author, 0 when deleted
     * @param int $timecreated
     * @param int $timemodified
     * @param int $usermodified
     */
    public function __construct(
        /** @var int */
        public readonly int $id,
        /** @var int */
        public readonly int $orgid,
        /** @var string */
        public readonly string $stakeholder,
        /** @var string */
        public readonly string $kind,
        /** @var string */
        public readonly string $signals,
        /** @var string */
        public readonly string $cause,
        /** @var int */
        public readonly int $intensity,
        /** @var string */
        public readonly string $response,
        /** @var string */
        public readonly string $status,
        /** @var int */
        public readonly int $followup,
        /** @var int */
        public readonly int $userid,
        /** @var int */
        public readonly int $timecreated,
        /** @var int */
        public readonly int $timemodified,
        /** @var int */
        public readonly int $usermodified,
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
            (string) $record->stakeholder,
            (string) $record->kind,
            (string) ($record->signals ?? ''),
            (string) ($record->cause ?? ''),
            (int) $record->intensity,
            (string) ($record->response ?? ''),
            (string) $record->status,
            (int) $record->followup,
            (int) $record->userid,
            (int) $record->timecreated,
            (int) $record->timemodified,
            (int) $record->usermodified,
        );
    }

    /**
     * The problems of proposed data, as language string keys of local_digitalstrategy by field.
     * Dates: the follow-up is 0 (none) or a day between 1 January 2020 and ten years from now.
     *
     * @param stdClass $data stakeholder, kind, intensity, status, followup (others are free text)
     * @param int $now the current time
     * @return array<string, string>
     */
    public static function validate(stdClass $data, int $now): array {
        $errors = [];
        $stakeholder = trim((string) ($data->stakeholder ?? ''));
        if ($stakeholder === '') {
            $errors['stakeholder'] = 'resistance_error_stakeholder';
        } else if (\core_text::strlen($stakeholder) > self::MAX_STAKEHOLDER) {
            $errors['stakeholder'] = 'resistance_error_toolong';
        }
        if (!in_array((string) ($data->kind ?? ''), self::KINDS, true)) {
            $errors['kind'] = 'resistance_error_kind';
        }
        $intensity = $data->intensity ?? null;
        if (
            !is_numeric($intensity) || (string) (int) $intensity !== trim((string) $intensity)
                || (int) $intensity < self::MIN_INTENSITY || (int) $intensity > self::MAX_INTENSITY
        ) {
            $errors['intensity'] = 'resistance_error_intensity';
        }
        if (!in_array((string) ($data->status ?? ''), self::STATUSES, true)) {
            $errors['status'] = 'resistance_error_status';
        }
        $followup = $data->followup ?? 0;
        if (
            !is_numeric($followup) || (int) $followup < 0
                || ((int) $followup !== 0 && ((int) $followup < 1577836800 || (int) $followup > $now + 10 * 366 * DAYSECS))
        ) {
            $errors['followup'] = 'resistance_error_followup';
        }
        return $errors;
    }

    /**
     * Whether the follow-up date has passed while the analysis is not resolved.
     *
     * @param int $now
     * @return bool
     */
    public function is_followup_due(int $now): bool {
        return $this->followup > 0 && $this->followup <= $now && $this->status !== 'resolved';
    }
}
