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

namespace mod_devcircle\pads;

/**
 * The Moodle users known to Etherpad as authors, per circle (devcircle_pad_authors): which
 * Etherpad author stands for whom, and when each last opened a pad of the circle for writing.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class author_repository {
    /** @var string the table */
    public const TABLE = 'devcircle_pad_authors';

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db the database
     */
    public function __construct(
        /** @var \moodle_database the database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * Records that a user opened a pad of a circle, as the given Etherpad author.
     *
     * @param int $circleid the circle
     * @param int $userid the user
     * @param string $authorid the user's Etherpad author
     * @param bool $forwriting whether the user opened it to write
     * @param int $time when
     */
    public function record_open(int $circleid, int $userid, string $authorid, bool $forwriting, int $time): void {
        $known = $this->db->get_record(self::TABLE, ['devcircle' => $circleid, 'userid' => $userid]);
        if ($known) {
            $known->authorid = $authorid;
            if ($forwriting) {
                $known->timeopened = $time;
            }
            $this->db->update_record(self::TABLE, $known);
            return;
        }
        $this->db->insert_record(self::TABLE, (object) ['devcircle' => $circleid, 'userid' => $userid,
            'authorid' => $authorid, 'timecreated' => $time, 'timeopened' => $forwriting ? $time : 0]);
    }

    /**
     * The users of a circle who opened its pads for writing since a time and are among the given
     * Etherpad authors.
     *
     * @param int $circleid the circle
     * @param string[] $authorids Etherpad author IDs
     * @param int $since the time, 0 for ever
     * @return int[] user ids, ascending
     */
    public function writers_since(int $circleid, array $authorids, int $since): array {
        if (!$authorids) {
            return [];
        }
        [$in, $params] = $this->db->get_in_or_equal(array_values($authorids), SQL_PARAMS_NAMED, 'a');
        $params += ['circleid' => $circleid, 'since' => $since];
        return array_map('intval', $this->db->get_fieldset_select(
            self::TABLE,
            'userid',
            "devcircle = :circleid AND timeopened > 0 AND timeopened >= :since AND authorid $in ORDER BY userid",
            $params
        ));
    }

    /**
     * Forgets the authors of a circle.
     *
     * @param int $circleid the circle
     */
    public function delete_for_circle(int $circleid): void {
        $this->db->delete_records(self::TABLE, ['devcircle' => $circleid]);
    }
}
