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
use local_digitalstrategy\local\strategy\ampel_rating;
use local_digitalstrategy\local\strategy\measure;
use local_digitalstrategy\organisation;

/**
 * The Plan-Do-Check-Act board of an organisation: four labelled lists of measure cards, each card
 * with its Ampel as text and colour and (for those who may edit) a "move to" menu; the strategy's
 * overall Ampel per criterion. The AMD module local_digitalstrategy/board adds dragging, arrow keys,
 * saving, undo and polling.
 *
 * Texts are passed raw (Mustache escapes them once); the organisation's name is format_string()
 * output (HTML) and rendered with triple braces.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class board_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param organisation $organisation
     * @param array $board from board_service::board()
     */
    public function __construct(
        /** @var organisation */
        private readonly organisation $organisation,
        /** @var array */
        private readonly array $board,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/board_page';
    }

    /**
     * The card of a measure as the template board_card needs it.
     *
     * @param array $measure from board_service::export_measure()
     * @param bool $canedit
     * @return array
     */
    public static function card(array $measure, bool $canedit): array {
        $ratings = [];
        foreach ($measure['ratings'] as $rating) {
            $ratings[] = self::ampel_cell($rating['criterion'], $rating['rating']);
        }
        return [
            'id' => $measure['id'],
            'title' => $measure['title'],
            'phase' => $measure['phase'],
            'version' => $measure['version'],
            'ownername' => $measure['ownername'],
            'hasowner' => $measure['ownername'] !== '',
            'duedate' => $measure['duedatetext'],
            'overdue' => $measure['overdue'],
            'transferable' => $measure['transferable'],
            'ratings' => $ratings,
            'canedit' => $canedit,
            'rateurl' => (new \moodle_url('/local/digitalstrategy/rate.php', ['id' => $measure['id']]))->out(false),
            'editurl' => (new \moodle_url('/local/digitalstrategy/measure_edit.php', ['id' => $measure['id']]))->out(false),
            'phases' => self::phase_options($measure['phase']),
            'movelabel' => get_string('board_moveto', 'local_digitalstrategy', $measure['title']),
            'helpid' => 'local_digitalstrategy-boardhelp',
        ];
    }

    /**
     * One criterion of an Ampel with its texts.
     *
     * @param string $criterion
     * @param string $rating green, amber, red or '' (unrated)
     * @return array
     */
    public static function ampel_cell(string $criterion, string $rating): array {
        return [
            'criterion' => $criterion,
            'criterionname' => get_string('ampel_criterion_' . $criterion, 'local_digitalstrategy'),
            'rating' => $rating === '' ? 'none' : $rating,
            'ratingname' => get_string('ampel_rating_' . ($rating === '' ? 'none' : $rating), 'local_digitalstrategy'),
        ];
    }

    /**
     * The phases a card can be moved to, for its menu.
     *
     * @param string $current
     * @return array
     */
    private static function phase_options(string $current): array {
        $options = [];
        foreach (measure::PHASES as $phase) {
            $options[] = ['phase' => $phase, 'name' => get_string('board_phase_' . $phase, 'local_digitalstrategy'),
                'current' => $phase === $current];
        }
        return $options;
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $columns = [];
        foreach (measure::PHASES as $phase) {
            $columns[$phase] = ['phase' => $phase, 'name' => get_string('board_phase_' . $phase, 'local_digitalstrategy'),
                'measures' => [], 'count' => 0];
        }
        foreach ($this->board['measures'] as $measure) {
            $columns[$measure['phase']]['measures'][] = self::card($measure, $this->board['canedit']);
            $columns[$measure['phase']]['count']++;
        }
        $ampel = [];
        foreach (ampel_rating::CRITERIA as $criterion) {
            $ampel[] = self::ampel_cell($criterion, (string) ($this->board['ampel'][$criterion] ?? ''));
        }
        $orgid = $this->organisation->get_id();
        return [
            'orgid' => $orgid,
            'orgname' => $this->organisation->get_formatted_name(),
            'revision' => $this->board['revision'],
            'canedit' => $this->board['canedit'],
            'hasstrategy' => $this->board['hasstrategy'],
            'columns' => array_values($columns),
            'ampel' => $ampel,
            'addurl' => (new \moodle_url('/local/digitalstrategy/measure_edit.php', ['orgid' => $orgid]))->out(false),
            'timelineurl' => (new \moodle_url('/local/digitalstrategy/timeline.php', ['orgid' => $orgid]))->out(false),
            'template' => self::card([
                'id' => 0, 'title' => '', 'phase' => 'plan', 'version' => 0, 'ownername' => '', 'duedate' => 0,
                'duedatetext' => '', 'overdue' => false, 'transferable' => false,
                'ratings' => array_map(fn($c) => ['criterion' => $c, 'rating' => ''], ampel_rating::CRITERIA),
            ], $this->board['canedit']),
        ];
    }
}
