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
use moodle_url;

/**
 * Content of the Digitalisierungscheck block: the latest result of the viewer's organisation
 * (small radar against the anonymous peer average, strengths, weaknesses, continue or start the
 * check) and, for those who may see all results, the aggregate over all organisations with a
 * link to every organisation's result. Built by block_digicheck\local\content_builder; holds data
 * only (texts raw, the organisation's name as format_string() output).
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
        return [
            'nocheck' => $this->nocheck,
            'hasparticipant' => $participant !== null,
            'participant' => $participant,
            'nomembership' => $participant === null && $this->admin === null && !$this->nocheck,
            'hasadmin' => $this->admin !== null,
            'admin' => $this->admin,
            'overviewurl' => $this->overviewurl?->out(false),
        ];
    }
}
