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

/**
 * Computes the timeline: each indicator's source is asked once for all half-years shown, so the
 * number of queries depends on the catalogue, not on organisations, sessions or log rows.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class timeline_service {
    /** @var string table of the stored actuals */
    public const ACTUALS = 'local_digitalstrategy_indactual';

    /**
     * Creates the service.
     *
     * @param indicator_repository $indicators
     * @param source_registry $sources
     * @param ampel_rule $rule
     * @param programme $programme
     * @param \moodle_database $db
     */
    public function __construct(
        /** @var indicator_repository */
        private readonly indicator_repository $indicators,
        /** @var source_registry */
        private readonly source_registry $sources,
        /** @var ampel_rule */
        private readonly ampel_rule $rule,
        /** @var programme */
        private readonly programme $programme,
        /** @var \moodle_database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * The timeline of all indicators.
     *
     * @param int $now
     * @param int[]|null $periodindexes the half-years to show, null for all of the programme
     * @return timeline
     * @throws \moodle_exception error_periodoutside for a half-year outside the programme
     */
    public function build(int $now, ?array $periodindexes = null): timeline {
        $periods = [];
        foreach ($periodindexes ?? array_keys($this->programme->periods()) as $index) {
            $periods[(int) $index] = $this->programme->period((int) $index);
        }
        ksort($periods);
        $targets = $this->indicators->targets();
        $rows = [];
        foreach ($this->indicators->all() as $indicator) {
            $source = $this->sources->get($indicator->source);
            $values = $source ? $source->values($indicator, array_values($periods)) : [];
            $cells = [];
            foreach ($periods as $index => $period) {
                $target = $targets[$indicator->id][$index] ?? null;
                $actual = $values[$index] ?? null;
                $ampel = $source
                    ? $this->rule->evaluate($indicator, $target, $actual, $period, $now)
                    : new ampel_result('none', get_string('ampelrule_sourcemissing', 'local_digitalstrategy', $indicator->source));
                $cells[$index] = new timeline_cell($period, $target, $actual, $ampel, $source === null);
            }
            $rows[] = new timeline_row($indicator, $cells, $source === null);
        }
        return new timeline($periods, $rows, $now);
    }

    /**
     * Stores every actual value and Ampel (for the report builder, which reads tables).
     *
     * @param int $now
     */
    public function refresh(int $now): void {
        $timeline = $this->build($now);
        $existing = [];
        foreach ($this->db->get_records(self::ACTUALS, null, '', 'id, indicatorid, period') as $record) {
            $existing[$record->indicatorid . '/' . $record->period] = (int) $record->id;
        }
        $transaction = $this->db->start_delegated_transaction();
        $seen = [];
        foreach ($timeline->rows as $row) {
            foreach ($row->cells as $index => $cell) {
                $key = $row->indicator->id . '/' . $index;
                $seen[$key] = true;
                $record = (object) [
                    'indicatorid' => $row->indicator->id,
                    'period' => $index,
                    'actual' => $cell->actual === null ? null : round($cell->actual, 2),
                    'ampel' => $cell->ampel->colour,
                    'timecomputed' => $now,
                ];
                if (isset($existing[$key])) {
                    $record->id = $existing[$key];
                    $this->db->update_record(self::ACTUALS, $record);
                } else {
                    $this->db->insert_record(self::ACTUALS, $record);
                }
            }
        }
        $stale = array_diff_key($existing, $seen);
        if ($stale) {
            $this->db->delete_records_list(self::ACTUALS, 'id', array_values($stale));
        }
        $transaction->allow_commit();
    }
}
