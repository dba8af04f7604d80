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

namespace local_digitalstrategy\local\check;

use local_digitalstrategy\local\questionnaire\instrument;

/**
 * The results of all organisations as a table for Moodle's dataformat API (CSV, Excel, ODS, ...):
 * one row per active organisation with its latest submitted result per area, read from the
 * database a page at a time.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class aggregate_export {
    /**
     * Creates the export of a check.
     *
     * @param aggregate_repository $aggregates
     */
    public function __construct(
        /** @var aggregate_repository */
        private readonly aggregate_repository $aggregates,
    ) {
    }

    /**
     * Column names.
     *
     * @param instrument $instrument the check
     * @param string $lang language of the area names
     * @return string[]
     */
    public function columns(instrument $instrument, string $lang): array {
        $columns = [
            get_string('allresults_organisation', 'local_digitalstrategy'),
            get_string('organisationidnumber', 'local_digitalstrategy'),
            get_string('fieldofwork', 'local_digitalstrategy'),
            get_string('allresults_pilot', 'local_digitalstrategy'),
            get_string('allresults_submitted', 'local_digitalstrategy'),
            get_string('overallscore', 'local_digitalstrategy'),
            get_string('maturitylevel', 'local_digitalstrategy'),
        ];
        foreach ($instrument->get_dimensions() as $dimension) {
            $columns[] = instrument::localise($dimension['name'], $lang);
        }
        return $columns;
    }

    /**
     * One row per active organisation, by name; empty cells where there is no result. Texts are
     * plain: the dataformat writers escape them for their format.
     *
     * @param instrument $instrument the check
     * @param string $lang language of the maturity levels
     * @return \Generator<array>
     */
    public function rows(instrument $instrument, string $lang): \Generator {
        $keys = array_keys($instrument->get_dimensions());
        foreach ($this->aggregates->all_rows($instrument->get_idnumber(), $keys) as $row) {
            $values = [
                $row->name,
                $row->idnumber,
                get_string('fieldofwork_' . $row->fieldofwork, 'local_digitalstrategy'),
                empty($row->pilot) ? get_string('no') : get_string('yes'),
                $row->runid ? userdate($row->timesubmitted, get_string('strftimedatefullshort', 'langconfig')) : '',
                $row->score === null ? '' : round((float) $row->score, 1),
                $row->maturity === null ? '' : result_summary::maturity_label($instrument, (int) $row->maturity, $lang),
            ];
            foreach ($keys as $key) {
                $score = $row->dimensions[$key];
                $values[] = $score === null ? '' : round($score, 1);
            }
            yield $values;
        }
    }
}
