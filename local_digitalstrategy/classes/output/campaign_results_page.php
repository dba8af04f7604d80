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
use local_digitalstrategy\local\campaign\results_comparison;
use local_digitalstrategy\local\campaign\results_item;
use local_digitalstrategy\local\campaign\results_summary;
use moodle_url;

/**
 * The results of a campaign: the summary, the filter form, per item a bar chart with its data
 * table (counts, percentages, mean and spread) or the free-text answers, the export and, when a
 * second wave is chosen, the comparison of both waves.
 *
 * Texts (questions, answers, option labels, campaign names) are passed raw: Mustache escapes them
 * once. The charts are Moodle's (\core\chart_bar); the data table beside each chart is this page's
 * own (caption, header cells), so screen readers get one table per chart, not two.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class campaign_results_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param int $campaignid
     * @param string $campaignname plain text
     * @param results_summary $summary
     * @param bool $team whether the viewer is the project team (link to the campaign, export)
     * @param array<int, string> $waves other waves of the instrument, id => name (plain text)
     * @param int $compareid the wave chosen for the comparison, 0 for none
     * @param results_comparison|null $comparison the comparison (A = the chosen wave, B = this one)
     * @param string $comparename the chosen wave's name
     * @param array<string, mixed>|null $sus SUS score of the group: mean, sd, count, grade (string), or null
     */
    public function __construct(
        /** @var int campaign id */
        private readonly int $campaignid,
        /** @var string campaign name */
        private readonly string $campaignname,
        /** @var results_summary the results */
        private readonly results_summary $summary,
        /** @var bool the viewer is the project team */
        private readonly bool $team,
        /** @var array<int, string> other waves */
        private readonly array $waves = [],
        /** @var int wave to compare with */
        private readonly int $compareid = 0,
        /** @var results_comparison|null the comparison */
        private readonly ?results_comparison $comparison = null,
        /** @var string name of the wave compared with */
        private readonly string $comparename = '',
        /** @var array|null SUS score */
        private readonly ?array $sus = null,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/campaign_results_page';
    }

    /**
     * A number for the reader: two decimals in the reader's locale, '–' for none.
     *
     * @param float|null $value
     * @param bool $signed with a sign (differences)
     * @param int $decimals
     * @return string
     */
    public static function number(?float $value, bool $signed = false, int $decimals = 2): string {
        if ($value === null) {
            return '–';
        }
        $text = format_float($value, $decimals);
        return $signed && round($value, $decimals) > 0 ? '+' . $text : $text;
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $s = $this->summary;
        $str = fn(string $key, $a = null) => get_string('results_' . $key, 'local_digitalstrategy', $a);
        $url = new moodle_url('/local/digitalstrategy/campaign_results.php');
        $fields = [['value' => '', 'label' => $str('allfields'), 'selected' => $s->filter->fieldofwork === '']];
        foreach ($s->fieldsofwork as $key => $n) {
            $fields[] = ['value' => $key, 'label' => get_string('fieldofwork_' . $key, 'local_digitalstrategy'),
                'selected' => $s->filter->fieldofwork === $key];
        }
        $pilot = [['value' => '', 'label' => $str('allorganisations'), 'selected' => $s->filter->pilot === null]];
        foreach ($s->pilot as $value => $n) {
            $pilot[] = ['value' => $value, 'label' => $str($value ? 'pilotonly' : 'nonpilotonly'),
                'selected' => $s->filter->pilot === $value];
        }
        $waves = [['value' => 0, 'label' => $str('nocomparison'), 'selected' => $this->compareid === 0]];
        foreach ($this->waves as $id => $name) {
            $waves[] = ['value' => $id, 'label' => $name, 'selected' => $this->compareid === $id];
        }
        $items = [];
        foreach ($s->items as $item) {
            $items[] = $this->item($item, $output);
        }
        return [
            'campaignid' => $this->campaignid,
            'campaignname' => $this->campaignname,
            'actionurl' => $url->out(false),
            'campaignurl' => $this->team
                ? (new moodle_url('/local/digitalstrategy/campaign.php', ['id' => $this->campaignid]))->out(false) : null,
            'responses' => $s->responses,
            'total' => $s->total,
            'filtered' => !$s->filter->is_empty(),
            'suppressed' => $s->suppressed,
            'suppressedmessage' => $str('toosmall', $s->threshold),
            'fields' => $fields,
            'pilot' => $pilot,
            'haswaves' => (bool) $this->waves,
            'waves' => $waves,
            'items' => $items,
            'sus' => $this->sus ? [
                'mean' => self::number($this->sus['mean'], false, 1),
                'sd' => self::number($this->sus['sd'], false, 1),
                'count' => $this->sus['count'],
                'grade' => $this->sus['grade'],
            ] : null,
            'comparison' => $this->comparison ? $this->comparison_context() : null,
            'exportselector' => $this->team && !$s->suppressed ? $output->download_dataformat_selector(
                $str('export'),
                $url,
                'dataformat',
                ['id' => $this->campaignid] + $s->filter->params()
            ) : '',
        ];
    }

    /**
     * The context of one item: chart and table, or the free-text answers.
     *
     * @param results_item $item
     * @param renderer_base $output
     * @return array
     */
    private function item(results_item $item, renderer_base $output): array {
        $context = [
            'key' => $item->key,
            'text' => $item->text,
            'dimension' => $item->dimension,
            'answered' => $item->answered,
            'istext' => $item->type === 'text',
            'hasmean' => $item->mean !== null,
            'mean' => self::number($item->mean),
            'sd' => self::number($item->sd),
            'dontknow' => $item->dontknow,
            'options' => array_map(fn(array $option) => [
                'label' => $option['label'],
                'count' => $option['count'],
                'percent' => self::number($option['percent'], false, 1),
            ], $item->options),
            'texts' => array_map(fn(string $text) => ['text' => $text], $item->texts),
            'hastexts' => (bool) $item->texts,
            'moretexts' => $item->textcount > count($item->texts)
                ? get_string('results_moretexts', 'local_digitalstrategy', $item->textcount - count($item->texts)) : null,
            'chart' => '',
        ];
        if ($item->options && $item->answered) {
            $chart = new \core\chart_bar();
            $chart->set_horizontal(true);
            $series = new \core\chart_series(
                get_string('results_count', 'local_digitalstrategy'),
                array_map(fn(array $option) => $option['count'], $item->options)
            );
            $chart->add_series($series);
            $chart->set_labels(array_map(fn(array $option) => \core_text::substr($option['label'], 0, 60), $item->options));
            $context['chart'] = $output->render_chart($chart, false);
        }
        return $context;
    }

    /**
     * The context of the wave comparison.
     *
     * @return array
     */
    private function comparison_context(): array {
        $c = $this->comparison;
        $str = fn(string $key, $a = null) => get_string('results_' . $key, 'local_digitalstrategy', $a);
        $rows = [];
        foreach ($c->rows() as $row) {
            $rows[] = [
                'key' => $row['key'],
                'text' => $row['text'],
                'hasmean' => $row['meana'] !== null || $row['meanb'] !== null,
                'answereda' => $row['answereda'],
                'answeredb' => $row['answeredb'],
                'meana' => self::number($row['meana']),
                'meanb' => self::number($row['meanb']),
                'diff' => self::number($row['diff'], true),
                'options' => array_map(fn(array $option) => [
                    'label' => $option['label'],
                    'percenta' => self::number($option['percenta'], false, 1),
                    'percentb' => self::number($option['percentb'], false, 1),
                    'diff' => self::number($option['diff'], true, 1),
                ], $row['options']),
            ];
        }
        return [
            'namea' => $this->comparename,
            'nameb' => $this->campaignname,
            'responsesa' => $c->a->responses,
            'responsesb' => $c->b->responses,
            'shown' => $c->is_shown(),
            'toosmall' => $c->a->suppressed ? $str('wavetoosmall', $this->comparename)
                : ($c->b->suppressed ? $str('wavetoosmall', $this->campaignname) : null),
            'rows' => $rows,
        ];
    }
}
