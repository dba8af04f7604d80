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
use local_digitalstrategy\local\check\result;
use local_digitalstrategy\local\organisation_filter;
use moodle_url;

/**
 * One page of the heat map of all active organisations × areas (latest submitted check of each),
 * or all of it at once ("show all"): search and filters, columns that sort by name, by the
 * overall score or by any area, links to each organisation's results, the paging bar and the
 * export of all rows.
 *
 * Texts are passed raw (Mustache escapes them once); organisation names are format_string()
 * output (HTML), rendered with triple braces.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class allresults_page implements named_templatable, renderable {
    /** @var int Rows per page unless all are shown. */
    public const DEFAULT_PERPAGE = 50;

    /** @var organisation_list_controls filter, sort and URLs of the list */
    private readonly organisation_list_controls $controls;

    /**
     * Creates the page content.
     *
     * @param string[] $dimensionnames area names (plain text) by dimension key, in column order
     * @param \stdClass[] $rows from aggregate_repository::get_rows()
     * @param int $total active organisations matching the filter
     * @param int $page current page, from 0
     * @param int $perpage rows per page, 0 when all are shown
     * @param moodle_url $baseurl the page's URL without the page number
     * @param organisation_list_controls|null $controls filter and sort; null: no filter, by name
     * @param int|null $totalall active organisations at all; null: $total
     */
    public function __construct(
        /** @var string[] area names */
        private readonly array $dimensionnames,
        /** @var \stdClass[] rows of this page */
        private readonly array $rows,
        /** @var int active organisations matching the filter */
        private readonly int $total,
        /** @var int current page */
        private readonly int $page,
        /** @var int rows per page */
        private readonly int $perpage,
        /** @var moodle_url the page's URL */
        private readonly moodle_url $baseurl,
        ?organisation_list_controls $controls = null,
        /** @var int|null active organisations at all */
        private readonly ?int $totalall = null,
    ) {
        $this->controls = $controls
            ?? new organisation_list_controls($baseurl, new organisation_filter(), 'name', false, $perpage, $perpage, 'name');
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/allresults_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = \context_system::instance();
        $rows = [];
        foreach ($this->rows as $row) {
            $rows[] = [
                'name' => format_string($row->name, true, ['context' => $context]),
                'pilot' => !empty($row->pilot),
                'resultsurl' => $row->runid === null ? null
                    : (new moodle_url('/local/digitalstrategy/results.php', ['runid' => $row->runid]))->out(false),
                'score' => self::format($row->score === null ? null : (float) $row->score),
                'cells' => array_map(fn($score) => [
                    'score' => self::format($score),
                    'level' => $score === null ? 'none' : result::maturity_level($score),
                ], array_values($row->dimensions)),
            ];
        }
        $c = $this->controls;
        $columns = [];
        foreach ($this->dimensionnames as $key => $name) {
            $columns[] = $c->column((string) $key, $name, true);
        }
        $totalall = $this->totalall ?? $this->total;
        $paged = $this->perpage > 0;
        return [
            'filters' => $c->filters(false),
            'namecolumn' => $c->column('name', get_string('allresults_organisation', 'local_digitalstrategy')),
            'dimensioncolumns' => $columns,
            'scorecolumn' => $c->column('score', get_string('overallscore', 'local_digitalstrategy'), true),
            'rows' => $rows,
            'hasrows' => (bool) $rows,
            'hasorganisations' => $totalall > 0,
            'total' => $this->total,
            'count' => organisation_list_controls::count_text($this->total, $this->page * $this->perpage, count($rows)),
            'showallurl' => $paged && $this->total > $this->perpage
                ? $c->url(['perpage' => 0, 'page' => null])->out(false) : null,
            'showpagedurl' => !$paged && $this->total > self::DEFAULT_PERPAGE
                ? $c->url(['perpage' => null, 'page' => null])->out(false) : null,
            'defaultperpage' => self::DEFAULT_PERPAGE,
            'pagingbar' => $paged ? $output->render(new \paging_bar($this->total, $this->page, $this->perpage, $c->url())) : '',
            'exportselector' => $totalall ? $output->download_dataformat_selector(
                get_string('allresults_export', 'local_digitalstrategy'),
                new moodle_url('/local/digitalstrategy/allresults.php')
            ) : '',
        ];
    }

    /**
     * A score for display.
     *
     * @param float|null $score
     * @return string
     */
    private static function format(?float $score): string {
        return $score === null ? '–' : format_float($score, 0);
    }
}
