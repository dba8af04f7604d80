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
use local_digitalstrategy\local\strategy\goal;
use local_digitalstrategy\local\strategy\strategy;
use local_digitalstrategy\local\strategy\strategy_field_repository;
use local_digitalstrategy\organisation;
use moodle_url;

/**
 * The strategy page of an organisation: state, who adopted it and when, vision, guiding values,
 * goals with baseline, current score and change, the chosen experiment fields with their steps,
 * and the links the viewer may follow.
 *
 * Texts are passed raw (Mustache escapes them once); the organisation's name is format_string()
 * output (HTML) and rendered with triple braces.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param organisation $organisation
     * @param strategy|null $strategy null when nobody started it yet
     * @param array|null $adoption the last adopted version: useradopted, timeadopted (null before the first)
     * @param string|null $adoptedby full name of who adopted it, null for a deleted user
     * @param array<string, string> $dimensions dimension names by key
     * @param array<string, float|null> $scores dimension scores of the latest submitted check by key
     * @param array<string, bool> $can canedit, canadopt, canviewanalyses
     */
    public function __construct(
        /** @var organisation */
        private readonly organisation $organisation,
        /** @var strategy|null */
        private readonly ?strategy $strategy,
        /** @var array|null */
        private readonly ?array $adoption,
        /** @var string|null */
        private readonly ?string $adoptedby,
        /** @var array<string, string> */
        private readonly array $dimensions,
        /** @var array<string, float|null> */
        private readonly array $scores,
        /** @var array<string, bool> */
        private readonly array $can,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/strategy_page';
    }

    /**
     * Formats a score or a change.
     *
     * @param float|null $value
     * @param bool $signed
     * @return string
     */
    public static function score(?float $value, bool $signed = false): string {
        if ($value === null) {
            return '–';
        }
        if (!$signed) {
            return format_float($value, 1);
        }
        return ($value > 0 ? '+' : ($value < 0 ? '−' : '±')) . format_float(abs($value), 1);
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $orgid = $this->organisation->get_id();
        $url = fn(string $page, array $params = []) => (new moodle_url(
            '/local/digitalstrategy/' . $page,
            ['orgid' => $orgid] + $params
        ))->out(false);
        $s = $this->strategy;
        $canedit = !empty($this->can['canedit']);
        $status = $s ? $s->status : 'none';
        $date = get_string('strftimedate', 'langconfig');
        return [
            'orgid' => $orgid,
            'orgname' => $this->organisation->get_formatted_name(),
            'hasstrategy' => $s !== null,
            'status' => $status,
            'statuslabel' => get_string('strategy_status_' . $status, 'local_digitalstrategy'),
            'version' => $s ? $s->version : 0,
            'adopted' => $this->adoption !== null,
            'adoptedversion' => $s ? $s->adoptedversion : 0,
            'adoptedby' => $this->adoptedby ?? \local_digitalstrategy\local\user_repository::deleted_name(),
            'adoptedon' => $this->adoption
                ? userdate($this->adoption['timeadopted'], get_string('strftimedatetime', 'langconfig')) : '',
            'vision' => $s ? $s->vision : '',
            'hasvision' => $s && $s->vision !== '',
            'guidingvalues' => $s ? $s->guidingvalues : '',
            'hasguidingvalues' => $s && $s->guidingvalues !== '',
            'goals' => $s ? array_map(fn(goal $g) => [
                'id' => $g->id,
                'title' => $g->title,
                'rationale' => $g->rationale,
                'target' => $g->target,
                'due' => $g->duedate ? userdate($g->duedate, $date) : '',
                'dimension' => $g->dimension === '' ? '' : ($this->dimensions[$g->dimension] ?? $g->dimension),
                'hasbaseline' => $g->baseline !== null,
                'baseline' => self::score($g->baseline),
                'current' => $g->dimension === '' ? '–' : self::score($this->scores[$g->dimension] ?? null),
                'change' => $g->baseline === null || ($this->scores[$g->dimension] ?? null) === null ? '–'
                    : self::score($this->scores[$g->dimension] - $g->baseline, true),
                'editurl' => $canedit ? $url('goal_edit.php', ['id' => $g->id]) : '',
            ], $s->goals) : [],
            'hasgoals' => $s && $s->goals,
            'fields' => $s ? array_map(fn(array $f) => [
                'name' => strategy_field_repository::display_name($f['idnumber'], $f['name']),
                'steps' => $f['steps'],
                'archived' => $f['archived'] ?? false,
            ], $s->fields) : [],
            'hasfields' => $s && $s->fields,
            'canedit' => $canedit,
            'canadopt' => !empty($this->can['canadopt']) && $s !== null && $s->can_be_adopted(),
            'editurl' => $url('strategy_edit.php'),
            'addgoalurl' => $url('goal_edit.php'),
            'adopturl' => $url('strategy_adopt.php'),
            'boardurl' => $url('board.php'),
            'canviewanalyses' => !empty($this->can['canviewanalyses']),
            'resistanceurl' => $url('resistance.php'),
            'hashistory' => $s && $s->adoptedversion > 0,
            'historyurl' => $url('strategy_history.php'),
        ];
    }
}
