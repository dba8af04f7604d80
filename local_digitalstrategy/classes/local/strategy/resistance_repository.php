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

use moodle_exception;
use stdClass;

/**
 * Stores and reads the expert forum's resistance analyses and process-advice notes. Knows no
 * access rules: resistance_service checks who may read or write before it calls this.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class resistance_repository {
    /**
     * Creates the repository.
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
     * An analysis of an organisation.
     *
     * @param int $id
     * @param int $orgid the organisation it must belong to (a forged pair is "not found")
     * @return resistance
     * @throws moodle_exception resistance_notfound
     */
    public function get(int $id, int $orgid): resistance {
        $record = $this->db->get_record(resistance::TABLE, ['id' => $id, 'orgid' => $orgid]);
        if (!$record) {
            throw new moodle_exception('resistance_notfound', 'local_digitalstrategy');
        }
        return resistance::from_record($record);
    }

    /**
     * The analyses of an organisation: open ones first, then in progress, then resolved; within a
     * status the strongest first, then by follow-up date.
     *
     * @param int $orgid
     * @return resistance[]
     */
    public function for_organisation(int $orgid): array {
        $records = $this->db->get_records_sql(
            "SELECT *
               FROM {" . resistance::TABLE . "}
              WHERE orgid = ?
           ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'inprogress' THEN 1 ELSE 2 END,
                    intensity DESC, CASE WHEN followup = 0 THEN 1 ELSE 0 END, followup, id",
            [$orgid]
        );
        return array_values(array_map(fn($r) => resistance::from_record($r), $records));
    }

    /**
     * The process-advice notes of an organisation, newest first.
     *
     * @param int $orgid
     * @return resistance_advice[]
     */
    public function advice_for_organisation(int $orgid): array {
        $records = $this->db->get_records(resistance::ADVICE_TABLE, ['orgid' => $orgid], 'timecreated DESC, id DESC');
        return array_values(array_map(fn($r) => resistance_advice::from_record($r), $records));
    }

    /**
     * Stores a new analysis or changes one (when $id is given).
     *
     * @param int $orgid
     * @param stdClass $data normalised: stakeholder, kind, signals, cause, intensity, response, status, followup
     * @param int $userid who writes it
     * @param int $id the analysis to change, 0 for a new one
     * @return resistance
     */
    public function save(int $orgid, stdClass $data, int $userid, int $id = 0): resistance {
        $now = $this->clock->time();
        $record = (object) [
            'orgid' => $orgid,
            'stakeholder' => $data->stakeholder,
            'kind' => $data->kind,
            'signals' => $data->signals,
            'cause' => $data->cause,
            'intensity' => (int) $data->intensity,
            'response' => $data->response,
            'status' => $data->status,
            'followup' => (int) $data->followup,
            'timemodified' => $now,
            'usermodified' => $userid,
        ];
        if ($id) {
            $record->id = $this->get($id, $orgid)->id;
            $this->db->update_record(resistance::TABLE, $record);
        } else {
            $record->userid = $userid;
            $record->timecreated = $now;
            $record->id = $this->db->insert_record(resistance::TABLE, $record);
        }
        return $this->get((int) $record->id, $orgid);
    }

    /**
     * Stores a process-advice note.
     *
     * @param int $orgid
     * @param string $note plain text
     * @param int $userid who writes it
     * @return resistance_advice
     */
    public function add_advice(int $orgid, string $note, int $userid): resistance_advice {
        $now = $this->clock->time();
        $record = (object) ['orgid' => $orgid, 'note' => $note, 'userid' => $userid, 'timecreated' => $now,
            'timemodified' => $now, 'usermodified' => $userid];
        $record->id = $this->db->insert_record(resistance::ADVICE_TABLE, $record);
        return resistance_advice::from_record($record);
    }
}
