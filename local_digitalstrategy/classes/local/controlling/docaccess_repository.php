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

namespace local_digitalstrategy\local\controlling;

use local_digitalstrategy\local\settings;
use stdClass;

/**
 * Reads the document-access summary and the active users per month (filled by
 * docaccess_aggregator; never the log itself). The figures of all half-years are computed together
 * in a few grouped queries and cached until the aggregation moves on (docaccess_cache, keyed by
 * the aggregation position and k); the task warms the cache after each run, so a page reads them
 * with one query for the position and the cache.
 *
 * The k rule: per organisation, a group (organisation and resource type) with fewer than k users
 * (setting peerthreshold) is left out, so nobody reads what a few named colleagues opened.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class docaccess_repository {
    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     * @param settings $settings k
     * @param docaccess_cache $cache the figures between two aggregation runs
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var settings */
        private readonly settings $settings,
        /** @var docaccess_cache */
        private readonly docaccess_cache $cache,
    ) {
    }

    /**
     * k: the fewest users a group per organisation needs to be shown.
     *
     * @return int
     */
    public function k(): int {
        return $this->settings->peer_threshold();
    }

    /**
     * Access per organisation and resource type in a period, groups with fewer than k users left out.
     *
     * @param int $period half-year index
     * @return stdClass[] list of {orgid, orgname (raw), modname, views, downloads, users}, by organisation
     *     name and type; users without an organisation are not in it (totals() counts them)
     */
    public function per_organisation(int $period): array {
        return $this->organisations($period)['shown'];
    }

    /**
     * How many groups (organisation and resource type) per_organisation() leaves out in a period.
     *
     * @param int $period
     * @return int
     */
    public function hidden_groups(int $period): int {
        return $this->organisations($period)['hidden'];
    }

    /**
     * Access per resource type in a period, over all users.
     *
     * @param int $period
     * @return stdClass[] list of {modname, views, downloads, users, organisations} by type
     */
    public function per_type(int $period): array {
        return $this->summary()['types'][$period] ?? [];
    }

    /**
     * Totals per period: views, downloads, unique users and unique organisations.
     *
     * @param int[] $periods half-year indexes
     * @return array<int, stdClass> period => {views, downloads, users, organisations}; zeros for a period
     *     without access
     */
    public function totals(array $periods): array {
        $totals = $periods ? $this->summary()['totals'] : [];
        $result = [];
        foreach ($periods as $period) {
            $result[(int) $period] = clone ($totals[(int) $period]
                ?? (object) ['views' => 0, 'downloads' => 0, 'users' => 0, 'organisations' => 0]);
        }
        return $result;
    }

    /**
     * Active users per month of the given periods.
     *
     * @param int[] $periods half-year indexes
     * @return array<int, array<int, stdClass>> period => month (YYYYMM) => {users, organisations}; months
     *     without an active user are missing
     */
    public function active_users(array $periods): array {
        $months = $periods ? $this->summary()['months'] : [];
        $result = [];
        foreach ($periods as $period) {
            if (isset($months[(int) $period])) {
                $result[(int) $period] = $months[(int) $period];
            }
        }
        return $result;
    }

    /**
     * Computes and caches the figures of every half-year (the task calls this after aggregating).
     */
    public function warm(): void {
        $version = $this->version();
        $this->cache->set('summary_' . $version, $this->compute_summary());
        $byperiod = $this->compute_organisations(null);
        foreach ($byperiod as $period => $groups) {
            $this->cache->set('org_' . $version . '_' . $period, $groups);
        }
    }

    /**
     * Forgets the cached figures (users were removed from the summary).
     */
    public function invalidate(): void {
        $this->cache->invalidate();
    }

    /**
     * What the cached figures depend on: the aggregation position and k.
     *
     * @return string
     */
    private function version(): string {
        $position = (int) $this->db->get_field(
            'config_plugins',
            'value',
            ['plugin' => 'local_digitalstrategy', 'name' => docaccess_aggregator::POSITION]
        );
        return $position . '_' . $this->k();
    }

    /**
     * The totals, types and months of all half-years, cached.
     *
     * @return array{totals: array, types: array, months: array}
     */
    private function summary(): array {
        return $this->cache->get('summary_' . $this->version(), fn() => $this->compute_summary());
    }

    /**
     * The groups per organisation of one half-year, cached.
     *
     * @param int $period
     * @return array{shown: stdClass[], hidden: int}
     */
    private function organisations(int $period): array {
        $version = $this->version();
        return $this->cache->get(
            'org_' . $version . '_' . $period,
            fn() => $this->compute_organisations($period)[$period] ?? ['shown' => [], 'hidden' => 0]
        );
    }

    /**
     * Totals, types and months of all half-years: three grouped queries.
     *
     * @return array{totals: array<int, stdClass>, types: array<int, stdClass[]>, months: array<int, array<int, stdClass>>}
     */
    private function compute_summary(): array {
        $table = '{' . docaccess_aggregator::TABLE . '}';
        $totals = [];
        $rows = $this->db->get_recordset_sql("SELECT d.period, SUM(d.views) AS views, SUM(d.downloads) AS downloads,
                       COUNT(DISTINCT d.userid) AS users, COUNT(DISTINCT NULLIF(d.orgid, 0)) AS organisations
                  FROM $table d
              GROUP BY d.period");
        foreach ($rows as $row) {
            $totals[(int) $row->period] = (object) ['views' => (int) $row->views, 'downloads' => (int) $row->downloads,
                'users' => (int) $row->users, 'organisations' => (int) $row->organisations];
        }
        $rows->close();
        $types = [];
        $rows = $this->db->get_recordset_sql("SELECT d.period, d.modname, SUM(d.views) AS views, SUM(d.downloads) AS downloads,
                       COUNT(DISTINCT d.userid) AS users, COUNT(DISTINCT NULLIF(d.orgid, 0)) AS organisations
                  FROM $table d
              GROUP BY d.period, d.modname
              ORDER BY d.period, d.modname");
        foreach ($rows as $row) {
            $types[(int) $row->period][] = (object) ['modname' => (string) $row->modname, 'views' => (int) $row->views,
                'downloads' => (int) $row->downloads, 'users' => (int) $row->users, 'organisations' => (int) $row->organisations];
        }
        $rows->close();
        $months = [];
        $rows = $this->db->get_recordset_sql('SELECT a.period, a.month, COUNT(1) AS users,
                       COUNT(DISTINCT NULLIF(a.orgid, 0)) AS organisations
                  FROM {' . docaccess_aggregator::ACTIVE_TABLE . '} a
              GROUP BY a.period, a.month
              ORDER BY a.month');
        foreach ($rows as $row) {
            $months[(int) $row->period][(int) $row->month] = (object) ['users' => (int) $row->users,
                'organisations' => (int) $row->organisations];
        }
        $rows->close();
        return ['totals' => $totals, 'types' => $types, 'months' => $months];
    }

    /**
     * The groups (organisation and type) of one or every half-year: one grouped query; groups with
     * fewer than k users are only counted.
     *
     * @param int|null $period null for every half-year
     * @return array<int, array{shown: stdClass[], hidden: int}> period => groups
     */
    private function compute_organisations(?int $period): array {
        $k = $this->k();
        [$where, $params] = $period === null ? ['d.orgid > 0', []] : ['d.orgid > 0 AND d.period = :period', ['period' => $period]];
        $rows = $this->db->get_recordset_sql('SELECT d.period, d.orgid, o.name AS orgname, d.modname, SUM(d.views) AS views,
                       SUM(d.downloads) AS downloads, COUNT(DISTINCT d.userid) AS users
                  FROM {' . docaccess_aggregator::TABLE . '} d
                  JOIN {local_digitalstrategy_org} o ON o.id = d.orgid
                 WHERE ' . $where . '
              GROUP BY d.period, d.orgid, o.name, d.modname
              ORDER BY d.period, o.name, d.orgid, d.modname', $params);
        $result = [];
        foreach ($rows as $row) {
            $index = (int) $row->period;
            $result[$index] ??= ['shown' => [], 'hidden' => 0];
            if ((int) $row->users < $k) {
                $result[$index]['hidden']++;
                continue;
            }
            $result[$index]['shown'][] = (object) ['orgid' => (int) $row->orgid, 'orgname' => (string) $row->orgname,
                'modname' => (string) $row->modname, 'views' => (int) $row->views, 'downloads' => (int) $row->downloads,
                'users' => (int) $row->users];
        }
        $rows->close();
        return $result;
    }
}
