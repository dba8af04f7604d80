<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace block_digicheck\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\output\radar_chart;
use local_digitalstrategy\output\strategy_status_panel;
use moodle_url;

/**
 * Content of the Digitalisierungscheck block: the latest result of the viewer's organisation
 * (small radar against the anonymous peer average, strengths, weaknesses, continue or start the
 * check) and, for those who may see all results, the aggregate over all organisations with a
 * link to every organisation's result; the strategy of the viewer's organisation (the shared
 * status panel) and, for the project team, the strategies of all organisations. Built by
 * block_digicheck\local\content_builder; holds data only (texts raw, the organisation's name as
 * format_string() output).
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class block_content implements named_templatable, renderable {
    /**
     * Creates the content.
     *
     * @param array|null $participant the viewer's organisation's part, null when they belong to none
     * @param radar_chart|null $radar the radar of the organisation's latest result, if it has one
     * @param array|null $admin the aggregate, null when the viewer may not see all results
     * @param moodle_url|null $overviewurl the programme overview, null when the viewer may not see all results
     * @param bool $nocheck whether no check instrument is installed
     * @param strategy_status_panel|null $strategy the viewer's organisation's strategy, null when none is shown
     * @param array|null $strategies the project team's part: table (strategies_table), total, shown, url, organisations
     */
    public function __construct(
        /** @var array|null the viewer's organisation's part */
        private readonly ?array $participant = null,
        /** @var radar_chart|null the radar of the organisation's latest result */
        private readonly ?radar_chart $radar = null,
        /** @var array|null the aggregate */
        private readonly ?array $admin = null,
        /** @var moodle_url|null the programme overview */
        private readonly ?moodle_url $overviewurl = null,
        /** @var bool whether no check instrument is installed */
        private readonly bool $nocheck = false,
        /** @var strategy_status_panel|null the viewer's organisation's strategy */
        private readonly ?strategy_status_panel $strategy = null,
        /** @var array|null the project team's part */
        private readonly ?array $strategies = null,
    ) {
    }

    /**
     * Returns the name of the template that renders the content.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'block_digicheck/block_content';
    }

    /**
     * Exports the data for the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $participant = $this->participant;
        if ($participant !== null && $this->radar !== null) {
            $participant['radar'] = $output->render($this->radar);
        }
        $strategies = null;
        if ($this->strategies !== null) {
            $strategies = [
                'table' => $this->strategies['total'] ? $output->render($this->strategies['table']) : '',
                'hasstrategies' => $this->strategies['total'] > 0,
                'shown' => get_string('strategies_blockshown', 'local_digitalstrategy', [
                    'shown' => $this->strategies['shown'], 'total' => $this->strategies['total']]),
                'url' => $this->strategies['url']->out(false),
                'linktext' => get_string('strategies_blockmore', 'local_digitalstrategy', $this->strategies['organisations']),
            ];
        }
        return [
            'nocheck' => $this->nocheck,
            'hasparticipant' => $participant !== null,
            'participant' => $participant,
            'nomembership' => $participant === null && $this->admin === null && $this->strategies === null && !$this->nocheck,
            'strategy' => $this->strategy ? $output->render($this->strategy) : '',
            'hasallstrategies' => $strategies !== null,
            'allstrategies' => $strategies,
            'hasadmin' => $this->admin !== null,
            'admin' => $this->admin,
            'overviewurl' => $this->overviewurl?->out(false),
        ];
    }
}
