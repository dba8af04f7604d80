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

use local_digitalstrategy\local\questionnaire\instrument_repository;

/**
 * Feedback results and trends, for the circle's feedback page and the programme's.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_results_service {
    /**
     * Creates the service.
     *
     * @param feedback_repository $feedback the aggregates
     * @param instrument_repository $instruments the forms
     */
    public function __construct(
        /** @var feedback_repository the aggregates */
        private readonly feedback_repository $feedback,
        /** @var instrument_repository the forms */
        private readonly instrument_repository $instruments,
    ) {
    }

    /**
     * The results of one feedback campaign (three queries at most, plus the form from its cache).
     *
     * @param campaign $campaign the campaign
     * @param string $lang language of the item texts
     * @return feedback_summary
     */
    public function summary(campaign $campaign, string $lang): feedback_summary {
        $instrument = $this->instruments->get($campaign->instrumentid);
        $responses = $this->feedback->count_responses($campaign->id);
        if ($responses < campaign::MIN_FEEDBACK_RESPONSES) {
            return feedback_summary::from_aggregates($instrument, $lang, $responses, [], []);
        }
        $textkeys = array_keys(array_filter($instrument->get_items(), fn(array $item) => ($item['type'] ?? '') === 'text'));
        return feedback_summary::from_aggregates(
            $instrument,
            $lang,
            $responses,
            $this->feedback->value_counts($campaign->id, feedback_summary::rating_keys($instrument)),
            $this->feedback->open_answers($campaign->id, $textkeys)
        );
    }

    /**
     * The trend over the feedback campaigns of a context (a circle) or the whole programme: two
     * queries, plus one form per distinct form version (from the cache).
     *
     * @param int|null $contextid the circle's context; null for the programme
     * @param \DateTimeZone $timezone where half-years begin
     * @return feedback_trend
     */
    public function trend(?int $contextid, \DateTimeZone $timezone): feedback_trend {
        $campaigns = $this->feedback->campaigns($contextid);
        $sums = $this->feedback->sums_per_item($contextid);
        $ratingkeys = [];
        foreach ($campaigns as $id => $campaign) {
            $instrumentid = $campaign['instrumentid'];
            $ratingkeys[$instrumentid] ??= array_flip(feedback_summary::rating_keys($this->instruments->get($instrumentid)));
            // Rating items only: yes/no or scored choices of a form do not enter the mean.
            $sums[$id] = array_intersect_key($sums[$id] ?? [], $ratingkeys[$instrumentid]);
        }
        return feedback_trend::build(array_values($campaigns), $sums, $timezone);
    }
}
