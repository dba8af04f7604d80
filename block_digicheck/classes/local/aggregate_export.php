<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace block_digicheck\local;

use local_digitalstrategy\local\check\aggregate;
use local_digitalstrategy\local\check\result_summary;
use local_digitalstrategy\local\questionnaire\instrument;

/**
 * The aggregate of all organisations as a table for Moodle's dataformat API (CSV, Excel, ODS, ...):
 * one row per active organisation with its latest submitted result per area.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class aggregate_export {
    /** @var string[] dimension keys in column order */
    private array $keys;
    /** @var aggregate */
    private aggregate $aggregate;

    /**
     * Loads the aggregate of a check.
     *
     * @param instrument $instrument the current check
     * @param string $lang language of the column names
     */
    public function __construct(
        /** @var instrument the current check */
        private readonly instrument $instrument,
        /** @var string language of the column names */
        private readonly string $lang,
    ) {
        $this->keys = array_keys($instrument->get_dimensions());
        $this->aggregate = new aggregate($instrument->get_idnumber(), $this->keys);
    }

    /**
     * Column names.
     *
     * @return string[]
     */
    public function columns(): array {
        $columns = [
            get_string('organisation', 'block_digicheck'),
            get_string('organisationidnumber', 'local_digitalstrategy'),
            get_string('fieldofwork', 'local_digitalstrategy'),
            get_string('pilot', 'block_digicheck'),
            get_string('submitted', 'block_digicheck'),
            get_string('overallscore', 'local_digitalstrategy'),
            get_string('maturitylevel', 'local_digitalstrategy'),
        ];
        foreach ($this->instrument->get_dimensions() as $dimension) {
            $columns[] = instrument::localise($dimension['name'], $this->lang);
        }
        return $columns;
    }

    /**
     * One row per active organisation, by name; empty cells where there is no result.
     *
     * @return \Generator<array>
     */
    public function rows(): \Generator {
        foreach ($this->aggregate->get_rows() as $row) {
            $values = [
                $row->name,
                $row->idnumber,
                get_string('fieldofwork_' . $row->fieldofwork, 'local_digitalstrategy'),
                empty($row->pilot) ? get_string('no') : get_string('yes'),
                $row->runid ? userdate($row->timesubmitted, get_string('strftimedatefullshort', 'langconfig')) : '',
                $row->score === null ? '' : round((float) $row->score, 1),
                $row->maturity === null ? '' : result_summary::maturity_label($this->instrument, (int) $row->maturity, $this->lang),
            ];
            foreach ($this->keys as $key) {
                $score = $row->dimensions[$key];
                $values[] = $score === null ? '' : round($score, 1);
            }
            yield $values;
        }
    }
}
