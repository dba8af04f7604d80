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

namespace local_digitalstrategy\local;

/**
 * The Moodle users the plugin shows or looks up: full names of those who answered, accounts
 * named in an import.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class user_repository {
    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * What the suite shows in place of the name of an account that is gone (deleted, or removed
     * from a record on a privacy request) — the same words everywhere.
     *
     * @return string
     */
    public static function deleted_name(): string {
        return get_string('deleteduser', 'local_digitalstrategy');
    }

    /**
     * Full names (plain text) of users, with one query. Deleted accounts are left out (as are 0,
     * an author removed on a privacy request), so callers show deleted_name() for them.
     *
     * @param int[] $userids ids; 0 and repeats are ignored
     * @return array<int, string> full name by user id, for the accounts that exist and are not deleted
     */
    public function full_names(array $userids): array {
        $ids = array_values(array_unique(array_filter(array_map('intval', $userids))));
        if (!$ids) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal($ids);
        $fields = \core_user\fields::for_name()->get_sql('', false, '', '', false)->selects;
        $names = [];
        foreach ($this->db->get_records_select('user', "deleted = 0 AND id $insql", $params, '', 'id, ' . $fields) as $user) {
            $names[(int) $user->id] = fullname($user);
        }
        return $names;
    }

    /**
     * An active account of this site by user name (compared in lower case, as Moodle stores them).
     *
     * @param string $username
     * @return int|null the user id
     */
    public function find_by_username(string $username): ?int {
        global $CFG;
        $id = $this->db->get_field('user', 'id', ['username' => \core_text::strtolower($username), 'deleted' => 0,
            'mnethostid' => $CFG->mnet_localhost_id]);
        return $id === false ? null : (int) $id;
    }

    /**
     * The only active account with an e-mail address (compared case-insensitively).
     *
     * @param string $email
     * @return int|null the user id; null when there is none or more than one
     */
    public function find_by_email(string $email): ?int {
        $users = $this->db->get_records_select('user', 'LOWER(email) = LOWER(?) AND deleted = 0', [$email], '', 'id', 0, 2);
        return count($users) === 1 ? (int) reset($users)->id : null;
    }

    /**
     * Whether an active, non-guest account exists.
     *
     * @param int $userid
     * @return bool
     */
    public function exists(int $userid): bool {
        return $userid > 0 && !isguestuser($userid) && $this->db->record_exists('user', ['id' => $userid, 'deleted' => 0]);
    }
}
