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

use local_digitalstrategy\event\measure_rated;
use moodle_exception;

/**
 * Rating measures on the Ampel: green, amber or red on quality, cost, staff and time, with a
 * comment; a red rating needs a note on the counter-measure. Every change is kept.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class rating_service {
    /** @var int Longest comment or counter-measure, in characters. */
    public const TEXT_LENGTH = 10000;

    /**
     * Creates the service.
     *
     * @param measure_repository $measures
     * @param rating_repository $ratings
     * @param board_service $board
     * @param measure_notifier $notifier
     */
    public function __construct(
        /** @var measure_repository */
        private readonly measure_repository $measures,
        /** @var rating_repository */
        private readonly rating_repository $ratings,
        /** @var board_service */
        private readonly board_service $board,
        /** @var measure_notifier */
        private readonly measure_notifier $notifier,
    ) {
    }

    /**
     * Rates a measure on one criterion.
     *
     * @param int $measureid
     * @param string $criterion quality, cost, staff or time
     * @param string $rating green, amber or red
     * @param string $comment
     * @param string $countermeasure required for red
     * @param int $userid
     * @return ampel_rating the new rating
     * @throws moodle_exception measure_notfound, board_error_noedit, ampel_error_criterion,
     *     ampel_error_rating, ampel_error_countermeasure, ampel_error_toolong
     */
    public function rate(
        int $measureid,
        string $criterion,
        string $rating,
        string $comment,
        string $countermeasure,
        int $userid
    ): ampel_rating {
        if (!ampel_rating::is_criterion($criterion)) {
            throw new moodle_exception('ampel_error_criterion', 'local_digitalstrategy');
        }
        if (!ampel_rating::is_rating($rating)) {
            throw new moodle_exception('ampel_error_rating', 'local_digitalstrategy');
        }
        $countermeasure = trim($countermeasure);
        if (\core_text::strlen($comment) > self::TEXT_LENGTH || \core_text::strlen($countermeasure) > self::TEXT_LENGTH) {
            throw new moodle_exception('ampel_error_toolong', 'local_digitalstrategy', '', self::TEXT_LENGTH);
        }
        if ($rating === 'red' && $countermeasure === '') {
            throw new moodle_exception('ampel_error_countermeasure', 'local_digitalstrategy');
        }
        $measure = $this->measures->get($measureid);
        $this->board->require_edit($measure, $userid);
        $new = $this->ratings->add($measureid, $criterion, $rating, trim($comment), $countermeasure, $userid);
        measure_rated::create_from_rating($measure, $new)->trigger();
        if ($rating === 'red' && $new->previous !== 'red') {
            $this->notifier->rated_red($measure, $new);
        }
        return $new;
    }
}
