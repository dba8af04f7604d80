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

use local_digitalstrategy\local\campaign\sus_score;
use local_digitalstrategy\local\controlling\drilldown;
use local_digitalstrategy\local\controlling\indicator;
use local_digitalstrategy\local\controlling\indicator_source;
use local_digitalstrategy\local\controlling\period;
use local_digitalstrategy\local\controlling\programme;
use local_digitalstrategy\local\settings;

/**
 * SUS usability score (0–100): the mean of the per-response scores of the campaigns of the SUS
 * instrument (idnumber sus) opened in the half-year, counting each response that answered all ten
 * statements ({@see sus_score}). Below k such responses (the setting peerthreshold) the half-year
 * has no value, as survey results show no group smaller than k. Rounded to one decimal.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class sus_score_source implements indicator_source {
    /**
     * Creates the source.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     * @param settings $settings
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
        /** @var settings */
        private readonly settings $settings,
    ) {
    }

    /**
     * The key indicators name this source by.
     *
     * @return string
     */
    public function key(): string {
        return 'sus_score';
    }

    /**
     * The mean score per half-year (one query over the SUS answers of the half-years' campaigns).
     *
     * @param indicator $indicator
     * @param period[] $periods
     * @return array<int, float|null>
     */
    public function values(indicator $indicator, array $periods): array {
        if (!$periods) {
            return [];
        }
        [$casesql, $caseparams] = programme::case_sql($periods, 'c.timeopen', 'sp');
        [$from, $to] = source_periods::span($periods);
        [$insql, $inparams] = $this->db->get_in_or_equal(sus_score::ITEMS, SQL_PARAMS_NAMED, 'suskey');
        $rs = $this->db->get_recordset_sql(
            "SELECT v.id, v.responseid, v.itemkey, v.numvalue, $casesql AS period
               FROM {local_digitalstrategy_respval} v
               JOIN {local_digitalstrategy_campaign} c ON c.id = v.campaignid
               JOIN {local_digitalstrategy_instr} i ON i.id = c.instrumentid
              WHERE i.idnumber = :sus AND c.status <> :draft AND c.timeopen >= :spanfrom AND c.timeopen < :spanto
                    AND v.itemkey $insql",
            $caseparams + $inparams + ['sus' => sus_score::INSTRUMENT, 'draft' => 'draft', 'spanfrom' => $from, 'spanto' => $to]
        );
        $responses = [];
        foreach ($rs as $row) {
            $responses[(int) $row->period][(int) $row->responseid][$row->itemkey] =
                $row->numvalue === null ? null : (float) $row->numvalue;
        }
        $rs->close();
        $k = $this->settings->peer_threshold();
        $means = [];
        foreach ($responses as $index => $values) {
            $score = sus_score::mean($values);
            if ($index > 0 && $score['count'] >= $k) {
                $means[$index] = round($score['mean'], 1);
            }
        }
        return source_periods::measures($periods, $means, $this->clock->time());
    }

    /**
     * The SUS campaigns of the half-year, each with its scored responses and mean (hidden below k).
     *
     * @param indicator $indicator
     * @param period $period
     * @return drilldown
     */
    public function drilldown(indicator $indicator, period $period): drilldown {
        [$insql, $inparams] = $this->db->get_in_or_equal(sus_score::ITEMS, SQL_PARAMS_NAMED, 'suskey');
        $campaigns = $this->db->get_records_sql(
            "SELECT c.id, c.name, c.timeopen
               FROM {local_digitalstrategy_campaign} c
               JOIN {local_digitalstrategy_instr} i ON i.id = c.instrumentid
              WHERE i.idnumber = :sus AND c.status <> :draft AND c.timeopen >= :periodstart AND c.timeopen < :periodend
           ORDER BY c.timeopen, c.id",
            ['sus' => sus_score::INSTRUMENT, 'draft' => 'draft', 'periodstart' => $period->start, 'periodend' => $period->end]
        );
        $responses = [];
        if ($campaigns) {
            [$campsql, $campparams] = $this->db->get_in_or_equal(array_keys($campaigns), SQL_PARAMS_NAMED, 'campaign');
            $rs = $this->db->get_recordset_sql(
                "SELECT v.id, v.campaignid, v.responseid, v.itemkey, v.numvalue
                   FROM {local_digitalstrategy_respval} v
                  WHERE v.campaignid $campsql AND v.itemkey $insql",
                $campparams + $inparams
            );
            foreach ($rs as $row) {
                $responses[(int) $row->campaignid][(int) $row->responseid][$row->itemkey] =
                    $row->numvalue === null ? null : (float) $row->numvalue;
            }
            $rs->close();
        }
        $k = $this->settings->peer_threshold();
        $rows = [];
        foreach ($campaigns as $campaign) {
            $score = sus_score::mean($responses[(int) $campaign->id] ?? []);
            $rows[] = [
                (string) $campaign->name,
                source_periods::date((int) $campaign->timeopen),
                $score['count'],
                $score['count'] >= $k && $score['mean'] !== null
                    ? format_float($score['mean'], 1)
                    : get_string('source_sus_hidden', 'local_digitalstrategy', $k),
            ];
        }
        return new drilldown([
            get_string('source_col_campaign', 'local_digitalstrategy'),
            get_string('source_col_opened', 'local_digitalstrategy'),
            get_string('source_col_scoredresponses', 'local_digitalstrategy'),
            get_string('source_col_sus', 'local_digitalstrategy'),
        ], $rows, get_string('source_sus_score_note', 'local_digitalstrategy', $k));
    }
}
