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

use local_digitalstrategy\local\controlling\drilldown;
use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\indicator_source;
use local_digitalstrategy\local\controlling\period;

/**
 * Members of the expert forum: the people holding, at site level, a role that grants
 * local/digitalstrategy:expertforum (the shipped role "Expert forum"), counted from the day the
 * role was given to them (a running total at the end of each half-year). Moodle keeps no history
 * of role assignments: someone whose role was taken away no longer counts in earlier half-years.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class expertforum_members_source implements indicator_source {
    /** @var string the capability that makes someone a member */
    public const CAPABILITY = 'local/digitalstrategy:expertforum';

    /**
     * Creates the source.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
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
        return 'expertforum_members';
    }

    /**
     * The members by the end of each half-year (one query).
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        if (!$periods) {
            return [];
        }
        [$columns, $params] = source_periods::cumulative_sql($periods, 'x.since');
        [$memberssql, $membersparams] = $this->members_sql();
        $row = $this->db->get_record_sql("SELECT $columns FROM ($memberssql) x", $params + $membersparams);
        $counts = [];
        foreach ($periods as $period) {
            $counts[$period->index] = (int) $row->{'p' . $period->index};
        }
        return source_periods::counts($periods, $counts, $this->clock->time());
    }

    /**
     * The members by the end of the half-year, in the order they joined.
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        [$memberssql, $membersparams] = $this->members_sql();
        $namefields = implode(', ', array_map(fn($field) => 'u.' . $field, \core_user\fields::get_name_fields()));
        $rs = $this->db->get_recordset_sql(
            "SELECT u.id, $namefields, x.since
               FROM ($memberssql) x
               JOIN {user} u ON u.id = x.userid
              WHERE x.since < :periodend
           ORDER BY x.since, u.id",
            $membersparams + ['periodend' => $period->end]
        );
        $rows = [];
        foreach ($rs as $user) {
            $rows[] = [fullname($user), source_periods::date((int) $user->since)];
        }
        $rs->close();
        return new drilldown([
            get_string('source_col_name', 'local_digitalstrategy'),
            get_string('source_col_membersince', 'local_digitalstrategy'),
        ], $rows, get_string('source_expertforum_members_note', 'local_digitalstrategy'));
    }

    /**
     * The members with the day they first got a role of the forum: userid, since.
     *
     * @return array{0: string, 1: array<string, mixed>} query and parameters
     */
    private function members_sql(): array {
        $system = \context_system::instance()->id;
        return [
            "SELECT ra.userid, MIN(ra.timemodified) AS since
               FROM {role_assignments} ra
               JOIN {role_capabilities} rc ON rc.roleid = ra.roleid AND rc.contextid = :efcapcontext
                    AND rc.capability = :efcapability AND rc.permission = :efallow
               JOIN {user} eu ON eu.id = ra.userid AND eu.deleted = 0
              WHERE ra.contextid = :efcontext
           GROUP BY ra.userid",
            ['efcapcontext' => $system, 'efcapability' => self::CAPABILITY, 'efallow' => CAP_ALLOW, 'efcontext' => $system],
        ];
    }
}
