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
use local_digitalstrategy\local\controlling\ampel_rule;
use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\period;
use local_digitalstrategy\local\controlling\process_rating;
use local_digitalstrategy\local\controlling\timeline;
use local_digitalstrategy\local\controlling\timeline_cell;
use moodle_url;

/**
 * The controlling dashboard (controlling.php): the programme plan's timeline as a table of
 * indicators × half-years with target, actual value and Ampel in each cell (the rule that gave the
 * Ampel on hover and focus, each cell a link to the records behind its number), a chart of the
 * Ampel colours per half-year beside it with the same counts as a table, and the process Ampel of
 * one half-year.
 *
 * Texts are passed raw (Mustache escapes them once); indicator names are format_string() output
 * (HTML) for triple braces.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class controlling_page implements named_templatable, renderable {
    /** @var string[] Ampel colours of indicators, in the order of the chart's stack */
    public const COLOURS = ['green', 'amber', 'red', 'none'];

    /**
     * Creates the page content.
     *
     * @param timeline $timeline the half-years shown
     * @param array<int, period> $allperiods every half-year of the programme (for the selector)
     * @param array<string, array<int, \stdClass>> $ratings process_rating_repository::current_all()
     * @param period|null $processperiod the half-year whose process Ampel is shown
     * @param bool $canmanage whether the viewer may edit the catalogue, enter values and rate processes
     * @param string $message a notice above the table ('' for none), plain text
     */
    public function __construct(
        /** @var timeline */
        private readonly timeline $timeline,
        /** @var array<int, period> */
        private readonly array $allperiods,
        /** @var array<string, array<int, \stdClass>> */
        private readonly array $ratings,
        /** @var period|null */
        private readonly ?period $processperiod,
        /** @var bool */
        private readonly bool $canmanage,
        /** @var string */
        private readonly string $message = '',
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/controlling_page';
    }

    /**
     * A value in its unit as the user's language writes it, e.g. "12", "31,5 %", "1,25".
     *
     * @param indicator $indicator
     * @param float|null $value
     * @return string '–' for no value
     */
    public static function value(indicator $indicator, ?float $value): string {
        if ($value === null) {
            return get_string('controlling_novalue', 'local_digitalstrategy');
        }
        $number = ampel_rule::number($value);
        return $indicator->unit === 'percent' ? get_string('controlling_percent', 'local_digitalstrategy', $number) : $number;
    }

    /**
     * The template data of one cell.
     *
     * @param indicator $indicator
     * @param timeline_cell $cell
     * @param period|null $running the running half-year
     * @return array
     */
    public static function cell(indicator $indicator, timeline_cell $cell, ?period $running): array {
        $colour = in_array($cell->ampel->colour, self::COLOURS, true) ? $cell->ampel->colour : 'none';
        $index = $cell->period->index;
        return [
            'period' => $index,
            'periodlabel' => $cell->period->label(),
            'target' => $cell->target === null
                ? get_string('controlling_notarget', 'local_digitalstrategy')
                : (new ampel_rule())->describe_target($indicator, $cell->target),
            'actual' => self::value($indicator, $cell->actual),
            'colour' => $colour,
            'colourname' => get_string('controlling_ampel_' . $colour, 'local_digitalstrategy'),
            'rule' => $cell->ampel->rule,
            'ruleid' => 'local_digitalstrategy-rule-' . $indicator->id . '-' . $index,
            'running' => $running !== null && $running->index === $index,
            'sourcemissing' => $cell->sourcemissing,
            'detailurl' => (new moodle_url('/local/digitalstrategy/controlling_detail.php', [
                'indicator' => $indicator->id, 'period' => $index,
            ]))->out(false),
        ];
    }

    /**
     * The running half-year among those of the timeline, if any.
     *
     * @return period|null
     */
    private function running(): ?period {
        foreach ($this->timeline->periods as $period) {
            if ($period->is_running($this->timeline->now)) {
                return $period;
            }
        }
        return null;
    }

    /**
     * The rows of the timeline table and the number of cells of each colour per half-year.
     *
     * @return array{0: array, 1: array<string, array<int, int>>}
     */
    private function rows(): array {
        $context = \context_system::instance();
        $running = $this->running();
        $counts = [];
        foreach (self::COLOURS as $colour) {
            $counts[$colour] = array_fill_keys(array_keys($this->timeline->periods), 0);
        }
        $rows = [];
        foreach ($this->timeline->rows as $row) {
            $cells = [];
            foreach ($this->timeline->periods as $index => $period) {
                $cell = $row->cells[$index] ?? null;
                if ($cell === null) {
                    continue;
                }
                $data = self::cell($row->indicator, $cell, $running);
                $counts[$data['colour']][$index]++;
                $cells[] = $data;
            }
            $rows[] = [
                'id' => $row->indicator->id,
                'idnumber' => $row->indicator->idnumber,
                'name' => format_string($row->indicator->display_name(), true, ['context' => $context]),
                'unitname' => get_string('controlling_unit_' . $row->indicator->unit, 'local_digitalstrategy'),
                'sourcemissing' => $row->sourcemissing,
                'source' => $row->indicator->source,
                'cells' => $cells,
            ];
        }
        return [$rows, $counts];
    }

    /**
     * The chart's data (written on the canvas for local_digitalstrategy/controlling_chart) and the
     * same counts as table rows.
     *
     * @param array<string, array<int, int>> $counts colour => period index => cells
     * @param bool $small whether the chart is the block's
     * @return array{json: string, rows: array}
     */
    public static function chart(array $counts, array $periods, bool $small = false): array {
        $series = [];
        $rows = [];
        foreach (self::COLOURS as $colour) {
            $values = [];
            foreach (array_keys($periods) as $index) {
                $values[] = (int) ($counts[$colour][$index] ?? 0);
            }
            $name = get_string('controlling_ampel_' . $colour, 'local_digitalstrategy');
            $series[] = ['colour' => $colour, 'label' => $name, 'values' => $values];
            $rows[] = ['colour' => $colour, 'colourname' => $name,
                'values' => array_map(fn(int $v) => ['value' => $v], $values)];
        }
        $labels = array_values(array_map(fn(period $p) => $p->short_label(), $periods));
        return [
            'json' => json_encode(
                ['labels' => $labels, 'series' => $series, 'small' => $small],
                JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR
            ),
            'rows' => $rows,
            'labels' => array_map(fn(string $l) => ['label' => $l], $labels),
        ];
    }

    /**
     * The process Ampel of the chosen half-year: each process with its newest rating per criterion.
     *
     * @return array
     */
    private function processes(): array {
        $criteria = array_map(fn(string $c) => [
            'criterion' => $c, 'name' => get_string('controlling_criterion_' . $c, 'local_digitalstrategy'),
        ], process_rating::CRITERIA);
        $rows = [];
        foreach (process_rating::PROCESSES as $process) {
            $rating = $this->processperiod ? ($this->ratings[$process][$this->processperiod->index] ?? null) : null;
            $cells = [];
            foreach (process_rating::CRITERIA as $criterion) {
                $colour = (string) ($rating->$criterion ?? '');
                $colour = in_array($colour, process_rating::COLOURS, true) ? $colour : 'none';
                $cells[] = ['colour' => $colour, 'colourname' => get_string('ampel_rating_' . $colour, 'local_digitalstrategy')];
            }
            $rows[] = [
                'process' => $process,
                'name' => get_string('controlling_process_' . $process, 'local_digitalstrategy'),
                'cells' => $cells,
                'note' => (string) ($rating->note ?? ''),
                'rated' => $rating !== null,
            ];
        }
        return [
            'periodlabel' => $this->processperiod?->label() ?? '',
            'criteria' => $criteria,
            'rows' => $rows,
            'rateurl' => $this->canmanage && $this->processperiod
                ? (new moodle_url('/local/digitalstrategy/processes.php', ['period' => $this->processperiod->index]))->out(false)
                : '',
        ];
    }

    /**
     * The options of the period selector.
     *
     * @param int $selected
     * @return array
     */
    private function options(int $selected): array {
        $options = [];
        foreach ($this->allperiods as $index => $period) {
            $options[] = ['value' => $index, 'label' => $period->label(), 'selected' => $index === $selected];
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
        [$rows, $counts] = $this->rows();
        $indexes = array_keys($this->timeline->periods);
        $running = $this->running();
        $periods = [];
        foreach ($this->timeline->periods as $index => $period) {
            $periods[] = ['index' => $index, 'label' => $period->label(), 'shortlabel' => $period->short_label(),
                'running' => $running !== null && $running->index === $index];
        }
        $exporturl = fn(string $format) => (new moodle_url('/local/digitalstrategy/controlling_export.php', [
            'format' => $format,
        ]))->out(false);
        return [
            'message' => $this->message,
            'periods' => $periods,
            'rows' => $rows,
            'hasrows' => $rows !== [],
            'from' => $this->options((int) reset($indexes)),
            'to' => $this->options((int) end($indexes)),
            'chart' => self::chart($counts, $this->timeline->periods),
            'processes' => $this->processes(),
            'canmanage' => $this->canmanage,
            'xlsxurl' => $exporturl('xlsx'),
            'odsurl' => $exporturl('ods'),
            'catalogueurl' => (new moodle_url('/local/digitalstrategy/indicators.php'))->out(false),
            'actionurl' => (new moodle_url('/local/digitalstrategy/controlling.php'))->out(false),
        ];
    }
}
