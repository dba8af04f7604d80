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

namespace local_digitalstrategy\local\campaign;

use stdClass;

/**
 * Loads and stores campaigns.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class campaign_repository {
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
     * The campaign with this id.
     *
     * @param int $id
     * @return campaign
     * @throws \dml_missing_record_exception when there is none
     */
    public function get(int $id): campaign {
        return campaign::from_record($this->db->get_record(campaign::TABLE, ['id' => $id], '*', MUST_EXIST));
    }

    /**
     * The campaign with this id, or null.
     *
     * @param int $id
     * @return campaign|null
     */
    public function find(int $id): ?campaign {
        $record = $this->db->get_record(campaign::TABLE, ['id' => $id]);
        return $record ? campaign::from_record($record) : null;
    }

    /**
     * Stores a new campaign. The caller has validated the data; missing fields get their defaults.
     *
     * @param stdClass $data instrumentid, name, kind, target and any other column
     * @param int $userid who creates it
     * @return campaign
     */
    public function insert(stdClass $data, int $userid): campaign {
        $now = $this->clock->time();
        $record = (object) ((array) $data + [
            'targetid' => 0,
            'contextid' => \context_system::instance()->id,
            'respondent' => 'organisation',
            'anonymous' => 1,
            'status' => 'draft',
            'timeopen' => 0,
            'timeclose' => 0,
            'eventdate' => 0,
            'resultsvisible' => 1,
            'participationtarget' => 30,
            'publictokenhash' => '',
        ]);
        unset($record->id);
        $record->timecreated = $now;
        $record->timemodified = $now;
        $record->usermodified = $userid;
        $record->id = $this->db->insert_record(campaign::TABLE, $record);
        return $this->get((int) $record->id);
    }

    /**
     * Changes the status (draft, open, closed).
     *
     * @param int $id
     * @param string $status one of campaign::STATUSES
     * @param int $userid who does it
     * @return campaign
     */
    public function update_status(int $id, string $status, int $userid): campaign {
        if (!in_array($status, campaign::STATUSES, true)) {
            throw new \coding_exception('Unknown campaign status ' . $status);
        }
        $this->db->update_record(campaign::TABLE, (object) ['id' => $id, 'status' => $status,
            'timemodified' => $this->clock->time(), 'usermodified' => $userid]);
        return $this->get($id);
    }

    /**
     * Changes some columns of a campaign.
     *
     * @param int $id
     * @param array $fields column => value (never id, timecreated)
     * @param int $userid who does it
     * @return campaign
     */
    public function update(int $id, array $fields, int $userid): campaign {
        unset($fields['id'], $fields['timecreated']);
        $this->db->update_record(campaign::TABLE, (object) ($fields + ['id' => $id,
            'timemodified' => $this->clock->time(), 'usermodified' => $userid]));
        return $this->get($id);
    }
}
