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

namespace local_digitalstrategy\local\controlling;

use local_digitalstrategy\event\process_rated;

/**
 * The process Ampel of the programme plan: the project lead rates each process on quality, cost,
 * staff and timeliness per half-year with a note. Every rating is kept; the newest counts.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class process_rating_service {
    /**
     * Creates the service.
     *
     * @param process_rating_repository $ratings
     * @param programme $programme
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var process_rating_repository */
        private readonly process_rating_repository $ratings,
        /** @var programme */
        private readonly programme $programme,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The name of a process in the user's language.
     *
     * @param string $process
     * @return string
     */
    public static function process_name(string $process): string {
        return get_string('process_name_' . $process, 'local_digitalstrategy');
    }

    /**
     * The name of a criterion in the user's language.
     *
     * @param string $criterion
     * @return string
     */
    public static function criterion_name(string $criterion): string {
        return get_string('process_criterion_' . $criterion, 'local_digitalstrategy');
    }

    /**
     * The half-year to show when none is asked for: the running one, else the last one that has
     * begun, else the first.
     *
     * @return period
     */
    public function default_period(): period {
        $now = $this->clock->time();
        $running = $this->programme->period_at($now);
        if ($running) {
            return $running;
        }
        $begun = array_filter($this->programme->periods(), fn(period $period) => !$period->is_future($now));
        return $begun ? end($begun) : $this->programme->period(1);
    }

    /**
     * The half-year a process may be rated in: one of the programme's that has begun.
     *
     * @param int $index
     * @return period
     * @throws \moodle_exception error_periodoutside outside the programme, process_error_future when it has not begun
     */
    public function period_for_rating(int $index): period {
        $period = $this->programme->period($index);
        if ($period->is_future($this->clock->time())) {
            throw new \moodle_exception('process_error_future', 'local_digitalstrategy', '', $period->label());
        }
        return $period;
    }

    /**
     * What is wrong with a rating, in the user's language.
     *
     * @param string $process
     * @param array<string, string> $colours criterion => green, amber, red or '' (not rated)
     * @param string $note
     * @return array<string, string> field (process, a criterion, note) => message
     */
    public function validate(string $process, array $colours, string $note): array {
        $c = 'local_digitalstrategy';
        $errors = [];
        if (!in_array($process, process_rating::PROCESSES, true)) {
            $errors['process'] = get_string('process_error_process', $c);
        }
        $rated = false;
        $red = false;
        foreach (process_rating::CRITERIA as $criterion) {
            $colour = (string) ($colours[$criterion] ?? '');
            if ($colour !== '' && !in_array($colour, process_rating::COLOURS, true)) {
                $errors[$criterion] = get_string('process_error_colour', $c);
            }
            $rated = $rated || $colour !== '';
            $red = $red || $colour === 'red';
        }
        if (!$rated && !$errors) {
            $errors[process_rating::CRITERIA[0]] = get_string('process_error_nothingrated', $c);
        }
        if ($red && trim($note) === '') {
            $errors['note'] = get_string('process_error_note', $c);
        }
        return $errors;
    }

    /**
     * Stores a rating of a process in a half-year and logs it.
     *
     * @param string $process
     * @param int $periodindex
     * @param array<string, string> $colours criterion => colour or ''
     * @param string $note
     * @param int $userid who rates
     * @return int id of the rating
     * @throws \moodle_exception when the half-year or the rating is refused
     */
    public function rate(string $process, int $periodindex, array $colours, string $note, int $userid): int {
        $period = $this->period_for_rating($periodindex);
        $errors = $this->validate($process, $colours, $note);
        if ($errors) {
            throw new \moodle_exception('process_error_refused', 'local_digitalstrategy', '', implode(' ', $errors));
        }
        $criteria = [];
        foreach (process_rating::CRITERIA as $criterion) {
            $criteria[$criterion] = (string) ($colours[$criterion] ?? '');
        }
        $id = $this->ratings->add($process, $period->index, $criteria, trim($note), $userid);
        process_rated::create([
            'context' => \context_system::instance(),
            'objectid' => $id,
            'userid' => $userid,
            'other' => ['process' => $process, 'period' => $period->index, 'ratings' => $criteria],
        ])->trigger();
        return $id;
    }
}
