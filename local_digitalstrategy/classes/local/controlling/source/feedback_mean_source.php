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

namespace local_digitalstrategy\local\controlling\source;

use local_digitalstrategy\local\campaign\campaign;
use local_digitalstrategy\local\campaign\feedback_repository;
use local_digitalstrategy\local\campaign\feedback_summary;
use local_digitalstrategy\local\controlling\drilldown;
use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\indicator_source;
use local_digitalstrategy\local\controlling\period;
use local_digitalstrategy\local\questionnaire\instrument_repository;

/**
 * Feedback mean (−2 to +2): the mean of all rating answers to the feedback campaigns whose event
 * took place in the half-year (event date, else the day the feedback opened), each answer
 * weighing the same — the programme's feedback page computes the same half-year mean. Only
 * feedback with at least {@see campaign::MIN_FEEDBACK_RESPONSES} responses counts, as there;
 * config {"instrument": "<idnumber>"} narrows it to one feedback form. No value in a half-year
 * without such feedback. Rounded to two decimals.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_mean_source implements indicator_source {
    /**
     * Creates the source.
     *
     * @param feedback_repository $feedback
     * @param instrument_repository $instruments
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var feedback_repository */
        private readonly feedback_repository $feedback,
        /** @var instrument_repository */
        private readonly instrument_repository $instruments,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The key indicators name this source by.
     *
     * @return string
     */
    public function key(): string {
        return 'feedback_mean';
    }

    /**
     * The mean per half-year (two queries, plus each form once from its cache).
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        if (!$periods) {
            return [];
        }
        $totals = [];
        foreach ($this->campaigns($indicator) as $campaign) {
            if ($campaign['mean'] === null) {
                continue;
            }
            foreach ($periods as $period) {
                if ($period->contains($campaign['eventdate'])) {
                    $totals[$period->index][0] = ($totals[$period->index][0] ?? 0.0) + $campaign['sum'];
                    $totals[$period->index][1] = ($totals[$period->index][1] ?? 0) + $campaign['count'];
                }
            }
        }
        $means = array_map(fn(array $total) => round($total[0] / $total[1], 2), $totals);
        return source_periods::measures($periods, $means, $this->clock->time());
    }

    /**
     * The feedback of the half-year: each campaign with its responses and mean.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        $rows = [];
        foreach ($this->campaigns($indicator) as $campaign) {
            if (!$period->contains($campaign['eventdate'])) {
                continue;
            }
            $rows[] = [
                $campaign['name'],
                source_periods::date($campaign['eventdate']),
                $campaign['responses'],
                $campaign['mean'] === null
                    ? get_string('source_feedback_hidden', 'local_digitalstrategy', campaign::MIN_FEEDBACK_RESPONSES)
                    : format_float($campaign['mean'], 2),
            ];
        }
        return new drilldown([
            get_string('source_col_feedback', 'local_digitalstrategy'),
            get_string('source_col_date', 'local_digitalstrategy'),
            get_string('source_col_responses', 'local_digitalstrategy'),
            get_string('source_col_mean', 'local_digitalstrategy'),
        ], $rows, get_string('source_feedback_mean_note', 'local_digitalstrategy', campaign::MIN_FEEDBACK_RESPONSES));
    }

    /**
     * Every feedback campaign (not drafts) of the form the config names, with the sum and number
     * of its rating answers; the mean is null below the minimum number of responses.
     *
     * @param indicator $indicator
     * @return array<int, array{name: string, eventdate: int, responses: int, sum: float, count: int, mean: ?float}>
     *     in the order of their event dates
     */
    private function campaigns(indicator $indicator): array {
        $instrument = $indicator->config['instrument'] ?? '';
        $instrument = is_string($instrument) ? trim($instrument) : '';
        $campaigns = $this->feedback->campaigns(null);
        $sums = $this->feedback->sums_per_item(null);
        $ratingkeys = [];
        $idnumbers = [];
        $result = [];
        foreach ($campaigns as $id => $campaign) {
            if ($campaign['status'] === 'draft') {
                continue;
            }
            $instrumentid = $campaign['instrumentid'];
            if (!isset($ratingkeys[$instrumentid])) {
                $form = $this->instruments->get($instrumentid);
                $ratingkeys[$instrumentid] = array_flip(feedback_summary::rating_keys($form));
                $idnumbers[$instrumentid] = $form->get_idnumber();
            }
            if ($instrument !== '' && $idnumbers[$instrumentid] !== $instrument) {
                continue;
            }
            $sum = 0.0;
            $count = 0;
            // Rating items only: yes/no or scored choices of a form do not enter the mean.
            foreach (array_intersect_key($sums[$id] ?? [], $ratingkeys[$instrumentid]) as [$itemsum, $itemcount]) {
                $sum += $itemsum;
                $count += $itemcount;
            }
            $shown = $campaign['responses'] >= campaign::MIN_FEEDBACK_RESPONSES && $count > 0;
            $result[] = [
                'name' => $campaign['name'],
                'eventdate' => $campaign['eventdate'],
                'responses' => $campaign['responses'],
                'sum' => $sum,
                'count' => $count,
                'mean' => $shown ? $sum / $count : null,
            ];
        }
        usort($result, fn($a, $b) => $a['eventdate'] <=> $b['eventdate']);
        return $result;
    }
}
