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
use local_digitalstrategy\local\controlling\drilldown;
use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\timeline_cell;
use moodle_url;

/**
 * The drill-down of one cell of the controlling dashboard (controlling_detail.php): the
 * indicator's target, actual value and Ampel with its rule in a half-year, and the records behind
 * the number as its source lists them (which organisations, which sessions, which entries).
 *
 * The drill-down's cells are raw values (Mustache escapes them once); the indicator's name is
 * format_string() output (HTML) for triple braces.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class controlling_detail implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param indicator $indicator
     * @param timeline_cell $cell the indicator's cell in the half-year
     * @param drilldown|null $drilldown the records, null when the source is missing
     * @param bool $canmanage whether the viewer may enter values and edit the indicator
     */
    public function __construct(
        /** @var indicator */
        private readonly indicator $indicator,
        /** @var timeline_cell */
        private readonly timeline_cell $cell,
        /** @var drilldown|null */
        private readonly ?drilldown $drilldown,
        /** @var bool */
        private readonly bool $canmanage,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/controlling_detail';
    }

    /**
     * A drill-down value as text: numbers as the user's language writes them.
     *
     * @param string|int|float $value
     * @return string
     */
    private static function text(string|int|float $value): string {
        if (is_float($value)) {
            return format_float($value, 2, true, true);
        }
        return (string) $value;
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $cell = controlling_page::cell($this->indicator, $this->cell, null);
        $rows = [];
        foreach ($this->drilldown?->rows ?? [] as $row) {
            $rows[] = ['cells' => array_map(fn($v) => ['value' => self::text($v)], array_values($row))];
        }
        $period = $this->cell->period->index;
        $ismanual = $this->indicator->source === 'manual';
        return [
            'name' => format_string($this->indicator->display_name(), true, ['context' => \context_system::instance()]),
            'periodlabel' => $this->cell->period->label(),
            'unitname' => get_string('controlling_unit_' . $this->indicator->unit, 'local_digitalstrategy'),
            'cell' => $cell,
            'sourcemissing' => $this->drilldown === null,
            'source' => $this->indicator->source,
            'headers' => array_map(fn(string $h) => ['header' => $h], array_values($this->drilldown?->headers ?? [])),
            'rows' => $rows,
            'hasrows' => $rows !== [],
            'count' => count($rows),
            'note' => (string) ($this->drilldown?->note ?? ''),
            'valueurl' => $this->canmanage && $ismanual ? (new moodle_url('/local/digitalstrategy/indicator_value.php', [
                'indicator' => $this->indicator->id, 'period' => $period,
            ]))->out(false) : '',
            'editurl' => $this->canmanage ? (new moodle_url('/local/digitalstrategy/indicator_edit.php', [
                'id' => $this->indicator->id,
            ]))->out(false) : '',
            'backurl' => (new moodle_url('/local/digitalstrategy/controlling.php'))->out(false),
        ];
    }
}
