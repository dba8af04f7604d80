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

use local_digitalstrategy\local\cache\results_cache;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\organisation;
use moodle_exception;
use stdClass;

/**
 * Creates, changes and lists organisations and their members.
 *
 * One set of rules for the edit form, the CSV import and the demo data: validate() returns the
 * problems of proposed data as language string keys, create() and update() refuse invalid data.
 * Adding, archiving or reactivating an organisation changes the aggregates over all
 * organisations, so those empty the results cache.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class organisation_repository {
    /** @var int Longest texts as stored. */
    public const MAX_LENGTHS = ['name' => 255, 'idnumber' => 100, 'location' => 255, 'contactemail' => 254, 'region' => 100];

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db
     * @param \core\clock $clock
     * @param results_cache $results aggregates to forget when organisations change
     */
    public function __construct(
        /** @var \moodle_database */
        private readonly \moodle_database $db,
        /** @var \core\clock */
        private readonly \core\clock $clock,
        /** @var results_cache */
        private readonly results_cache $results,
    ) {
    }

    /**
     * Loads an organisation.
     *
     * @param int $id
     * @return organisation
     * @throws moodle_exception organisationnotfound
     */
    public function get(int $id): organisation {
        $record = $this->db->get_record(organisation::TABLE, ['id' => $id]);
        if (!$record) {
            throw new moodle_exception('organisationnotfound', 'local_digitalstrategy');
        }
        return organisation::from_record($record);
    }

    /**
     * The organisation a user belongs to.
     *
     * @param int $userid
     * @return organisation|null null when the user belongs to none
     */
    public function get_for_user(int $userid): ?organisation {
        $record = $this->db->get_record_sql('SELECT o.* FROM {' . organisation::TABLE . '} o
                                               JOIN {' . organisation::MEMBER_TABLE . '} m ON m.orgid = o.id
                                              WHERE m.userid = ?', [$userid]);
        return $record ? organisation::from_record($record) : null;
    }

    /**
     * The role of a user in an organisation.
     *
     * @param organisation $organisation
     * @param int $userid
     * @return string|null one of organisation::ROLES, null when not a member
     */
    public function get_role(organisation $organisation, int $userid): ?string {
        $role = $this->db->get_field(organisation::MEMBER_TABLE, 'role', ['orgid' => $organisation->get_id(), 'userid' => $userid]);
        return $role === false ? null : $role;
    }

    /**
     * Active organisations.
     *
     * @return int
     */
    public function count_active(): int {
        return $this->db->count_records(organisation::TABLE, ['archived' => 0]);
    }

    /**
     * Organisations, archived ones included.
     *
     * @return int
     */
    public function count_all(): int {
        return $this->db->count_records(organisation::TABLE);
    }

    /**
     * Brings proposed data into the stored shape: trimmed texts, employees as int or null, pilot as 0/1.
     *
     * @param stdClass $data name, idnumber, location, region, contactemail, fieldofwork, employees, pilot
     *     (any may be missing)
     * @return stdClass
     */
    public function normalise(stdClass $data): stdClass {
        $employees = trim((string) ($data->employees ?? ''));
        return (object) [
            'name' => trim((string) ($data->name ?? '')),
            'idnumber' => trim((string) ($data->idnumber ?? '')),
            'location' => trim((string) ($data->location ?? '')),
            'region' => trim((string) ($data->region ?? '')),
            'contactemail' => trim((string) ($data->contactemail ?? '')),
            'fieldofwork' => trim((string) ($data->fieldofwork ?? 'other')) ?: 'other',
            'employees' => $employees === '' ? null : $employees,
            'pilot' => empty($data->pilot) ? 0 : 1,
        ];
    }

    /**
     * The problems of proposed data.
     *
     * @param stdClass $data as for normalise()
     * @param int $id the organisation being edited, 0 for a new one
     * @return array<string, string> field => language string key of local_digitalstrategy
     */
    public function validate(stdClass $data, int $id = 0): array {
        $data = $this->normalise($data);
        $errors = [];
        if ($data->name === '') {
            $errors['name'] = 'error_namerequired';
        }
        foreach (self::MAX_LENGTHS as $field => $max) {
            if (\core_text::strlen($data->$field) > $max) {
                $errors[$field] = 'error_toolong';
            }
        }
        if (!in_array($data->fieldofwork, organisation::FIELDS_OF_WORK, true)) {
            $errors['fieldofwork'] = 'error_fieldofwork';
        }
        if ($data->contactemail !== '' && !isset($errors['contactemail']) && !validate_email($data->contactemail)) {
            $errors['contactemail'] = 'error_contactemail';
        }
        if ($data->employees !== null && (!preg_match('/^\d{1,7}$/', $data->employees))) {
            $errors['employees'] = 'error_employees';
        }
        if ($data->idnumber !== '' && !isset($errors['idnumber'])) {
            $taken = $this->db->record_exists_select(organisation::TABLE, 'idnumber = ? AND id <> ?', [$data->idnumber, $id]);
            if ($taken) {
                $errors['idnumber'] = 'error_idnumbertaken';
            }
        }
        return $errors;
    }

    /**
     * Creates an organisation.
     *
     * @param stdClass $data as for normalise()
     * @param int $userid who creates it
     * @return organisation
     * @throws moodle_exception invalidorganisation when validate() finds a problem
     */
    public function create(stdClass $data, int $userid): organisation {
        $this->require_valid($data, 0);
        $record = $this->normalise($data);
        $record->employees = $record->employees === null ? null : (int) $record->employees;
        $record->archived = 0;
        $record->timecreated = $record->timemodified = $this->clock->time();
        $record->usermodified = $userid;
        $record->id = $this->db->insert_record(organisation::TABLE, $record);
        $this->results->invalidate();
        return organisation::from_record($record);
    }

    /**
     * Changes an organisation's details.
     *
     * @param organisation $organisation
     * @param stdClass $data as for normalise()
     * @param int $userid who changes it
     * @return organisation the changed organisation
     * @throws moodle_exception invalidorganisation when validate() finds a problem
     */
    public function update(organisation $organisation, stdClass $data, int $userid): organisation {
        // Forms and import files that do not carry the contact columns keep what is stored.
        $data = clone $data;
        $data->contactemail = $data->contactemail ?? $organisation->get_contactemail();
        $data->region = $data->region ?? $organisation->get_region();
        $this->require_valid($data, $organisation->get_id());
        $record = $this->normalise($data);
        $record->employees = $record->employees === null ? null : (int) $record->employees;
        $record->id = $organisation->get_id();
        $record->timemodified = $this->clock->time();
        $record->usermodified = $userid;
        $this->db->update_record(organisation::TABLE, $record);
        $this->results->invalidate();
        return $this->get($organisation->get_id());
    }

    /**
     * Archives an organisation or makes it active again. Archived organisations keep their
     * members and results but start no new runs and count towards no aggregate.
     *
     * @param organisation $organisation
     * @param bool $archived
     * @param int $userid who does it
     * @return organisation
     */
    public function set_archived(organisation $organisation, bool $archived, int $userid): organisation {
        $this->db->update_record(organisation::TABLE, (object) ['id' => $organisation->get_id(), 'archived' => (int) $archived,
            'timemodified' => $this->clock->time(), 'usermodified' => $userid]);
        $this->results->invalidate();
        return $this->get($organisation->get_id());
    }

    /**
     * Finds an organisation by its identifier.
     *
     * @param string $idnumber
     * @return organisation|null
     */
    public function get_by_idnumber(string $idnumber): ?organisation {
        if (trim($idnumber) === '') {
            return null;
        }
        $record = $this->db->get_record(organisation::TABLE, ['idnumber' => trim($idnumber)]);
        return $record ? organisation::from_record($record) : null;
    }

    /**
     * Finds an active organisation by its exact name (the demo data and imports without identifiers).
     *
     * @param string $name
     * @return organisation|null the first one with that name
     */
    public function get_by_name(string $name): ?organisation {
        $records = $this->db->get_records(organisation::TABLE, ['name' => trim($name)], 'id', '*', 0, 1);
        return $records ? organisation::from_record(reset($records)) : null;
    }

    /**
     * Why a user cannot be made a member in a role, if anything stands against it.
     *
     * @param organisation $organisation
     * @param int $userid
     * @param string $role
     * @return array{0: string, 1: mixed}|null [language string key, parameter] or null when possible
     */
    public function membership_problem(organisation $organisation, int $userid, string $role): ?array {
        if (!in_array($role, organisation::ROLES, true)) {
            return ['error_role', implode(', ', organisation::ROLES)];
        }
        $user = $this->db->get_record('user', ['id' => $userid, 'deleted' => 0], 'id');
        if (!$user || isguestuser($userid)) {
            return ['error_usernotfound', $userid];
        }
        $other = $this->get_for_user($userid);
        if ($other && $other->get_id() !== $organisation->get_id()) {
            return ['error_memberofother', $other->get_name()];
        }
        return null;
    }

    /**
     * Makes a user a member in a role, or changes the role of a member.
     *
     * @param organisation $organisation
     * @param int $userid
     * @param string $role one of organisation::ROLES
     * @param int $by who does it
     * @throws moodle_exception when membership_problem() names a problem
     */
    public function add_member(organisation $organisation, int $userid, string $role, int $by): void {
        if ($problem = $this->membership_problem($organisation, $userid, $role)) {
            throw new moodle_exception($problem[0], 'local_digitalstrategy', '', $problem[1]);
        }
        $now = $this->clock->time();
        $existing = $this->db->get_record(organisation::MEMBER_TABLE, ['orgid' => $organisation->get_id(), 'userid' => $userid]);
        if ($existing) {
            if ($existing->role !== $role) {
                $this->db->update_record(organisation::MEMBER_TABLE, (object) ['id' => $existing->id, 'role' => $role,
                    'timemodified' => $now, 'usermodified' => $by]);
            }
            return;
        }
        $this->db->insert_record(organisation::MEMBER_TABLE, (object) ['orgid' => $organisation->get_id(), 'userid' => $userid,
            'role' => $role, 'timecreated' => $now, 'timemodified' => $now, 'usermodified' => $by]);
    }

    /**
     * Removes a member; their answers stay with the organisation.
     *
     * @param organisation $organisation
     * @param int $userid
     */
    public function remove_member(organisation $organisation, int $userid): void {
        $this->db->delete_records(organisation::MEMBER_TABLE, ['orgid' => $organisation->get_id(), 'userid' => $userid]);
    }

    /**
     * The members with their names and roles, leadership first, then by name.
     *
     * @param organisation $organisation
     * @return stdClass[] user fields for fullname(), email, role, membership timecreated
     */
    public function get_members(organisation $organisation): array {
        $namefields = \core_user\fields::for_name()->get_sql('u', false, '', '', false)->selects;
        return array_values($this->db->get_records_sql(
            "SELECT u.id, u.username, u.email, {$namefields}, m.role, m.timecreated AS membersince
               FROM {" . organisation::MEMBER_TABLE . "} m
               JOIN {user} u ON u.id = m.userid AND u.deleted = 0
              WHERE m.orgid = ?
           ORDER BY CASE WHEN m.role = 'leadership' THEN 0 ELSE 1 END, u.lastname, u.firstname, u.id",
            [$organisation->get_id()]
        ));
    }

    /**
     * All organisations with their member count, active ones first, then by name.
     *
     * @param bool $includearchived
     * @return stdClass[] organisation records with membercount
     */
    public function list_organisations(bool $includearchived = true): array {
        $where = $includearchived ? '' : 'WHERE o.archived = 0';
        return array_values($this->db->get_records_sql(
            "SELECT o.*, COALESCE(mc.members, 0) AS membercount
               FROM {" . organisation::TABLE . "} o
          LEFT JOIN (SELECT orgid, COUNT(1) AS members FROM {" . organisation::MEMBER_TABLE . "} GROUP BY orgid) mc
                 ON mc.orgid = o.id
             {$where}
           ORDER BY o.archived, o.name, o.id"
        ));
    }

    /**
     * A page of organisations with their member count and whether they have submitted a check,
     * narrowed by a filter and sorted: two queries, however many organisations there are.
     *
     * @param organisation_filter $filter
     * @param string $sort one of self::SORTS; '' for active ones first, then by name
     * @param bool $desc descending
     * @param int $offset rows to skip
     * @param int $limit rows to return at most, 0 for all
     * @param string[] $fieldorder fields of work in the order their names sort in the user's language
     * @return array{total: int, rows: stdClass[]} organisations matching the filter, and the page of them
     *     (organisation records with membercount and submitted 0/1)
     */
    public function search(
        organisation_filter $filter,
        string $sort = '',
        bool $desc = false,
        int $offset = 0,
        int $limit = 0,
        array $fieldorder = []
    ): array {
        $submitted = 'EXISTS (SELECT 1 FROM {' . run::TABLE . '} sr WHERE sr.orgid = o.id AND sr.status = ?)';
        [$where, $params] = $filter->where($this->db, 'o', $submitted, [run::STATUS_SUBMITTED]);
        $total = $this->db->count_records_sql('SELECT COUNT(1) FROM {' . organisation::TABLE . "} o WHERE $where", $params);
        $dir = $desc ? 'DESC' : 'ASC';
        $order = match ($sort) {
            'name', 'idnumber', 'location', 'pilot' => "o.$sort $dir",
            'employees' => "CASE WHEN o.employees IS NULL THEN 1 ELSE 0 END, o.employees $dir",
            'members' => "COALESCE(mc.members, 0) $dir",
            'fieldofwork' => $this->field_order($fieldorder) . " $dir",
            default => 'o.archived',
        };
        $rows = array_values($this->db->get_records_sql(
            "SELECT o.*, COALESCE(mc.members, 0) AS membercount,
                    CASE WHEN $submitted THEN 1 ELSE 0 END AS submitted
               FROM {" . organisation::TABLE . "} o
          LEFT JOIN (SELECT orgid, COUNT(1) AS members FROM {" . organisation::MEMBER_TABLE . "} GROUP BY orgid) mc
                 ON mc.orgid = o.id
              WHERE $where
           ORDER BY $order, o.name, o.id",
            array_merge([run::STATUS_SUBMITTED], $params),
            $offset,
            $limit
        ));
        return ['total' => $total, 'rows' => $rows];
    }

    /**
     * An SQL expression that sorts fields of work in a given order (by their names, not their keys).
     *
     * @param string[] $fieldorder
     * @return string
     */
    private function field_order(array $fieldorder): string {
        $fieldorder = array_values(array_intersect($fieldorder, organisation::FIELDS_OF_WORK)) ?: organisation::FIELDS_OF_WORK;
        $cases = '';
        foreach ($fieldorder as $position => $field) {
            // The keys are constants of the organisation class, never user input.
            $cases .= " WHEN '$field' THEN $position";
        }
        return "CASE o.fieldofwork$cases ELSE " . count($fieldorder) . ' END';
    }

    /**
     * Throws when data is invalid.
     *
     * @param stdClass $data
     * @param int $id
     * @throws moodle_exception
     */
    private function require_valid(stdClass $data, int $id): void {
        $errors = $this->validate($data, $id);
        if ($errors) {
            $first = array_key_first($errors);
            throw new moodle_exception(
                'invalidorganisation',
                'local_digitalstrategy',
                '',
                get_string($errors[$first], 'local_digitalstrategy', $first),
                json_encode($errors)
            );
        }
    }
}
