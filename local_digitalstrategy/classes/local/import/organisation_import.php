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
 * Columns (header row, any order, case-insensitive): idnumber (required), name, location, region,
 * contactemail (the organisation's address for survey invitations), fieldofwork, employees, pilot,
 * username or email (of a member), role. The first row of an organisation
 * creates or updates it; later rows with the same idnumber may leave the organisation columns
 * empty and add further members. preview() checks every row and says what it would do or what is
 * wrong with it; apply() carries out the rows without errors. Errors are language string keys with
 * the column they are about; values are taken exactly as csv_file read them and refused, never
 * cleaned, when they hold control characters or are too long.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class organisation_import {
    /** @var string[] Columns the importer understands. */
    public const COLUMNS = ['idnumber', 'name', 'location', 'region', 'contactemail', 'fieldofwork', 'employees', 'pilot',
        'username', 'email', 'role'];
    /** @var string[] Organisation columns. */
    private const ORG_COLUMNS = ['name', 'location', 'region', 'contactemail', 'fieldofwork', 'employees', 'pilot'];
    /** @var array<string, int> Accepted spellings of the pilot flag. */
    private const PILOT_VALUES = ['' => 0, '0' => 0, '1' => 1, 'no' => 0, 'yes' => 1, 'nein' => 0, 'ja' => 1,
        'false' => 0, 'true' => 1, 'x' => 1];
    /** @var array<string, int> Longest value per column, in characters (as stored, or as core keeps usernames and e-mails). */
    public const MAX_LENGTHS = ['idnumber' => organisation_repository::MAX_LENGTHS['idnumber'],
        'name' => organisation_repository::MAX_LENGTHS['name'], 'location' => organisation_repository::MAX_LENGTHS['location'],
        'region' => organisation_repository::MAX_LENGTHS['region'],
        'contactemail' => organisation_repository::MAX_LENGTHS['contactemail'], 'fieldofwork' => 30, 'employees' => 20,
        'pilot' => 10, 'username' => 100, 'email' => 100, 'role' => 30];
    /** @var int Most employees an organisation can have (seven digits, as the repository checks). */
    private const MAX_EMPLOYEES = 9999999;

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
     * @return array<int, array{0: string, 1: mixed}> [language string key, parameter]
     */
    public function check_columns(array $columns): array {
        foreach ($columns as $i => $column) {
            if ($control = self::find_control_character($column)) {
                return [['importerror_headercontrol', (object) ($control + ['column' => self::number($i + 1)])]];
            }
        }
        $columns = array_map(fn($c) => \core_text::strtolower(trim($c, ' ')), $columns);
        $errors = [];
        if (!in_array('idnumber', $columns, true)) {
            $errors[] = ['importerror_missingcolumn', 'idnumber'];
        }
        foreach ($columns as $column) {
            if (!in_array($column, self::COLUMNS, true)) {
                $errors[] = ['importerror_unknowncolumn', self::shorten($column)];
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
     * A value is taken as written: a value holding a NUL byte or another control character, or
     * longer than its column allows, refuses its row (nothing is stripped or shortened), and so
     * does a row with more or fewer values than the header has columns.
     *
     * @param string[] $columns the header row
     * @param iterable<int, array> $rows data rows (values by position), keyed by their line in the file (header = 1),
     *     as csv_file reads them
     * @return stdClass[] per row: line, values (by column), orgaction (create, update, none), memberaction
     *     (add, role, none), userid, errors ([language string key, parameter, field] triples; field is the
     *     column the error is about, empty for the row as a whole)
     */
    public function preview(array $columns, iterable $rows): array {
        $columns = array_map(fn($c) => \core_text::strtolower(trim($c, ' ')), $columns);
        $results = [];
        $orgs = [];        // Organisation values by idnumber, from the first row that gives them.
        $usersinfile = []; // The idnumber by userid.
        foreach ($rows as $line => $row) {
            $row = array_values($row);
            if (!array_filter($row, fn($v) => trim((string) $v, ' ') !== '')) {
                continue;
            }
            $values = [];
            foreach ($columns as $i => $column) {
                $values[$column] = (string) ($row[$i] ?? '');
            }
            $result = (object) ['line' => (int) $line, 'values' => $values, 'orgaction' => 'none', 'memberaction' => 'none',
                'userid' => 0, 'errors' => []];
            $results[] = $result;
            $result->errors = $this->check_values($columns, $row);
            if ($result->errors) {
                continue;
            }
            $values = array_map(fn($v) => trim($v, ' '), $values);
            $result->values = $values;
            $idnumber = $values['idnumber'] ?? '';
            if ($idnumber === '') {
                $result->errors[] = ['importerror_noidnumber', '', 'idnumber'];
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
                            'line' => $orgs[$idnumber]['line']], $column];
                    }
                }
            } else if ($givesorg || !$existing) {
                $data = $this->org_data($values, $existing);
                $pilot = \core_text::strtolower($values['pilot'] ?? '');
                if (!array_key_exists($pilot, self::PILOT_VALUES)) {
                    $result->errors[] = ['importerror_pilot', self::shorten($values['pilot']), 'pilot'];
                }
                foreach ($this->organisations->validate($data, $existing ? $existing->get_id() : 0) as $field => $key) {
                    $result->errors[] = $key === 'error_employees'
                        ? ['importerror_employees', (object) ['max' => self::number(self::MAX_EMPLOYEES),
                            'value' => self::shorten($values['employees'] ?? '')], $field]
                        : [$key, $field, $field];
                }
                if (!$result->errors) {
                    $result->orgaction = $existing ? ($this->differs($existing, $data) ? 'update' : 'none') : 'create';
                    $orgs[$idnumber] = ['line' => $result->line, 'values' => $values];
                    $defineshere = true;
                }
            } else {
                $orgs[$idnumber] = ['line' => $result->line, 'values' => []];
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
     * The problems of a row's values as written: the number of values, control characters, lengths.
     *
     * @param string[] $columns the header row, lower case
     * @param array $row the values by position
     * @return array<int, array{0: string, 1: mixed, 2: string}> errors as preview() gives them
     */
    private function check_values(array $columns, array $row): array {
        $errors = [];
        $extra = array_slice($row, count($columns));
        if (count($row) < count($columns) || array_filter($extra, fn($v) => (string) $v !== '')) {
            $errors[] = ['importerror_columncount', (object) ['count' => count($row), 'expected' => count($columns)], ''];
        }
        foreach ($columns as $i => $column) {
            $value = (string) ($row[$i] ?? '');
            if ($control = self::find_control_character($value)) {
                $errors[] = ['importerror_control', (object) $control, $column];
                continue;
            }
            $max = self::MAX_LENGTHS[$column] ?? null;
            $length = \core_text::strlen(trim($value, ' '));
            if ($max !== null && $length > $max) {
                $errors[] = ['importerror_toolong', (object) ['max' => self::number($max), 'length' => self::number($length)],
                    $column];
            }
        }
        return $errors;
    }

    /**
     * The first control character in a value (C0 including NUL, DEL, C1), with its position.
     *
     * @param string $value UTF-8
     * @return array{char: string, position: string}|null null when there is none
     */
    public static function find_control_character(string $value): ?array {
        if (!preg_match('/[\x{0}-\x{1F}\x{7F}-\x{9F}]/u', $value, $match, PREG_OFFSET_CAPTURE)) {
            return null;
        }
        $code = mb_ord($match[0][0], 'UTF-8');
        $names = [0 => 'NUL', 9 => 'TAB', 10 => 'LF', 13 => 'CR', 0x7F => 'DEL'];
        $name = sprintf('U+%04X', $code) . (isset($names[$code]) ? ' (' . $names[$code] . ')' : '');
        $position = \core_text::strlen(substr($value, 0, $match[0][1])) + 1;
        return ['char' => $name, 'position' => self::number($position)];
    }

    /**
     * A value from the file for a message: at most 40 characters, with the full length when cut.
     *
     * @param string $value
     * @return string
     */
    public static function shorten(string $value): string {
        $length = \core_text::strlen($value);
        if ($length <= 40) {
            return $value;
        }
        return get_string('importtruncated', 'local_digitalstrategy', (object) [
            'text' => \core_text::substr($value, 0, 40), 'length' => self::number($length)]);
    }

    /**
     * A count for a message, with the language's thousands separator (1,048,576 or 1.048.576).
     *
     * @param int $number
     * @return string
     */
    public static function number(int $number): string {
        return number_format($number, 0, '', get_string('thousandssep', 'langconfig'));
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
                $result->errors[] = ['importerror_rolewithoutuser', '', 'role'];
            }
            return;
        }
        $usercolumn = $username !== '' ? 'username' : 'email';
        $userid = $username !== '' ? $this->users->find_by_username($username) : $this->users->find_by_email($email);
        if (!$userid) {
            $result->errors[] = ['importerror_nouser', self::shorten($username !== '' ? $username : $email), $usercolumn];
            return;
        }
        $role = \core_text::strtolower($values['role'] ?? '') ?: 'staff';
        if (!in_array($role, organisation::ROLES, true)) {
            $result->errors[] = ['error_role', implode(', ', organisation::ROLES), 'role'];
            return;
        }
        if (isset($usersinfile[$userid]) && $usersinfile[$userid] !== $idnumber) {
            $result->errors[] = ['importerror_usertwice', $usersinfile[$userid], $usercolumn];
            return;
        }
        $current = $this->organisations->get_for_user($userid);
        if ($current && $current->get_idnumber() !== $idnumber) {
            $result->errors[] = ['error_memberofother', $current->get_name(), $usercolumn];
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
        $current = $existing ? $existing->to_record() : (object) ['name' => '', 'location' => '', 'region' => '',
            'contactemail' => '', 'fieldofwork' => 'other', 'employees' => null, 'pilot' => 0];
        $pick = fn(string $column) => ($values[$column] ?? '') !== '' ? $values[$column] : $current->$column;
        return (object) [
            'idnumber' => $values['idnumber'],
            'name' => $pick('name'),
            'location' => $pick('location'),
            'region' => $pick('region'),
            'contactemail' => $pick('contactemail'),
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
