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

use local_digitalstrategy\local\questionnaire\answer;
use local_digitalstrategy\local\questionnaire\save_result;

/**
 * Answers in progress of a campaign (local_digitalstrategy_draft), one per invite and item, with
 * a version per answer for conflict detection like the check's answers: whoever saves names the
 * version they saw; when someone else saved the item meanwhile nothing is stored and the current
 * answer comes back as a conflict. "Don't know" is stored as the value DONTKNOW. The drafts of an
 * invite are deleted when its response is submitted (response_service).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class draft_repository {
    /** @var string The table. */
    public const TABLE = 'local_digitalstrategy_draft';
    /** @var string The stored value of "don't know" (no item value can be a question mark). */
    public const DONTKNOW = '?';
    /** @var int Seconds to wait for the lock of an item. */
    private const LOCK_TIMEOUT = 5;

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
     * The saved answers of an invite by item key.
     *
     * @param int $inviteid
     * @return array<string, answer>
     */
    public function get_answers(int $inviteid): array {
        $answers = [];
        foreach ($this->db->get_records(self::TABLE, ['inviteid' => $inviteid], 'id') as $record) {
            $answers[$record->itemkey] = self::to_answer($record);
        }
        return $answers;
    }

    /**
     * Saves one answer unless someone else saved the item since the version the caller saw.
     *
     * @param int $inviteid
     * @param answer $proposed a normalised answer (answer_validator)
     * @param int $seenversion the version the caller saw, 0 for none
     * @param int $userid who saves it, 0 for a respondent by link
     * @return save_result
     */
    public function save(int $inviteid, answer $proposed, int $seenversion, int $userid): save_result {
        $lock = \core\lock\lock_config::get_lock_factory('local_digitalstrategy')
            ->get_lock('draft_' . $inviteid . '_' . $proposed->itemkey, self::LOCK_TIMEOUT);
        if (!$lock) {
            throw new \moodle_exception('locktimeout', 'local_digitalstrategy');
        }
        try {
            $stored = $this->db->get_record(self::TABLE, ['inviteid' => $inviteid, 'itemkey' => $proposed->itemkey]);
            $current = $stored ? self::to_answer($stored) : null;
            if ($current && $current->same_content($proposed)) {
                return new save_result(save_result::UNCHANGED, $current);
            }
            if (($current ? $current->version : 0) !== $seenversion) {
                return new save_result(save_result::CONFLICT, $current ?? new answer($proposed->itemkey, null));
            }
            $now = $this->clock->time();
            $record = (object) [
                'value' => $proposed->dontknow ? self::DONTKNOW : $proposed->value,
                'userid' => $userid,
                'timemodified' => $now,
            ];
            if ($stored) {
                $record->id = $stored->id;
                $record->version = $current->version + 1;
                $this->db->update_record(self::TABLE, $record);
            } else {
                $record->inviteid = $inviteid;
                $record->itemkey = $proposed->itemkey;
                $record->version = 1;
                $this->db->insert_record(self::TABLE, $record);
            }
        } finally {
            $lock->release();
        }
        return new save_result(save_result::SAVED, new answer(
            $proposed->itemkey,
            $proposed->value,
            $proposed->dontknow,
            answer::RELEVANCE_NONE,
            (int) $record->version,
            $userid,
            $now
        ));
    }

    /**
     * Deletes the drafts of an invite.
     *
     * @param int $inviteid
     */
    public function delete_for_invite(int $inviteid): void {
        $this->db->delete_records(self::TABLE, ['inviteid' => $inviteid]);
    }

    /**
     * The answer of a draft record.
     *
     * @param \stdClass $record
     * @return answer
     */
    private static function to_answer(\stdClass $record): answer {
        $dontknow = $record->value === self::DONTKNOW;
        return new answer(
            (string) $record->itemkey,
            $dontknow || $record->value === null ? null : (string) $record->value,
            $dontknow,
            answer::RELEVANCE_NONE,
            (int) $record->version,
            (int) $record->userid,
            (int) $record->timemodified
        );
    }
}
