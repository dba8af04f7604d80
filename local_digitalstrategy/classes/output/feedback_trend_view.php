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
use local_digitalstrategy\local\campaign\feedback_trend;

/**
 * The feedback trend: mean per campaign and per half-year against the target band, each as a
 * chart and a table.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_trend_view implements named_templatable, renderable {
    /**
     * Creates the view.
     *
     * @param feedback_trend $trend the trend
     * @param feedback_ampel $ampel the band and thresholds
     * @param \context $context the context campaign names are formatted in
     * @param callable|null $resultsurl campaign id => URL of its results (string), or null for no links
     */
    public function __construct(
        /** @var feedback_trend the trend */
        private readonly feedback_trend $trend,
        /** @var feedback_ampel the band and thresholds */
        private readonly feedback_ampel $ampel,
        /** @var \context the context campaign names are formatted in */
        private readonly \context $context,
        /** @var callable|null campaign id => URL of its results */
        private readonly mixed $resultsurl = null,
    ) {
    }

    /**
     * The template.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/feedback_trend';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $campaigns = [];
        $campaignrows = [];
        foreach (array_reverse($this->trend->campaigns) as $campaign) {
            $label = format_string($campaign['name'], true, ['context' => $this->context, 'escape' => false]);
            $shown = $campaign['mean'] !== null;
            $campaigns[] = [
                // HTML made by Moodle: {{{name}}}.
                'name' => format_string($campaign['name'], true, ['context' => $this->context]),
                'date' => userdate($campaign['eventdate'], get_string('strftimedate', 'langconfig')),
                'responses' => $campaign['responses'],
                'shown' => $shown,
                'mean' => $shown ? format_float($campaign['mean'], 2) : '',
                'url' => $this->resultsurl ? (string) ($this->resultsurl)($campaign['id']) : '',
            ] + ($shown ? feedback_results::ampel_context($this->ampel, $campaign['mean']) : []);
            if ($shown) {
                $campaignrows[] = ['label' => $label, 'mean' => $campaign['mean']];
            }
        }
        $halfyears = [];
        $halfrows = [];
        foreach ($this->trend->halfyears as $half) {
            $label = get_string('feedback_halfyear', 'local_digitalstrategy', (object) $half);
            $halfyears[] = [
                'label' => $label,
                'campaigns' => $half['campaigns'],
                'responses' => $half['responses'],
                'mean' => format_float($half['mean'], 2),
            ] + feedback_results::ampel_context($this->ampel, $half['mean']);
            $halfrows[] = ['label' => $label, 'mean' => $half['mean']];
        }
        return [
            'campaigns' => $campaigns,
            'hascampaigns' => !empty($campaigns),
            'campaignchart' => $campaignrows
                ? $output->render(new feedback_band_chart(
                    get_string('feedback_chart_campaigns', 'local_digitalstrategy'),
                    $campaignrows,
                    $this->ampel
                ))
                : '',
            'halfyears' => $halfyears,
            'hashalfyears' => !empty($halfyears),
            'halfyearchart' => $halfrows
                ? $output->render(new feedback_band_chart(
                    get_string('feedback_chart_halfyears', 'local_digitalstrategy'),
                    $halfrows,
                    $this->ampel
                ))
                : '',
            'band' => get_string('feedback_band', 'local_digitalstrategy', (object) [
                'low' => format_float($this->ampel->low, 1),
                'high' => format_float($this->ampel->high, 1),
            ]),
            'minimum' => \local_digitalstrategy\local\campaign\campaign::MIN_FEEDBACK_RESPONSES,
        ];
    }
}
