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

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\local\campaign\feedback_ampel;
use local_digitalstrategy\local\campaign\feedback_summary;

/**
 * The results of one feedback campaign: overall mean with its Ampel against the target band,
 * the number of responses, per item mean and distribution (chart and table) and the open
 * answers. Below the minimum number of responses only a message with the count.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_results implements named_templatable, renderable {
    /**
     * Creates the results.
     *
     * @param feedback_summary $summary the aggregated answers
     * @param feedback_ampel $ampel the band and thresholds
     */
    public function __construct(
        /** @var feedback_summary the aggregated answers */
        private readonly feedback_summary $summary,
        /** @var feedback_ampel the band and thresholds */
        private readonly feedback_ampel $ampel,
    ) {
    }

    /**
     * The template.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/feedback_results';
    }

    /**
     * The Ampel of a mean, in colour and words.
     *
     * @param feedback_ampel $ampel the band and thresholds
     * @param float $mean the mean
     * @return array{colour: string, ampeltext: string, badgeclass: string}
     */
    public static function ampel_context(feedback_ampel $ampel, float $mean): array {
        $colour = $ampel->colour($mean);
        $a = (object) [
            'mean' => format_float($mean, 2),
            'low' => format_float($ampel->low, 1),
            'high' => format_float($ampel->high, 1),
            'amber' => format_float($ampel->amber, 1),
        ];
        $key = match (true) {
            $colour === feedback_ampel::RED => 'feedback_ampel_red',
            $colour === feedback_ampel::AMBER => 'feedback_ampel_amber',
            $ampel->position($mean) === feedback_ampel::ABOVE => 'feedback_ampel_above',
            default => 'feedback_ampel_inside',
        };
        return [
            'colour' => $colour,
            'ampeltext' => get_string($key, 'local_digitalstrategy', $a),
            'badgeclass' => match ($colour) {
                feedback_ampel::GREEN => 'bg-success text-white',
                feedback_ampel::AMBER => 'bg-warning text-dark',
                default => 'bg-danger text-white',
            },
        ];
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $summary = $this->summary;
        $context = [
            'shown' => $summary->is_shown(),
            'responses' => $summary->responses,
            'minimum' => $summary->minimum,
            'band' => get_string('feedback_band', 'local_digitalstrategy', (object) [
                'low' => format_float($this->ampel->low, 1),
                'high' => format_float($this->ampel->high, 1),
            ]),
        ];
        if (!$summary->is_shown()) {
            return $context;
        }
        $items = [];
        foreach ($summary->items as $key => $item) {
            $distribution = [];
            foreach ($item['distribution'] as $value => $count) {
                $distribution[] = [
                    'value' => ($value > 0 ? '+' : '') . $value,
                    'count' => $count,
                    'percent' => $item['count'] ? format_float(100 * $count / $item['count'], 0) : '0',
                ];
            }
            $items[] = [
                'key' => $key,
                'text' => $item['text'],
                'hasmean' => $item['mean'] !== null,
                'mean' => $item['mean'] === null ? '' : format_float($item['mean'], 2),
                'count' => $item['count'],
                'distribution' => $distribution,
            ] + ($item['mean'] === null ? [] : self::ampel_context($this->ampel, $item['mean']));
        }
        $open = [];
        foreach ($summary->open as $question) {
            $open[] = [
                'text' => $question['text'],
                'answers' => array_map(fn(string $answer) => ['answer' => $answer], $question['answers']),
                'hasanswers' => !empty($question['answers']),
            ];
        }
        $rows = array_map(fn(array $item) => ['label' => $item['text'], 'mean' => $item['mean']], array_values($summary->items));
        $chart = new feedback_band_chart(get_string('feedback_chart_items', 'local_digitalstrategy'), $rows, $this->ampel);
        return $context + [
            'hasmean' => $summary->mean !== null,
            'mean' => $summary->mean === null ? '' : format_float($summary->mean, 2),
            'scale' => [-2, -1, 0, 1, 2],
            'items' => $items,
            'open' => $open,
            'hasopen' => !empty($open),
            'chart' => $output->render($chart),
        ] + ($summary->mean === null ? [] : self::ampel_context($this->ampel, $summary->mean));
    }
}
