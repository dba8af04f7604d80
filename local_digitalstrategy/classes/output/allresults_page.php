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
use moodle_url;

/**
 * One page of the heat map of all active organisations × areas (latest submitted check of each),
 * with links to each organisation's results, the paging bar and the export of all rows.
 *
 * Texts are passed raw (Mustache escapes them once); organisation names are format_string()
 * output (HTML), rendered with triple braces.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class allresults_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param string[] $dimensionnames area names (plain text) in column order
     * @param \stdClass[] $rows from aggregate_repository::get_rows()
     * @param int $total active organisations
     * @param int $page current page, from 0
     * @param int $perpage rows per page
     * @param moodle_url $baseurl the page's URL without the page number
     */
    public function __construct(
        /** @var string[] area names */
        private readonly array $dimensionnames,
        /** @var \stdClass[] rows of this page */
        private readonly array $rows,
        /** @var int active organisations */
        private readonly int $total,
        /** @var int current page */
        private readonly int $page,
        /** @var int rows per page */
        private readonly int $perpage,
        /** @var moodle_url the page's URL */
        private readonly moodle_url $baseurl,
    ) {
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
        return [
            'dimensionnames' => array_map(fn($name) => ['name' => $name], array_values($this->dimensionnames)),
            'rows' => $rows,
            'hasrows' => (bool) $rows,
            'total' => $this->total,
            'pagingbar' => $output->render(new \paging_bar($this->total, $this->page, $this->perpage, $this->baseurl)),
            'exportselector' => $this->total ? $output->download_dataformat_selector(
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
