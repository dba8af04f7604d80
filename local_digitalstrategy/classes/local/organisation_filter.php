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

use local_digitalstrategy\organisation;

/**
 * What a list of organisations is narrowed to: a search in name and identifier, the field of
 * work, pilot or not, participation and (on the organisations page) active or archived.
 *
 * Participation means: "submitted" — the organisation has a submitted check (on the heat map:
 * a submitted run of the current check); "notsubmitted" — it has none; "nomembers" — nobody
 * belongs to it, so nobody can take part.
 *
 * An immutable value; where() turns it into SQL for the repositories. Unknown values (from a
 * hand-made URL) are dropped, so a filter always means what the page shows.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class organisation_filter {
    /** @var string Participation: a submitted check. */
    public const SUBMITTED = 'submitted';
    /** @var string Participation: no submitted check. */
    public const NOTSUBMITTED = 'notsubmitted';
    /** @var string Participation: no members. */
    public const NOMEMBERS = 'nomembers';
    /** @var string[] The participation values. */
    public const PARTICIPATION = [self::SUBMITTED, self::NOTSUBMITTED, self::NOMEMBERS];
    /** @var string[] The status values. */
    public const STATUS = ['active', 'archived'];

    /** @var string search text, trimmed */
    public readonly string $search;
    /** @var string a field of work or '' */
    public readonly string $fieldofwork;
    /** @var bool|null pilot organisations (true), the others (false) or both (null) */
    public readonly ?bool $pilot;
    /** @var string one of PARTICIPATION or '' */
    public readonly string $participation;
    /** @var string one of STATUS or '' */
    public readonly string $status;

    /**
     * Creates a filter; unknown values mean "any".
     *
     * @param string $search in name and identifier
     * @param string $fieldofwork one of organisation::FIELDS_OF_WORK or ''
     * @param string $pilot '1', '0' or ''
     * @param string $participation one of PARTICIPATION or ''
     * @param string $status one of STATUS or ''
     */
    public function __construct(
        string $search = '',
        string $fieldofwork = '',
        string $pilot = '',
        string $participation = '',
        string $status = '',
    ) {
        $this->search = \core_text::substr(trim($search), 0, 255);
        $this->fieldofwork = in_array($fieldofwork, organisation::FIELDS_OF_WORK, true) ? $fieldofwork : '';
        $this->pilot = $pilot === '1' ? true : ($pilot === '0' ? false : null);
        $this->participation = in_array($participation, self::PARTICIPATION, true) ? $participation : '';
        $this->status = in_array($status, self::STATUS, true) ? $status : '';
    }

    /**
     * Whether the filter lets every organisation through.
     *
     * @return bool
     */
    public function is_empty(): bool {
        return $this->to_params() === [];
    }

    /**
     * The filter as URL parameters (only those set).
     *
     * @return array<string, string>
     */
    public function to_params(): array {
        return array_filter([
            'q' => $this->search,
            'fieldofwork' => $this->fieldofwork,
            'pilot' => $this->pilot === null ? '' : ($this->pilot ? '1' : '0'),
            'participation' => $this->participation,
            'status' => $this->status,
        ], fn($value) => $value !== '');
    }

    /**
     * The filter as an SQL condition over an organisation table alias.
     *
     * @param \moodle_database $db for case- and accent-insensitive LIKE
     * @param string $alias of the organisation table
     * @param string $submittedsql an SQL condition true when the organisation has a submitted check
     * @param array $submittedparams parameters of $submittedsql (positional)
     * @return array{0: string, 1: array} SQL (never empty) and positional parameters
     */
    public function where(\moodle_database $db, string $alias, string $submittedsql, array $submittedparams = []): array {
        $conditions = ['1 = 1'];
        $params = [];
        if ($this->search !== '') {
            $pattern = '%' . $db->sql_like_escape($this->search) . '%';
            $conditions[] = '(' . $db->sql_like("$alias.name", '?', false, false) . ' OR '
                . $db->sql_like("$alias.idnumber", '?', false, false) . ')';
            $params[] = $pattern;
            $params[] = $pattern;
        }
        if ($this->fieldofwork !== '') {
            $conditions[] = "$alias.fieldofwork = ?";
            $params[] = $this->fieldofwork;
        }
        if ($this->pilot !== null) {
            $conditions[] = "$alias.pilot = ?";
            $params[] = (int) $this->pilot;
        }
        if ($this->status !== '') {
            $conditions[] = "$alias.archived = ?";
            $params[] = (int) ($this->status === 'archived');
        }
        if ($this->participation === self::SUBMITTED || $this->participation === self::NOTSUBMITTED) {
            $conditions[] = ($this->participation === self::SUBMITTED ? '' : 'NOT ') . "($submittedsql)";
            array_push($params, ...$submittedparams);
        } else if ($this->participation === self::NOMEMBERS) {
            $conditions[] = 'NOT EXISTS (SELECT 1 FROM {' . organisation::MEMBER_TABLE . "} fm WHERE fm.orgid = $alias.id)";
        }
        return [implode(' AND ', $conditions), $params];
    }
}
