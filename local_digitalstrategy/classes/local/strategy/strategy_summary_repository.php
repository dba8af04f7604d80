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

namespace local_digitalstrategy\local\strategy;

use local_digitalstrategy\local\settings;
use moodle_database;

/**
 * Reads the strategy summaries of many organisations in a fixed number of queries (two), however
 * many organisations and measures there are.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_summary_repository {
    /**
     * Creates the repository.
     *
     * @param moodle_database $db
     * @param settings $settings
     */
    public function __construct(
        /** @var moodle_database */
        private readonly moodle_database $db,
        /** @var settings */
        private readonly settings $settings,
    ) {
    }

    /**
     * The summaries of the given organisations, keyed by organisation id (every id given has one).
     *
     * @param int[] $orgids
     * @return array<int, strategy_summary>
     */
    public function for_organisations(array $orgids): array {
        $summaries = [];
        foreach ($orgids as $orgid) {
            $summaries[(int) $orgid] = strategy_summary::none((int) $orgid);
        }
        if (!$orgids) {
            return $summaries;
        }
        [$insql, $params] = $this->db->get_in_or_equal(array_keys($summaries), SQL_PARAMS_NAMED, 'org');

        // One row per organisation and phase (a recordset: the organisation id repeats).
        $rows = $this->db->get_recordset_sql(
            "SELECT s.orgid, s.status, s.adoptedversion, m.phase, COUNT(m.id) AS measures
               FROM {local_digitalstrategy_strategy} s
          LEFT JOIN {local_digitalstrategy_measure} m ON m.strategyid = s.id
              WHERE s.orgid $insql
           GROUP BY s.orgid, s.status, s.adoptedversion, m.phase",
            $params
        );
        $found = [];
        foreach ($rows as $row) {
            $orgid = (int) $row->orgid;
            $found[$orgid]['status'] = (string) $row->status;
            $found[$orgid]['adoptedversion'] = (int) $row->adoptedversion;
            $found[$orgid]['phases'] ??= array_fill_keys(strategy_summary::PHASES, 0);
            if ($row->phase !== null && isset($found[$orgid]['phases'][$row->phase])) {
                $found[$orgid]['phases'][$row->phase] = (int) $row->measures;
            }
        }
        $rows->close();
        if (!$found) {
            return $summaries;
        }

        $scope = $this->settings->ampel_scope() === 'open' ? "AND m.phase <> 'act'" : '';
        $ratings = $this->db->get_recordset_sql(
            "SELECT s.orgid, r.criterion, r.rating, COUNT(r.id) AS ratings
               FROM {local_digitalstrategy_strategy} s
               JOIN {local_digitalstrategy_measure} m ON m.strategyid = s.id $scope
               JOIN {local_digitalstrategy_rating} r ON r.measureid = m.id AND r.current = 1
              WHERE s.orgid $insql
           GROUP BY s.orgid, r.criterion, r.rating",
            $params
        );
        $ampel = [];
        foreach ($ratings as $row) {
            $orgid = (int) $row->orgid;
            $ampel[$orgid] ??= array_fill_keys(strategy_summary::CRITERIA, null);
            if (array_key_exists($row->criterion, $ampel[$orgid])) {
                $ampel[$orgid][$row->criterion] = strategy_summary::worse($ampel[$orgid][$row->criterion], (string) $row->rating);
            }
        }
        $ratings->close();

        foreach ($found as $orgid => $data) {
            $summaries[$orgid] = new strategy_summary(
                $orgid,
                $data['status'],
                $data['adoptedversion'],
                $data['phases'],
                $ampel[$orgid] ?? array_fill_keys(strategy_summary::CRITERIA, null),
            );
        }
        return $summaries;
    }
}
