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
 * One Ampel rating of a measure on one criterion: a row of the rating history (previous → new,
 * who, when), the current one flagged.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class ampel_rating {
    /** @var string The table. */
    public const TABLE = 'local_digitalstrategy_rating';
    /** @var string[] The criteria (the programme's abort criteria), in order. */
    public const CRITERIA = strategy_summary::CRITERIA;
    /** @var string[] The colours, best first. */
    public const RATINGS = strategy_summary::RATINGS;

    /**
     * Creates the rating.
     *
     * @param int $id
     * @param int $measureid
     * @param string $criterion quality, cost, staff or time
     * @param string $rating green, amber or red
     * @param string $previous the rating before, '' for the first
     * @param string $comment why the rating was given
     * @param string $countermeasure the counter-measure (required for red)
     * @param bool $current the latest rating of the measure on the criterion
     * @param int $userid who rated, 0 once deleted
     * @param int $timecreated
     */
    public function __construct(
        /** @var int */
        public readonly int $id,
        /** @var int */
        public readonly int $measureid,
        /** @var string */
        public readonly string $criterion,
        /** @var string */
        public readonly string $rating,
        /** @var string */
        public readonly string $previous,
        /** @var string */
        public readonly string $comment,
        /** @var string */
        public readonly string $countermeasure,
        /** @var bool */
        public readonly bool $current,
        /** @var int */
        public readonly int $userid,
        /** @var int */
        public readonly int $timecreated,
    ) {
    }

    /**
     * The rating of a record of the rating table.
     *
     * @param stdClass $record
     * @return self
     */
    public static function from_record(stdClass $record): self {
        return new self(
            (int) $record->id,
            (int) $record->measureid,
            (string) $record->criterion,
            (string) $record->rating,
            (string) $record->previous,
            (string) ($record->ratingcomment ?? ''),
            (string) ($record->countermeasure ?? ''),
            (bool) $record->current,
            (int) $record->userid,
            (int) $record->timecreated,
        );
    }

    /**
     * Whether a criterion is one of the Ampel's.
     *
     * @param string $criterion
     * @return bool
     */
    public static function is_criterion(string $criterion): bool {
        return in_array($criterion, self::CRITERIA, true);
    }

    /**
     * Whether a colour is one of the Ampel's.
     *
     * @param string $rating
     * @return bool
     */
    public static function is_rating(string $rating): bool {
        return in_array($rating, self::RATINGS, true);
    }
}
