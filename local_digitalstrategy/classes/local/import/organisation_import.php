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

namespace local_digitalstrategy\local\import;

use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\user_repository;
use local_digitalstrategy\organisation;
use stdClass;

/**
 * CSV import of organisations and their members: one row per organisation or membership.
 *
 * Columns (header row, any order, case-insensitive): idnumber (required), name, location,
 * fieldofwork, employees, pilot, username or email, role. The first row of an organisation
 * creates or updates it; later rows with the same idnumber may leave the organisation columns
 * empty and add further members. preview() checks every row and says what it would do or what is
 * wrong with it; apply() carries out the rows without errors. Errors are language string keys.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class organisation_import {
    /** @var string[] Columns the importer understands. */
    public const COLUMNS = ['idnumber', 'name', 'location', 'fieldofwork', 'employees', 'pilot', 'username', 'email', 'role'];
    /** @var string[] Organisation columns. */
    private const ORG_COLUMNS = ['name', 'location', 'fieldofwork', 'employees', 'pilot'];
    /** @var array<string, int> Accepted spellings of the pilot flag. */
    private const PILOT_VALUES = ['' => 0, '0' => 0, '1' => 1, 'no' => 0, 'yes' => 1, 'nein' => 0, 'ja' => 1,
        'false' => 0, 'true' => 1, 'x' => 1];

    /**
     * Creates the importer.
     *
     * @param organisation_repository $organisations
     * @param user_repository $users
     * @param \moodle_database $db for the transaction around apply()
     */
    public function __construct(
        /** @var organisation_repository */
        private readonly organisation_repository $organisations,
        /** @var user_repository */
        private readonly user_repository $users,
        /** @var \moodle_database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * Problems with the header row.
     *
     * @param string[] $columns as read from the file
     * @return array<int, array{0: string, 1: string}> [language string key, parameter]
     */
    public function check_columns(array $columns): array {
        $columns = array_map(fn($c) => \core_text::strtolower(trim($c)), $columns);
        $errors = [];
        if (!in_array('idnumber', $columns, true)) {
            $errors[] = ['importerror_missingcolumn', 'idnumber'];
        }
        foreach ($columns as $column) {
            if (!in_array($column, self::COLUMNS, true)) {
                $errors[] = ['importerror_unknowncolumn', $column];
            }
        }
        foreach (array_count_values($columns) as $column => $count) {
            if ($count > 1) {
                $errors[] = ['importerror_duplicatecolumn', $column];
            }
        }
        return $errors;
    }

    /**
     * Checks every row and works out what it would do.
     *
     * @param string[] $columns the header row
     * @param iterable<int, array> $rows data rows (values by position), in file order
     * @return stdClass[] per row: line (in the file, header = 1), values (by column), orgaction (create,
     *     update, none), memberaction (add, role, none), userid, errors ([key, param] pairs)
     */
    public function preview(array $columns, iterable $rows): array {
        $columns = array_map(fn($c) => \core_text::strtolower(trim($c)), $columns);
        $results = [];
        $orgs = [];        // Organisation values by idnumber, from the first row that gives them.
        $usersinfile = []; // The idnumber by userid.
        $line = 1;
        foreach ($rows as $row) {
            $line++;
            $values = [];
            foreach ($columns as $i => $column) {
                $values[$column] = trim((string) ($row[$i] ?? ''));
            }
            if (!array_filter($values, fn($v) => $v !== '')) {
                continue;
            }
            $result = (object) ['line' => $line, 'values' => $values, 'orgaction' => 'none', 'memberaction' => 'none',
                'userid' => 0, 'errors' => []];
            $results[] = $result;
            $idnumber = $values['idnumber'] ?? '';
            if ($idnumber === '') {
                $result->errors[] = ['importerror_noidnumber', ''];
                continue;
            }
            $existing = $this->organisations->get_by_idnumber($idnumber);
            $givesorg = (bool) array_filter(self::ORG_COLUMNS, fn($c) => ($values[$c] ?? '') !== '');

            // The organisation part: the first row without errors that names an organisation defines it.
            $defineshere = false;
            if (isset($orgs[$idnumber])) {
                foreach (self::ORG_COLUMNS as $column) {
                    $value = $values[$column] ?? '';
                    if ($value !== '' && $value !== ($orgs[$idnumber]['values'][$column] ?? '')) {
                        $result->errors[] = ['importerror_conflict', (object) ['column' => $column,
                            'line' => $orgs[$idnumber]['line']]];
                    }
                }
            } else if ($givesorg || !$existing) {
                $data = $this->org_data($values, $existing);
                $pilot = \core_text::strtolower($values['pilot'] ?? '');
                if (!array_key_exists($pilot, self::PILOT_VALUES)) {
                    $result->errors[] = ['importerror_pilot', $values['pilot']];
                }
                foreach ($this->organisations->validate($data, $existing ? $existing->get_id() : 0) as $field => $key) {
                    $result->errors[] = [$key, $field];
                }
                if (!$result->errors) {
                    $result->orgaction = $existing ? ($this->differs($existing, $data) ? 'update' : 'none') : 'create';
                    $orgs[$idnumber] = ['line' => $line, 'values' => $values];
                    $defineshere = true;
                }
            } else {
                $orgs[$idnumber] = ['line' => $line, 'values' => []];
                $defineshere = true;
            }

            $this->preview_member($result, $values, $idnumber, $usersinfile);
            if ($result->errors) {
                $result->orgaction = 'none';
                $result->memberaction = 'none';
                if ($defineshere) {
                    unset($orgs[$idnumber]);
                }
            } else if ($result->userid) {
                $usersinfile[$result->userid] = $idnumber;
            }
        }
        return $results;
    }

    /**
     * Checks the membership part of a row and works out what it would do.
     *
     * @param stdClass $result the row's result, changed in place
     * @param array<string, string> $values the row's values by column
     * @param string $idnumber the row's organisation
     * @param array<int, string> $usersinfile organisation idnumber by user id, from earlier rows
     */
    private function preview_member(stdClass $result, array $values, string $idnumber, array $usersinfile): void {
        $username = $values['username'] ?? '';
        $email = $values['email'] ?? '';
        if ($username === '' && $email === '') {
            if (($values['role'] ?? '') !== '') {
                $result->errors[] = ['importerror_rolewithoutuser', ''];
            }
            return;
        }
        $userid = $username !== '' ? $this->users->find_by_username($username) : $this->users->find_by_email($email);
        if (!$userid) {
            $result->errors[] = ['importerror_nouser', $username !== '' ? $username : $email];
            return;
        }
        $role = \core_text::strtolower($values['role'] ?? '') ?: 'staff';
        if (!in_array($role, organisation::ROLES, true)) {
            $result->errors[] = ['error_role', implode(', ', organisation::ROLES)];
            return;
        }
        if (isset($usersinfile[$userid]) && $usersinfile[$userid] !== $idnumber) {
            $result->errors[] = ['importerror_usertwice', $usersinfile[$userid]];
            return;
        }
        $current = $this->organisations->get_for_user($userid);
        if ($current && $current->get_idnumber() !== $idnumber) {
            $result->errors[] = ['error_memberofother', $current->get_name()];
            return;
        }
        $result->userid = $userid;
        $result->role = $role;
        $result->memberaction = !$current ? 'add'
            : ($this->organisations->get_role($current, $userid) !== $role ? 'role' : 'none');
    }

    /**
     * Carries out the rows without errors.
     *
     * @param stdClass[] $results from preview()
     * @param int $userid who imports
     * @return array{created: int, updated: int, members: int, skipped: int}
     */
    public function apply(array $results, int $userid): array {
        $summary = ['created' => 0, 'updated' => 0, 'members' => 0, 'skipped' => 0];
        $transaction = $this->db->start_delegated_transaction();
        foreach ($results as $result) {
            if ($result->errors) {
                $summary['skipped']++;
                continue;
            }
            $idnumber = $result->values['idnumber'];
            $existing = $this->organisations->get_by_idnumber($idnumber);
            if ($result->orgaction === 'create' && !$existing) {
                $existing = $this->organisations->create($this->org_data($result->values, null), $userid);
                $summary['created']++;
            } else if ($result->orgaction === 'update' && $existing) {
                $existing = $this->organisations->update($existing, $this->org_data($result->values, $existing), $userid);
                $summary['updated']++;
            }
            if ($result->memberaction !== 'none' && $existing) {
                $this->organisations->add_member($existing, $result->userid, $result->role, $userid);
                $summary['members']++;
            }
        }
        $transaction->allow_commit();
        return $summary;
    }

    /**
     * Organisation data from a row; empty columns keep the existing organisation's values.
     *
     * @param array<string, string> $values
     * @param organisation|null $existing
     * @return stdClass
     */
    private function org_data(array $values, ?organisation $existing): stdClass {
        $current = $existing ? $existing->to_record() : (object) ['name' => '', 'location' => '', 'fieldofwork' => 'other',
            'employees' => null, 'pilot' => 0];
        $pick = fn(string $column) => ($values[$column] ?? '') !== '' ? $values[$column] : $current->$column;
        return (object) [
            'idnumber' => $values['idnumber'],
            'name' => $pick('name'),
            'location' => $pick('location'),
            'fieldofwork' => \core_text::strtolower((string) $pick('fieldofwork')),
            'employees' => $pick('employees'),
            'pilot' => ($values['pilot'] ?? '') !== ''
                ? (self::PILOT_VALUES[\core_text::strtolower($values['pilot'])] ?? 0) : $current->pilot,
        ];
    }

    /**
     * Whether data would change an organisation.
     *
     * @param organisation $organisation
     * @param stdClass $data
     * @return bool
     */
    private function differs(organisation $organisation, stdClass $data): bool {
        $normalised = $this->organisations->normalise($data);
        $record = $organisation->to_record();
        foreach (self::ORG_COLUMNS as $column) {
            if ((string) $normalised->$column !== (string) $record->$column) {
                return true;
            }
        }
        return false;
    }
}
