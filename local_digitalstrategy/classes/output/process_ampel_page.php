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

namespace local_digitalstrategy\output;

use local_digitalstrategy\local\controlling\period;
use local_digitalstrategy\local\controlling\process_rating;
use local_digitalstrategy\local\controlling\process_rating_service;

/**
 * The process Ampel of one half-year: each process of the programme plan with its current rating
 * on quality, cost, staff and timeliness (word and colour), the note, who rated it and when; and,
 * for a chosen process, every rating of that half-year (the history).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class process_ampel_page implements \renderable, \templatable {
    /**
     * Creates the page.
     *
     * @param period $period the half-year shown
     * @param array<string, \stdClass> $current process => newest rating in that half-year
     * @param string $process the chosen process, '' for none
     * @param \stdClass[] $history ratings of the chosen process in that half-year, newest first
     * @param array<int, string> $names full names by user id (deleted accounts missing)
     * @param bool $canrate whether the viewer may rate (and the half-year has begun)
     */
    public function __construct(
        /** @var period */
        private readonly period $period,
        /** @var array<string, \stdClass> */
        private readonly array $current,
        /** @var string */
        private readonly string $process,
        /** @var \stdClass[] */
        private readonly array $history,
        /** @var array<int, string> */
        private readonly array $names,
        /** @var bool */
        private readonly bool $canrate,
    ) {
    }

    /**
     * The cells of a rating: one per criterion, with word and colour.
     *
     * @param \stdClass|null $rating
     * @return array
     */
    private static function cells(?\stdClass $rating): array {
        $cells = [];
        foreach (process_rating::CRITERIA as $criterion) {
            $colour = $rating ? (string) $rating->$criterion : '';
            $cells[] = [
                'criterion' => process_rating_service::criterion_name($criterion),
                'colour' => $colour === '' ? 'none' : $colour,
                'colourname' => get_string('ampel_rating_' . ($colour === '' ? 'none' : $colour), 'local_digitalstrategy'),
            ];
        }
        return $cells;
    }

    /**
     * Who rated and when.
     *
     * @param \stdClass $rating
     * @return array
     */
    private function author(\stdClass $rating): array {
        return [
            'user' => $this->names[(int) $rating->userid] ?? \local_digitalstrategy\local\user_repository::deleted_name(),
            'time' => userdate((int) $rating->timecreated, get_string('strftimedatetimeshort', 'core_langconfig')),
        ];
    }

    /**
     * The data of the template.
     *
     * @param \renderer_base $output
     * @return array
     */
    public function export_for_template(\renderer_base $output): array {
        $rows = [];
        foreach (process_rating::PROCESSES as $process) {
            $rating = $this->current[$process] ?? null;
            $rows[] = [
                'process' => $process,
                'name' => process_rating_service::process_name($process),
                'cells' => self::cells($rating),
                'rated' => $rating !== null,
                'note' => $rating ? (string) $rating->note : '',
                'chosen' => $process === $this->process,
                'rateurl' => (new \moodle_url('/local/digitalstrategy/processes.php', ['process' => $process,
                    'period' => $this->period->index]))->out(false),
            ] + ($rating ? $this->author($rating) : ['user' => '', 'time' => '']);
        }
        $history = [];
        foreach ($this->history as $rating) {
            $history[] = ['cells' => self::cells($rating), 'note' => (string) $rating->note] + $this->author($rating);
        }
        $criteria = array_map(
            fn($criterion) => ['name' => process_rating_service::criterion_name($criterion)],
            process_rating::CRITERIA
        );
        return [
            'period' => $this->period->label(),
            'criteria' => $criteria,
            'rows' => $rows,
            'canrate' => $this->canrate,
            'haschosen' => $this->process !== '',
            'chosenname' => $this->process !== '' ? process_rating_service::process_name($this->process) : '',
            'history' => $history,
            'hashistory' => (bool) $history,
        ];
    }
}
