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

namespace local_digitalstrategy\local\controlling\source;

use local_digitalstrategy\local\controlling\docaccess_repository;
use local_digitalstrategy\local\controlling\docaccess_type;
use local_digitalstrategy\local\controlling\drilldown;
use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\indicator_source;
use local_digitalstrategy\local\controlling\period;

/**
 * Document access in the programme's courses per half-year, from the summary the task
 * aggregate_docaccess fills: by default views plus downloads; config {"measure": "views" |
 * "downloads" | "users" | "organisations"} counts only those (users and organisations unique).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class document_access_source implements indicator_source {
    /** @var string[] What config measure may name; the first is the default. */
    public const MEASURES = ['accesses', 'views', 'downloads', 'users', 'organisations'];

    /**
     * Creates the source.
     *
     * @param docaccess_repository $docaccess
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var docaccess_repository */
        private readonly docaccess_repository $docaccess,
        /** @var \core\clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The key indicators name this source by.
     *
     * @return string
     */
    public function key(): string {
        return 'document_access';
    }

    /**
     * The access count per half-year; null for a half-year that has not begun.
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        $measure = in_array($indicator->config['measure'] ?? '', self::MEASURES, true) ? $indicator->config['measure'] : 'accesses';
        $totals = $this->docaccess->totals(array_map(fn(period $p) => $p->index, $periods));
        $now = $this->clock->time();
        $result = [];
        foreach ($periods as $period) {
            if ($period->is_future($now)) {
                $result[$period->index] = null;
                continue;
            }
            $total = $totals[$period->index];
            $result[$period->index] = (float) ($measure === 'accesses' ? $total->views + $total->downloads : $total->$measure);
        }
        return $result;
    }

    /**
     * Access per resource type and per organisation in the half-year (organisations with fewer than
     * k users of a type left out).
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        $all = get_string('docaccess_allorganisations', 'local_digitalstrategy');
        $rows = [];
        foreach ($this->docaccess->per_type($period->index) as $row) {
            $rows[] = [$all, docaccess_type::name($row->modname), $row->views, $row->downloads, $row->users];
        }
        foreach ($this->docaccess->per_organisation($period->index) as $row) {
            $rows[] = [$row->orgname, docaccess_type::name($row->modname), $row->views, $row->downloads, $row->users];
        }
        $hidden = $this->docaccess->hidden_groups($period->index);
        return new drilldown([
            get_string('docaccess_organisation', 'local_digitalstrategy'),
            get_string('docaccess_type', 'local_digitalstrategy'),
            get_string('docaccess_views', 'local_digitalstrategy'),
            get_string('docaccess_downloads', 'local_digitalstrategy'),
            get_string('docaccess_users', 'local_digitalstrategy'),
        ], $rows, get_string('docaccess_knote', 'local_digitalstrategy', (object) [
            'k' => $this->docaccess->k(),
            'hidden' => $hidden,
        ]));
    }
}
