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

use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\period;

/**
 * The survey campaigns the survey sources count: kind survey, not a draft, of the instrument the
 * indicator's config names ({"instrument": "<idnumber>"}, any version; every survey without one),
 * each in the half-year it opened.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class source_surveys {
    /**
     * Creates the reader.
     *
     * @param \moodle_database $db
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * The instrument the indicator's config names.
     *
     * @param indicator $indicator
     * @return string its idnumber, empty for every survey
     */
    public function instrument(indicator $indicator): string {
        $instrument = $indicator->config['instrument'] ?? '';
        return is_string($instrument) ? trim($instrument) : '';
    }

    /**
     * The condition on campaign c joined to its instrument i.
     *
     * @param indicator $indicator
     * @return array{0: string, 1: array<string, string>} condition and parameters
     */
    public function where_sql(indicator $indicator): array {
        $sql = 'c.kind = :surveykind AND c.status <> :surveydraft';
        $params = ['surveykind' => 'survey', 'surveydraft' => 'draft'];
        $instrument = $this->instrument($indicator);
        if ($instrument !== '') {
            $sql .= ' AND i.idnumber = :surveyinstrument';
            $params['surveyinstrument'] = $instrument;
        }
        return [$sql, $params];
    }

    /**
     * The campaigns opened in a half-year with the invited (not revoked) and those who responded
     * (one query), in the order they opened.
     *
     * @param indicator $indicator
     * @param period $period
     * @return \stdClass[] id, name, status, timeopen, timeclose, invited, responded
     */
    public function campaigns(indicator $indicator, period $period): array {
        [$wheresql, $params] = $this->where_sql($indicator);
        return array_values($this->db->get_records_sql(
            "SELECT c.id, c.name, c.status, c.timeopen, c.timeclose,
                    COUNT(v.id) AS invited, COALESCE(SUM(v.responded), 0) AS responded
               FROM {local_digitalstrategy_campaign} c
               JOIN {local_digitalstrategy_instr} i ON i.id = c.instrumentid
          LEFT JOIN {local_digitalstrategy_invite} v ON v.campaignid = c.id AND v.status <> :revoked
              WHERE $wheresql AND c.timeopen >= :periodstart AND c.timeopen < :periodend
           GROUP BY c.id, c.name, c.status, c.timeopen, c.timeclose
           ORDER BY c.timeopen, c.id",
            $params + ['revoked' => 'revoked', 'periodstart' => $period->start, 'periodend' => $period->end]
        ));
    }

    /**
     * What a drill-down says about the campaigns it lists.
     *
     * @param indicator $indicator
     * @return string
     */
    public function note(indicator $indicator): string {
        $instrument = $this->instrument($indicator);
        return $instrument === ''
            ? get_string('source_surveys_note_all', 'local_digitalstrategy')
            : get_string('source_surveys_note_instrument', 'local_digitalstrategy', $instrument);
    }
}
