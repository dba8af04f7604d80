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

namespace local_digitalstrategy;

use context_system;
use stdClass;

/**
 * A member organisation of the programme (care service, day-care centre, counselling office, ...).
 * Immutable; local\organisation_repository loads and changes organisations and their members,
 * local\organisation_access says who may answer for and see an organisation.
 *
 * Pages, web services and renderables receive an organisation, never a raw record. Members are
 * Moodle users with a role (leadership or staff); a user belongs to at most one organisation and
 * sees only its data.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class organisation {
    /** @var string Table of organisations. */
    public const TABLE = 'local_digitalstrategy_org';
    /** @var string Table of memberships. */
    public const MEMBER_TABLE = 'local_digitalstrategy_member';
    /** @var string[] Fields of work; each has a language string "fieldofwork_<key>". */
    public const FIELDS_OF_WORK = ['care', 'daycare', 'counselling', 'disability', 'youth', 'other'];
    /** @var string[] Roles in an organisation; each has a language string "role_<key>". */
    public const ROLES = ['leadership', 'staff'];

    /**
     * Use the factories.
     *
     * @param stdClass $record a record of local_digitalstrategy_org
     */
    private function __construct(
        /** @var stdClass the record */
        private readonly stdClass $record,
    ) {
    }

    /**
     * Wraps a record.
     *
     * @param stdClass $record a record of local_digitalstrategy_org
     * @return self
     */
    public static function from_record(stdClass $record): self {
        return new self(clone $record);
    }

    /**
     * The organisation's id.
     *
     * @return int
     */
    public function get_id(): int {
        return (int) $this->record->id;
    }

    /**
     * The name as entered (plain text).
     *
     * @return string the name as entered (plain text)
     */
    public function get_name(): string {
        return $this->record->name;
    }

    /**
     * The name ready for HTML output.
     *
     * @return string the name ready for HTML output
     */
    public function get_formatted_name(): string {
        return format_string($this->record->name, true, ['context' => context_system::instance()]);
    }

    /**
     * The identifier from the member register ('' when none).
     *
     * @return string the identifier from the member register ('' when none)
     */
    public function get_idnumber(): string {
        return (string) $this->record->idnumber;
    }

    /**
     * Town or region.
     *
     * @return string town or region
     */
    public function get_location(): string {
        return (string) $this->record->location;
    }

    /**
     * Region of the association, empty when unknown.
     *
     * @return string
     */
    public function get_region(): string {
        return (string) ($this->record->region ?? '');
    }

    /**
     * Contact address for invitations, empty when unknown.
     *
     * @return string
     */
    public function get_contactemail(): string {
        return (string) ($this->record->contactemail ?? '');
    }

    /**
     * One of FIELDS_OF_WORK.
     *
     * @return string one of FIELDS_OF_WORK
     */
    public function get_fieldofwork(): string {
        return (string) $this->record->fieldofwork;
    }

    /**
     * Number of employees, null when unknown.
     *
     * @return int|null number of employees, null when unknown
     */
    public function get_employees(): ?int {
        return $this->record->employees === null ? null : (int) $this->record->employees;
    }

    /**
     * Whether it is a pilot organisation.
     *
     * @return bool whether it is a pilot organisation
     */
    public function is_pilot(): bool {
        return !empty($this->record->pilot);
    }

    /**
     * Whether it is archived (kept with its results, read-only).
     *
     * @return bool whether it is archived (kept with its results, read-only)
     */
    public function is_archived(): bool {
        return !empty($this->record->archived);
    }

    /**
     * A copy of the record.
     *
     * @return stdClass a copy of the record
     */
    public function to_record(): stdClass {
        return clone $this->record;
    }
}
