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
use local_digitalstrategy\local\plural;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\organisation;

/**
 * The results of a run: overall score and level, a radar chart (radar_chart, drawn by the AMD
 * module local_digitalstrategy/radar) with the equivalent data table, the peer comparison,
 * strengths, weaknesses, priorities, recommendations and the history of runs.
 *
 * Texts are passed raw (Mustache escapes them once); the organisation's name is format_string()
 * output (HTML) and rendered with triple braces.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class results_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param organisation $organisation
     * @param run $run
     * @param array $summary from result_summary::build()
     * @param bool $canstart whether the viewer may start or continue a run
     * @param bool $canmakegoals whether the viewer may turn weaknesses and recommendations into goals
     *     of the organisation's strategy (only for a submitted run)
     */
    public function __construct(
        /** @var organisation */
        private readonly organisation $organisation,
        /** @var run */
        private readonly run $run,
        /** @var array */
        private readonly array $summary,
        /** @var bool */
        private readonly bool $canstart,
        /** @var bool */
        private readonly bool $canmakegoals = false,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/results_page';
    }

    /**
     * Formats a score for display.
     *
     * @param float|null $score
     * @return string
     */
    private static function score(?float $score): string {
        return $score === null ? '–' : format_float($score, 1);
    }

    /**
     * Formats a change in points with its sign.
     *
     * @param float|null $change
     * @return string
     */
    private static function change(?float $change): string {
        if ($change === null) {
            return '–';
        }
        return ($change > 0 ? '+' : ($change < 0 ? '−' : '±')) . format_float(abs($change), 1);
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $s = $this->summary;
        $names = array_column($s['dimensions'], 'name', 'key');
        $peers = $s['peers'];
        $hashistory = count($s['history']) >= 2;
        $relevance = fn(int $r) => get_string('relevance' . $r, 'local_digitalstrategy');
        $cangoal = $this->canmakegoals && $this->run->is_submitted();
        // Both links from the check (make this a goal, make this a measure) carry the run, dimension and item.
        $fromcheck = fn(string $page, string $dimension, string $item = '') => $cangoal ? (new \moodle_url(
            '/local/digitalstrategy/' . $page,
            ['orgid' => $this->organisation->get_id(), 'runid' => $this->run->get_id(), 'dimension' => $dimension]
                + ($item === '' ? [] : ['item' => $item])
        ))->out(false) : '';
        $goalurl = fn(string $dimension, string $item = '') => $fromcheck('goal_edit.php', $dimension, $item);
        $measureurl = fn(string $dimension, string $item = '') => $fromcheck('measure_edit.php', $dimension, $item);
        return [
            'runid' => $this->run->get_id(),
            'orgname' => $this->organisation->get_formatted_name(),
            'submitted' => $this->run->is_submitted(),
            'date' => userdate(
                $this->run->is_submitted() ? $this->run->get_timesubmitted() : $this->run->get_timecreated(),
                get_string('strftimedate', 'langconfig')
            ),
            'score' => self::score($s['score']),
            'maturitylabel' => $s['maturitylabel'] ?: '–',
            'answered' => $s['answered'],
            'items' => $s['items'],
            'peersavailable' => $peers['available'],
            'peerscore' => self::score($peers['score']),
            'peerorganisations' => $peers['organisations'],
            'peersmissing' => $peers['missing'],
            'peerthreshold' => $peers['threshold'],
            'progresstext' => plural::get_string('progress', 'local_digitalstrategy', $s['items'], [
                'answered' => $s['answered'],
                'items' => $s['items'],
            ]),
            'peerorganisationstext' => plural::get_string('peerorganisations', 'local_digitalstrategy', $peers['organisations']),
            'peershiddentext' => plural::get_string('peershidden', 'local_digitalstrategy', $peers['threshold'], [
                'threshold' => $peers['threshold'],
                'missing' => $peers['missing'],
            ]),
            'hashistory' => $hashistory,
            'overallchange' => self::change($s['overallchange']),
            'radar' => $output->render(radar_chart::from_dimensions($s['dimensions'], $peers['available'])),
            'dimensions' => array_map(fn($d) => [
                'key' => $d['key'],
                'name' => $d['name'],
                'score' => self::score($d['score']),
                'peer' => self::score($d['peer']),
                'change' => self::change($d['change']),
                'answered' => $d['answered'],
                'items' => $d['items'],
            ], $s['dimensions']),
            'strengths' => array_map(fn($k) => ['name' => $names[$k]], $s['strengths']),
            'hasstrengths' => (bool) $s['strengths'],
            'weaknesses' => array_map(
                fn($k) => ['name' => $names[$k], 'goalurl' => $goalurl($k), 'measureurl' => $measureurl($k)],
                $s['weaknesses']
            ),
            'hasweaknesses' => (bool) $s['weaknesses'],
            'priorities' => array_map(fn($i) => [
                'text' => $i['text'], 'dimension' => $i['dimensionname'], 'relevance' => $relevance($i['relevance']),
                'score' => self::score($i['score']), 'recommendation' => $i['recommendation'],
            ], $s['priorities']),
            'haspriorities' => (bool) $s['priorities'],
            'recommendations' => array_map(fn($i) => [
                'text' => $i['text'], 'dimension' => $i['dimensionname'], 'score' => self::score($i['score']),
                'recommendation' => $i['recommendation'], 'goalurl' => $goalurl($i['dimension'], $i['itemkey']),
                'measureurl' => $measureurl($i['dimension'], $i['itemkey']),
            ], $s['recommendations']),
            'hasrecommendations' => (bool) $s['recommendations'],
            'history' => array_map(fn($h) => [
                'date' => userdate($h['timesubmitted'], get_string('strftimedate', 'langconfig')),
                'score' => self::score($h['score']),
                'url' => (new \moodle_url('/local/digitalstrategy/results.php', ['runid' => $h['runid']]))->out(false),
                'current' => $h['runid'] === $this->run->get_id(),
            ], $s['history']),
            'canstart' => $this->canstart,
            'canmakegoals' => $cangoal,
            'checkurl' => (new \moodle_url('/local/digitalstrategy/check.php'))->out(false),
        ];
    }
}
