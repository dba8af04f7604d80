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
 * docaccess_aggregator; never the log itself). Every method is one query, whatever the number of
 * periods, organisations or log rows.
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
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var settings */
        private readonly settings $settings,
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
        $sql = 'SELECT d.orgid, o.name AS orgname, d.modname, SUM(d.views) AS views, SUM(d.downloads) AS downloads,
                       COUNT(DISTINCT d.userid) AS users
                  FROM {' . docaccess_aggregator::TABLE . '} d
                  JOIN {local_digitalstrategy_org} o ON o.id = d.orgid
                 WHERE d.period = :period
              GROUP BY d.orgid, o.name, d.modname
                HAVING COUNT(DISTINCT d.userid) >= :k
              ORDER BY o.name, d.orgid, d.modname';
        $rows = $this->db->get_recordset_sql($sql, ['period' => $period, 'k' => $this->k()]);
        $result = [];
        foreach ($rows as $row) {
            $result[] = (object) ['orgid' => (int) $row->orgid, 'orgname' => (string) $row->orgname,
                'modname' => (string) $row->modname, 'views' => (int) $row->views, 'downloads' => (int) $row->downloads,
                'users' => (int) $row->users];
        }
        $rows->close();
        return $result;
    }

    /**
     * How many groups (organisation and resource type) per_organisation() leaves out in a period.
     *
     * @param int $period
     * @return int
     */
    public function hidden_groups(int $period): int {
        return (int) $this->db->count_records_sql('SELECT COUNT(1) FROM (
                SELECT d.orgid, d.modname
                  FROM {' . docaccess_aggregator::TABLE . '} d
                 WHERE d.period = :period AND d.orgid > 0
              GROUP BY d.orgid, d.modname
                HAVING COUNT(DISTINCT d.userid) < :k) g', ['period' => $period, 'k' => $this->k()]);
    }

    /**
     * Access per resource type in a period, over all users.
     *
     * @param int $period
     * @return stdClass[] list of {modname, views, downloads, users, organisations} by type
     */
    public function per_type(int $period): array {
        $rows = $this->db->get_records_sql('SELECT d.modname, SUM(d.views) AS views, SUM(d.downloads) AS downloads,
                       COUNT(DISTINCT d.userid) AS users, COUNT(DISTINCT NULLIF(d.orgid, 0)) AS organisations
                  FROM {' . docaccess_aggregator::TABLE . '} d
                 WHERE d.period = :period
              GROUP BY d.modname
              ORDER BY d.modname', ['period' => $period]);
        return array_values(array_map(fn($r) => (object) ['modname' => (string) $r->modname, 'views' => (int) $r->views,
            'downloads' => (int) $r->downloads, 'users' => (int) $r->users, 'organisations' => (int) $r->organisations], $rows));
    }

    /**
     * Totals per period: views, downloads, unique users and unique organisations.
     *
     * @param int[] $periods half-year indexes
     * @return array<int, stdClass> period => {views, downloads, users, organisations}; zeros for a period
     *     without access
     */
    public function totals(array $periods): array {
        $result = [];
        foreach ($periods as $period) {
            $result[(int) $period] = (object) ['views' => 0, 'downloads' => 0, 'users' => 0, 'organisations' => 0];
        }
        if (!$result) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal(array_keys($result), SQL_PARAMS_NAMED, 'p');
        $rows = $this->db->get_records_sql('SELECT d.period, SUM(d.views) AS views, SUM(d.downloads) AS downloads,
                       COUNT(DISTINCT d.userid) AS users, COUNT(DISTINCT NULLIF(d.orgid, 0)) AS organisations
                  FROM {' . docaccess_aggregator::TABLE . '} d
                 WHERE d.period ' . $insql . '
              GROUP BY d.period', $params);
        foreach ($rows as $row) {
            $result[(int) $row->period] = (object) ['views' => (int) $row->views, 'downloads' => (int) $row->downloads,
                'users' => (int) $row->users, 'organisations' => (int) $row->organisations];
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
        if (!$periods) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal(array_map('intval', $periods), SQL_PARAMS_NAMED, 'p');
        $rows = $this->db->get_recordset_sql('SELECT a.period, a.month, COUNT(1) AS users,
                       COUNT(DISTINCT NULLIF(a.orgid, 0)) AS organisations
                  FROM {' . docaccess_aggregator::ACTIVE_TABLE . '} a
                 WHERE a.period ' . $insql . '
              GROUP BY a.period, a.month
              ORDER BY a.month', $params);
        $result = [];
        foreach ($rows as $row) {
            $result[(int) $row->period][(int) $row->month] = (object) ['users' => (int) $row->users,
                'organisations' => (int) $row->organisations];
        }
        $rows->close();
        return $result;
    }
}
