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

namespace local_digitalstrategy\local\check;

use local_digitalstrategy\local\questionnaire\answer;
use local_digitalstrategy\local\questionnaire\instrument;

/**
 * Scores the answers of a check run. Pure: no database, no globals.
 *
 * Item scores in percent: maturity level × 25; yes 100, no 0; single choice the option's score;
 * multiple choice the sum of the chosen options' scores, at most 100; rating (value + 2) × 25.
 * "Don't know", unanswered items and unscored items (free text, choices without scores) do not
 * count. A dimension's score is the weighted mean of its counted items (item weights), null when
 * none counts; the overall score is the weighted mean of the dimensions that have a score
 * (dimension weights), null when none has.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class scoring {
    /**
     * Creates the scoring for a check instrument.
     *
     * @param instrument $instrument an instrument of kind "check"
     * @throws \InvalidArgumentException for surveys and feedback forms, which are not scored
     */
    public function __construct(
        /** @var instrument the check */
        private readonly instrument $instrument,
    ) {
        if ($instrument->get_kind() !== 'check') {
            throw new \InvalidArgumentException('Only checks are scored, not a ' . $instrument->get_kind());
        }
    }

    /**
     * The score of one answer in percent, null when it does not count.
     *
     * @param answer $answer a normalised answer
     * @return float|null
     */
    public function item_score(answer $answer): ?float {
        $key = $answer->itemkey;
        if (
            $answer->dontknow || $answer->value === null || $answer->value === ''
                || !$this->instrument->is_scored_item($key)
        ) {
            return null;
        }
        $item = $this->instrument->get_item($key);
        switch ($item['type']) {
            case 'maturity':
                return 25.0 * (int) $answer->value;
            case 'rating':
                return 25.0 * ((int) $answer->value + 2);
            case 'yesno':
                return $answer->value === 'yes' ? 100.0 : 0.0;
            case 'single':
            case 'multiple':
                $scores = array_column($item['options'], 'score', 'key');
                $sum = 0.0;
                foreach ($answer->get_option_keys() as $option) {
                    $sum += (float) ($scores[$option] ?? 0);
                }
                return min(100.0, $sum);
            default:
                return null;
        }
    }

    /**
     * Scores a run's answers.
     *
     * @param array<string, answer> $answers answers by item key (answers to unknown items are ignored)
     * @return result
     */
    public function score(array $answers): result {
        $dimensions = [];
        $itemscores = [];
        $relevance = [];
        $weighted = 0.0;
        $weights = 0.0;
        $answeredall = 0;
        $itemsall = 0;
        foreach ($this->instrument->get_dimensions() as $dimkey => $dimension) {
            $sum = 0.0;
            $sumweights = 0.0;
            $answered = 0;
            $scored = 0;
            $items = $this->instrument->get_items($dimkey);
            foreach ($items as $itemkey => $item) {
                $answer = $answers[$itemkey] ?? null;
                if ($answer === null) {
                    continue;
                }
                if ($answer->relevance > 0) {
                    $relevance[$itemkey] = $answer->relevance;
                }
                if (!$answer->is_answered()) {
                    continue;
                }
                $answered++;
                $score = $this->item_score($answer);
                $itemscores[$itemkey] = $score;
                if ($score !== null) {
                    $weight = $this->instrument->get_item_weight($itemkey);
                    $sum += $weight * $score;
                    $sumweights += $weight;
                    $scored++;
                }
            }
            $dimscore = $sumweights > 0 ? $sum / $sumweights : null;
            $dimensions[] = new dimension_score($dimkey, $dimscore, $answered, $scored, count($items));
            if ($dimscore !== null) {
                $weight = $this->instrument->get_dimension_weight($dimkey);
                $weighted += $weight * $dimscore;
                $weights += $weight;
            }
            $answeredall += $answered;
            $itemsall += count($items);
        }
        return new result(
            $dimensions,
            $weights > 0 ? $weighted / $weights : null,
            $answeredall,
            $itemsall,
            $itemscores,
            $relevance
        );
    }
}
