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

/**
 * The project team's overview of every active organisation's strategy, a page at a time or all
 * at once: search and filters as on the organisations page and the heat map, the table of
 * strategies (strategies_table), the paging bar.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategies_page implements named_templatable, renderable {
    /** @var int Rows per page unless all are shown. */
    public const DEFAULT_PERPAGE = 50;

    /**
     * Creates the page content.
     *
     * @param strategies_table $table the rows of this page
     * @param organisation_list_controls $controls filter, sort and URLs
     * @param int $total organisations matching the filter
     * @param int $shown rows on this page
     * @param int $page current page, from 0
     * @param int $perpage rows per page, 0 when all are shown
     * @param int $totalall active organisations at all
     */
    public function __construct(
        /** @var strategies_table */
        private readonly strategies_table $table,
        /** @var organisation_list_controls */
        private readonly organisation_list_controls $controls,
        /** @var int */
        private readonly int $total,
        /** @var int */
        private readonly int $shown,
        /** @var int */
        private readonly int $page,
        /** @var int */
        private readonly int $perpage,
        /** @var int */
        private readonly int $totalall,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/strategies_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $c = $this->controls;
        $paged = $this->perpage > 0;
        return [
            'filters' => $c->filters(false),
            'table' => $output->render($this->table),
            'hasorganisations' => $this->totalall > 0,
            'total' => $this->total,
            'count' => organisation_list_controls::count_text($this->total, $this->page * $this->perpage, $this->shown),
            'showallurl' => $paged && $this->total > $this->perpage
                ? $c->url(['perpage' => 0, 'page' => null])->out(false) : null,
            'showpagedurl' => !$paged && $this->total > self::DEFAULT_PERPAGE
                ? $c->url(['perpage' => null, 'page' => null])->out(false) : null,
            'defaultperpage' => self::DEFAULT_PERPAGE,
            'pagingbar' => $paged ? $output->render(new \paging_bar($this->total, $this->page, $this->perpage, $c->url())) : '',
        ];
    }
}
