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

use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\indicator_catalogue_service;
use local_digitalstrategy\local\controlling\period;
use local_digitalstrategy\local\controlling\target;

/**
 * The indicator catalogue: every indicator with unit, direction, tolerance, source (a missing one
 * named so) and its target in each half-year, with links to edit it and to enter manual values.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class indicator_catalogue_page implements \renderable, \templatable {
    /**
     * Creates the page.
     *
     * @param indicator[] $indicators in catalogue order
     * @param array<int, array<int, target>> $targets indicator id => period index => target
     * @param array<int, bool> $missing indicator id => whether its source class is missing
     * @param array<int, period> $periods the programme's half-years
     * @param bool $canmanage whether the viewer may edit and enter values
     */
    public function __construct(
        /** @var indicator[] */
        private readonly array $indicators,
        /** @var array<int, array<int, target>> */
        private readonly array $targets,
        /** @var array<int, bool> */
        private readonly array $missing,
        /** @var array<int, period> */
        private readonly array $periods,
        /** @var bool */
        private readonly bool $canmanage,
    ) {
    }

    /**
     * A target as a short text: "≥ 50", "≤ 5" or "1–1.5".
     *
     * @param indicator $indicator
     * @param target|null $target
     * @return string plain text, '' without a target
     */
    public static function target_text(indicator $indicator, ?target $target): string {
        if (!$target) {
            return '';
        }
        $low = format_float($target->target, -1);
        if ($indicator->direction === 'range') {
            return $low . '–' . format_float($target->targethigh ?? $target->target, -1);
        }
        return ($indicator->direction === 'atmost' ? '≤ ' : '≥ ') . $low;
    }

    /**
     * The data of the template.
     *
     * @param \renderer_base $output
     * @return array
     */
    public function export_for_template(\renderer_base $output): array {
        $c = 'local_digitalstrategy';
        $rows = [];
        foreach ($this->indicators as $indicator) {
            $cells = [];
            foreach ($this->periods as $index => $period) {
                $text = self::target_text($indicator, $this->targets[$indicator->id][$index] ?? null);
                $cells[] = ['period' => $period->short_label(), 'target' => $text, 'hastarget' => $text !== ''];
            }
            $missing = !empty($this->missing[$indicator->id]);
            $rows[] = [
                'id' => $indicator->id,
                'name' => $indicator->display_name(),
                'idnumber' => $indicator->idnumber,
                'unit' => get_string('indicatoredit_unit_' . $indicator->unit, $c),
                'direction' => get_string('indicatoredit_direction_' . $indicator->direction, $c),
                'tolerance' => format_float($indicator->tolerance, -1),
                'source' => $missing ? $indicator->source : indicator_catalogue_service::source_name($indicator->source),
                'sourcemissing' => $missing,
                'manual' => $indicator->source === 'manual',
                'cells' => $cells,
                'editurl' => $this->canmanage
                    ? (new \moodle_url('/local/digitalstrategy/indicator_edit.php', ['id' => $indicator->id]))->out(false) : '',
                'valueurl' => $this->canmanage && $indicator->source === 'manual'
                    ? (new \moodle_url('/local/digitalstrategy/indicator_value.php', ['indicator' => $indicator->id]))->out(false)
                    : '',
            ];
        }
        return [
            'periods' => array_values(array_map(
                fn(period $p) => ['label' => $p->short_label(), 'title' => $p->label()],
                $this->periods
            )),
            'rows' => $rows,
            'hasrows' => (bool) $rows,
            'canmanage' => $this->canmanage,
            'addurl' => (new \moodle_url('/local/digitalstrategy/indicator_edit.php'))->out(false),
            'processesurl' => (new \moodle_url('/local/digitalstrategy/processes.php'))->out(false),
        ];
    }
}
