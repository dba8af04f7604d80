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
use local_digitalstrategy\local\controlling\docaccess_aggregator;
use local_digitalstrategy\local\controlling\docaccess_type;
use local_digitalstrategy\local\controlling\period;

/**
 * The document-access statistics: totals per half-year, and for the chosen half-year access per
 * resource type, per organisation (groups below k left out) and the active users per month.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class docaccess_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param array<int, period> $periods the programme's half-years
     * @param period $selected the half-year shown in detail
     * @param array<int, \stdClass> $totals docaccess_repository::totals() of all half-years
     * @param \stdClass[] $types docaccess_repository::per_type() of the selected half-year
     * @param \stdClass[] $organisations docaccess_repository::per_organisation() of the selected half-year
     * @param int $hidden groups left out by the k rule
     * @param int $k
     * @param array<int, \stdClass> $months month (YYYYMM) => {users, organisations} of the selected half-year
     * @param int|null $aggregateduntil time of the last log row aggregated, null before the first run
     * @param bool $logenabled whether the standard log store is enabled
     * @param string $url the page's address (without parameters)
     * @param \paging_bar|null $pagingbar paging of the organisations (organisations already cut to the page)
     */
    public function __construct(
        /** @var array<int, period> */
        private readonly array $periods,
        /** @var period */
        private readonly period $selected,
        /** @var array<int, \stdClass> */
        private readonly array $totals,
        /** @var \stdClass[] */
        private readonly array $types,
        /** @var \stdClass[] */
        private readonly array $organisations,
        /** @var int */
        private readonly int $hidden,
        /** @var int */
        private readonly int $k,
        /** @var array<int, \stdClass> */
        private readonly array $months,
        /** @var int|null */
        private readonly ?int $aggregateduntil,
        /** @var bool */
        private readonly bool $logenabled,
        /** @var string */
        private readonly string $url,
        /** @var \paging_bar|null */
        private readonly ?\paging_bar $pagingbar = null,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/docaccess_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = \context_system::instance();
        $periods = [];
        foreach ($this->periods as $period) {
            $total = $this->totals[$period->index] ?? (object) ['views' => 0, 'downloads' => 0, 'users' => 0, 'organisations' => 0];
            $periods[] = [
                'index' => $period->index,
                'label' => $period->label(),
                'selected' => $period->index === $this->selected->index,
                'views' => $total->views,
                'downloads' => $total->downloads,
                'users' => $total->users,
                'organisations' => $total->organisations,
            ];
        }
        $types = array_map(fn($row) => [
            'type' => docaccess_type::name($row->modname),
            'views' => $row->views,
            'downloads' => $row->downloads,
            'users' => $row->users,
            'organisations' => $row->organisations,
        ], $this->types);
        $organisations = array_map(fn($row) => [
            'orgid' => $row->orgid,
            'name' => format_string($row->orgname, true, ['context' => $context]),
            'type' => docaccess_type::name($row->modname),
            'views' => $row->views,
            'downloads' => $row->downloads,
            'users' => $row->users,
        ], $this->organisations);
        $timezone = \core_date::get_server_timezone_object()->getName();
        $months = [];
        foreach ($this->months as $month => $row) {
            $months[] = [
                'month' => userdate(
                    docaccess_aggregator::month_start_of($month),
                    get_string('strftimemonthyear', 'core_langconfig'),
                    $timezone
                ),
                'users' => $row->users,
                'organisations' => $row->organisations,
            ];
        }
        return [
            'url' => $this->url,
            'periods' => $periods,
            'selectedlabel' => $this->selected->label(),
            'types' => $types,
            'hastypes' => (bool) $types,
            'organisations' => $organisations,
            'hasorganisations' => (bool) $organisations,
            'pagingbar' => $this->pagingbar ? $output->render($this->pagingbar) : '',
            'knote' => get_string('docaccess_knote', 'local_digitalstrategy', (object) [
                'k' => $this->k,
                'hidden' => $this->hidden,
            ]),
            'months' => $months,
            'hasmonths' => (bool) $months,
            'aggregateduntil' => $this->aggregateduntil === null ? ''
                : userdate($this->aggregateduntil, get_string('strftimedatetime', 'core_langconfig')),
            'logdisabled' => !$this->logenabled,
        ];
    }
}
