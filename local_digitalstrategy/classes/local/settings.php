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

namespace local_digitalstrategy\local;

/**
 * The plugin settings the check depends on, read where they are needed so a changed setting
 * counts at once.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class settings {
    /** @var string idnumber of the Digitalisierungscheck that ships with the plugin. */
    public const DEFAULT_CHECK = 'digicheck';

    /**
     * idnumber of the instrument organisations take as the check (setting checkinstrument).
     *
     * @return string
     */
    public function check_idnumber(): string {
        return (string) (get_config('local_digitalstrategy', 'checkinstrument') ?: self::DEFAULT_CHECK);
    }

    /**
     * Share of items (percent) that must be answered before a run can be submitted.
     *
     * @return int 0–100, default 80
     */
    public function submit_min_percent(): int {
        $value = get_config('local_digitalstrategy', 'submitminpercent');
        return $value === false ? 80 : max(0, min(100, (int) $value));
    }

    /**
     * k: organisations needed before averages of other organisations are shown.
     *
     * @return int at least 1, default 5
     */
    public function peer_threshold(): int {
        return max(1, (int) (get_config('local_digitalstrategy', 'peerthreshold') ?: 5));
    }

    /**
     * Participation target in percent of member organisations.
     *
     * @return int 0–100, default 30
     */
    public function participation_target(): int {
        $value = get_config('local_digitalstrategy', 'participationtarget');
        return $value === false || $value === '' ? 30 : max(0, min(100, (int) $value));
    }

    /**
     * Which measures a strategy's overall Ampel takes the worst rating of (setting ampelscope):
     * 'open' (default) the measures not yet in Act, 'all' every measure.
     *
     * @return string 'open' or 'all'
     */
    public function ampel_scope(): string {
        return get_config('local_digitalstrategy', 'ampelscope') === 'all' ? 'all' : 'open';
    }

    /**
     * Reminders a campaign sends at most to an invitee who has not answered.
     *
     * @return int 0–5, default 2
     */
    public function max_reminders(): int {
        $value = get_config('local_digitalstrategy', 'maxreminders');
        return $value === false || $value === '' ? 2 : max(0, min(5, (int) $value));
    }

    /**
     * Time between the invitation and the first reminder, and between reminders.
     *
     * @return int seconds, at least one day, default 7 days
     */
    public function reminder_spacing(): int {
        $value = get_config('local_digitalstrategy', 'reminderspacing');
        return $value === false || $value === '' ? 7 * DAYSECS : max(DAYSECS, (int) $value);
    }

    /**
     * Whether new campaigns show their results to respondents after close.
     *
     * @return bool default true
     */
    public function results_visible_default(): bool {
        $value = get_config('local_digitalstrategy', 'resultsvisible');
        return $value === false || $value === '' ? true : (bool) $value;
    }

    /**
     * Lower edge of the target band of a feedback mean (−2…+2).
     *
     * @return float default 1.0
     */
    public function feedback_band_low(): float {
        return $this->rating_setting('feedbackbandlow', 1.0);
    }

    /**
     * Upper edge of the target band of a feedback mean (−2…+2).
     *
     * @return float default 1.5, never below the lower edge
     */
    public function feedback_band_high(): float {
        return max($this->feedback_band_low(), $this->rating_setting('feedbackbandhigh', 1.5));
    }

    /**
     * A feedback mean from this value up to the band's lower edge is amber, below it red.
     *
     * @return float default 0.5, never above the band's lower edge
     */
    public function feedback_amber_threshold(): float {
        return min($this->feedback_band_low(), $this->rating_setting('feedbackamber', 0.5));
    }

    /**
     * A rating setting (−2…+2) or its default when unset or not a number.
     *
     * @param string $name
     * @param float $default
     * @return float
     */
    private function rating_setting(string $name, float $default): float {
        $value = get_config('local_digitalstrategy', $name);
        if ($value === false || !is_numeric($value)) {
            return $default;
        }
        return max(-2.0, min(2.0, (float) $value));
    }

    /**
     * First half-year of the programme (setting programmestart, 'YYYY-H').
     *
     * @return array{0: int, 1: int} year and half (1 or 2), default the first half of 2018
     */
    public function programme_start(): array {
        $value = (string) get_config('local_digitalstrategy', 'programmestart');
        if (!preg_match('/^(\d{4})-([12])$/', $value, $m)) {
            return [2018, 1];
        }
        return [(int) $m[1], (int) $m[2]];
    }

    /**
     * Length of the programme in half-years (setting programmehalfyears).
     *
     * @return int 1–20, default 6
     */
    public function programme_half_years(): int {
        $value = (int) get_config('local_digitalstrategy', 'programmehalfyears');
        return $value < 1 ? 6 : min(20, $value);
    }

    /**
     * Course category whose courses (with subcategories) are the programme's courses; 0 means every
     * course with a development circle (setting programmecategory).
     *
     * @return int
     */
    public function programme_category(): int {
        return max(0, (int) get_config('local_digitalstrategy', 'programmecategory'));
    }
}
