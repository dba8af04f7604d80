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

namespace block_digicheck\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\local\controlling\timeline;
use local_digitalstrategy\output\controlling_page;
use moodle_url;

/**
 * The compact project controlling for the project team: in one half-year of the programme (the
 * running one, else the nearest), how many indicators are green, amber, red or without an Ampel,
 * and the amber and red ones by name with their rule, each leading to its drill-down; a link to
 * the dashboard.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class controlling_summary implements named_templatable, renderable {
    /** @var int Most amber and red indicators listed; the dashboard shows the rest. */
    public const MAX_LISTED = 5;

    /**
     * Creates the part.
     *
     * @param timeline $timeline the timeline of one half-year
     */
    public function __construct(
        /** @var timeline The timeline of the half-year shown. */
        private readonly timeline $timeline,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'block_digicheck/controlling_summary';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = \context_system::instance();
        $periods = $this->timeline->periods;
        $period = $periods ? $periods[array_key_first($periods)] : null;
        $counts = array_fill_keys(controlling_page::COLOURS, 0);
        $listed = [];
        foreach ($this->timeline->rows as $row) {
            $cell = $period ? ($row->cells[$period->index] ?? null) : null;
            if ($cell === null) {
                continue;
            }
            $data = controlling_page::cell($row->indicator, $cell, null);
            $counts[$data['colour']]++;
            if ($data['colour'] === 'red' || $data['colour'] === 'amber') {
                $listed[] = [
                    'name' => format_string($row->indicator->display_name(), true, ['context' => $context]),
                    'colour' => $data['colour'],
                    'colourname' => $data['colourname'],
                    'rule' => $data['rule'],
                    'url' => $data['detailurl'],
                ];
            }
        }
        // Red before amber, in catalogue order within each.
        usort($listed, fn(array $a, array $b) => ($a['colour'] === 'red' ? 0 : 1) <=> ($b['colour'] === 'red' ? 0 : 1));
        $colours = [];
        foreach ($counts as $colour => $count) {
            $colours[] = ['colour' => $colour, 'count' => $count,
                'colourname' => get_string('controlling_ampel_' . $colour, 'local_digitalstrategy')];
        }
        return [
            'periodlabel' => $period?->label() ?? '',
            'colours' => $colours,
            'listed' => array_slice($listed, 0, self::MAX_LISTED),
            'haslisted' => $listed !== [],
            'more' => count($listed) > self::MAX_LISTED,
            'dashboardurl' => (new moodle_url('/local/digitalstrategy/controlling.php'))->out(false),
        ];
    }
}
