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

use local_digitalstrategy\local\questionnaire\instrument;

/**
 * The results of one feedback campaign: the number of responses, per −2…+2 item its mean,
 * count and distribution, the overall mean (of all rating answers, each answer weighing the
 * same) and the open answers. Built from aggregates; nothing in it names a respondent.
 *
 * Below {@see campaign::MIN_FEEDBACK_RESPONSES} responses nothing but the count is available.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_summary {
    /** @var int[] the points of the −2…+2 scale */
    public const SCALE = [-2, -1, 0, 1, 2];

    /**
     * Creates the summary.
     *
     * @param int $responses number of responses
     * @param int $minimum responses needed before anything else is shown
     * @param array<string, array{text: string, mean: ?float, count: int, distribution: array<int, int>}> $items rating items by key
     * @param float|null $mean overall mean, null without answers
     * @param array<string, array{text: string, answers: string[]}> $open open questions by key
     */
    private function __construct(
        /** @var int number of responses */
        public readonly int $responses,
        /** @var int responses needed before anything else is shown */
        public readonly int $minimum,
        /** @var array rating items by key: text, mean, count, distribution (value => number) */
        public readonly array $items,
        /** @var float|null overall mean */
        public readonly ?float $mean,
        /** @var array open questions by key: text, answers */
        public readonly array $open,
    ) {
    }

    /**
     * Builds the summary from the aggregated answers.
     *
     * @param instrument $instrument the feedback form
     * @param string $lang language of the item texts
     * @param int $responses number of responses
     * @param array<int, array{0: string, 1: float, 2: int}> $counts [itemkey, value, number of answers] rows
     * @param array<int, array{0: string, 1: string}> $texts [itemkey, answer] rows of the open questions
     * @param int $minimum responses needed (campaign::MIN_FEEDBACK_RESPONSES)
     * @return self
     */
    public static function from_aggregates(
        instrument $instrument,
        string $lang,
        int $responses,
        array $counts,
        array $texts,
        int $minimum = campaign::MIN_FEEDBACK_RESPONSES
    ): self {
        if ($responses < $minimum) {
            return new self($responses, $minimum, [], null, []);
        }
        $items = [];
        $open = [];
        foreach ($instrument->get_items() as $key => $item) {
            $text = instrument::localise($item['text'] ?? [], $lang);
            if (self::is_rating($item)) {
                $items[$key] = ['text' => $text, 'mean' => null, 'count' => 0,
                    'distribution' => array_fill_keys(self::SCALE, 0)];
            } else if (($item['type'] ?? '') === 'text') {
                $open[$key] = ['text' => $text, 'answers' => []];
            }
        }
        $sums = [];
        $total = 0.0;
        $all = 0;
        foreach ($counts as [$key, $value, $number]) {
            $value = (int) round((float) $value);
            if (!isset($items[$key]) || !in_array($value, self::SCALE, true)) {
                continue;
            }
            $items[$key]['distribution'][$value] += (int) $number;
            $items[$key]['count'] += (int) $number;
            $sums[$key] = ($sums[$key] ?? 0) + $value * (int) $number;
            $total += $value * (int) $number;
            $all += (int) $number;
        }
        foreach ($items as $key => $item) {
            if ($item['count'] > 0) {
                $items[$key]['mean'] = $sums[$key] / $item['count'];
            }
        }
        foreach ($texts as [$key, $answer]) {
            if (isset($open[$key]) && trim($answer) !== '') {
                $open[$key]['answers'][] = $answer;
            }
        }
        return new self($responses, $minimum, $items, $all > 0 ? $total / $all : null, $open);
    }

    /**
     * Whether an item of a feedback form is a −2…+2 rating.
     *
     * @param array<string, mixed> $item the item
     * @return bool
     */
    public static function is_rating(array $item): bool {
        return ($item['type'] ?? '') === 'rating';
    }

    /**
     * The keys of the rating items of a form.
     *
     * @param instrument $instrument the form
     * @return string[]
     */
    public static function rating_keys(instrument $instrument): array {
        return array_keys(array_filter($instrument->get_items(), [self::class, 'is_rating']));
    }

    /**
     * Whether results may be shown: at least the minimum number of responses.
     *
     * @return bool
     */
    public function is_shown(): bool {
        return $this->responses >= $this->minimum;
    }
}
