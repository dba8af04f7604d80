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

/**
 * Reads and writes the Ampel ratings of measures. Every change is a new row (previous → new, who,
 * when); the latest row per measure and criterion carries the `current` flag.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class rating_repository {
    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock $clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The current ratings of an organisation's measures, one query however many there are.
     *
     * @param int $orgid
     * @return array<int, array<string, ampel_rating>> by measure id, then criterion
     */
    public function current_for_organisation(int $orgid): array {
        $ratings = [];
        $rows = $this->db->get_recordset_sql(
            'SELECT r.*
               FROM {local_digitalstrategy_rating} r
               JOIN {local_digitalstrategy_measure} m ON m.id = r.measureid
               JOIN {local_digitalstrategy_strategy} s ON s.id = m.strategyid
              WHERE s.orgid = ? AND r.current = 1',
            [$orgid]
        );
        foreach ($rows as $row) {
            $rating = ampel_rating::from_record($row);
            $ratings[$rating->measureid][$rating->criterion] = $rating;
        }
        $rows->close();
        return $ratings;
    }

    /**
     * The current ratings of one measure.
     *
     * @param int $measureid
     * @return array<string, ampel_rating> by criterion
     */
    public function current_for_measure(int $measureid): array {
        $ratings = [];
        foreach ($this->db->get_records(ampel_rating::TABLE, ['measureid' => $measureid, 'current' => 1]) as $row) {
            $ratings[(string) $row->criterion] = ampel_rating::from_record($row);
        }
        return $ratings;
    }

    /**
     * Every rating change of a measure, newest first.
     *
     * @param int $measureid
     * @return ampel_rating[]
     */
    public function history(int $measureid): array {
        return array_values(array_map(
            [ampel_rating::class, 'from_record'],
            $this->db->get_records(ampel_rating::TABLE, ['measureid' => $measureid], 'timecreated DESC, id DESC')
        ));
    }

    /**
     * Records a rating: the new row becomes the current one of the measure on the criterion, the
     * previous colour is kept in it.
     *
     * @param int $measureid
     * @param string $criterion
     * @param string $rating
     * @param string $comment
     * @param string $countermeasure
     * @param int $userid
     * @return ampel_rating the new row
     */
    public function add(
        int $measureid,
        string $criterion,
        string $rating,
        string $comment,
        string $countermeasure,
        int $userid
    ): ampel_rating {
        $transaction = $this->db->start_delegated_transaction();
        // Lock the measure so that two ratings at the same moment both keep their previous colour right.
        $this->db->execute('UPDATE {local_digitalstrategy_measure} SET version = version WHERE id = ?', [$measureid]);
        $current = $this->db->get_record(
            ampel_rating::TABLE,
            ['measureid' => $measureid, 'criterion' => $criterion, 'current' => 1],
            'id, rating'
        );
        if ($current) {
            $this->db->set_field(ampel_rating::TABLE, 'current', 0, ['measureid' => $measureid, 'criterion' => $criterion]);
        }
        $record = (object) [
            'measureid' => $measureid, 'criterion' => $criterion, 'rating' => $rating,
            'previous' => $current ? (string) $current->rating : '', 'ratingcomment' => $comment,
            'countermeasure' => $countermeasure, 'current' => 1, 'userid' => $userid, 'timecreated' => $this->clock->time(),
        ];
        $record->id = $this->db->insert_record(ampel_rating::TABLE, $record);
        $transaction->allow_commit();
        return ampel_rating::from_record($record);
    }
}
