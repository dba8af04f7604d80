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

use stdClass;

/**
 * The digitalisation strategy of an organisation: its state, vision, guiding values, goals and
 * the experiment fields it chose with their implementation steps. Immutable; strategy_repository
 * loads and stores it, strategy_service changes it.
 *
 * States: a new strategy is a draft; adopting it makes it adopted (with a numbered version kept
 * in local_digitalstrategy_stratver); editing an adopted strategy puts it under revision until it
 * is adopted again. The version number rises with every change, so a save naming an older one is
 * recognised as a conflict.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy {
    /** @var string Table of strategies. */
    public const TABLE = 'local_digitalstrategy_strategy';
    /** @var string Table of adopted versions. */
    public const VERSION_TABLE = 'local_digitalstrategy_stratver';
    /** @var string Table of the experiment fields a strategy chose. */
    public const FIELD_TABLE = 'local_digitalstrategy_stratfield';
    /** @var string A draft never adopted. */
    public const DRAFT = 'draft';
    /** @var string Adopted by the leadership, unchanged since. */
    public const ADOPTED = 'adopted';
    /** @var string Adopted before, changed since. */
    public const REVISION = 'revision';
    /** @var string[] The states, each with a language string "strategy_status_<state>". */
    public const STATES = [self::DRAFT, self::ADOPTED, self::REVISION];

    /**
     * Creates the strategy.
     *
     * @param int $id
     * @param int $orgid
     * @param string $status one of STATES
     * @param string $vision
     * @param string $guidingvalues
     * @param int $version raised on every change
     * @param int $adoptedversion number of the last adopted version, 0 before the first adoption
     * @param goal[] $goals in their order
     * @param array[] $fields chosen experiment fields in their order: fieldid, idnumber, name, archived, steps
     * @param int $usermodified
     * @param int $timemodified
     */
    public function __construct(
        /** @var int */
        public readonly int $id,
        /** @var int */
        public readonly int $orgid,
        /** @var string */
        public readonly string $status,
        /** @var string */
        public readonly string $vision,
        /** @var string */
        public readonly string $guidingvalues,
        /** @var int */
        public readonly int $version,
        /** @var int */
        public readonly int $adoptedversion,
        /** @var goal[] */
        public readonly array $goals = [],
        /** @var array[] */
        public readonly array $fields = [],
        /** @var int */
        public readonly int $usermodified = 0,
        /** @var int */
        public readonly int $timemodified = 0,
    ) {
    }

    /**
     * Builds a strategy from its record, goals and chosen fields.
     *
     * @param stdClass $record a record of local_digitalstrategy_strategy
     * @param goal[] $goals
     * @param array[] $fields fieldid, idnumber, name, archived, steps
     * @return self
     */
    public static function from_record(stdClass $record, array $goals = [], array $fields = []): self {
        return new self(
            (int) $record->id,
            (int) $record->orgid,
            (string) $record->status,
            (string) ($record->vision ?? ''),
            (string) ($record->guidingvalues ?? ''),
            (int) $record->version,
            (int) $record->adoptedversion,
            array_values($goals),
            array_values($fields),
            (int) ($record->usermodified ?? 0),
            (int) ($record->timemodified ?? 0),
        );
    }

    /**
     * Rebuilds a strategy as it was adopted, from the document of an adopted version.
     *
     * @param array $document from to_document()
     * @return self
     */
    public static function from_document(array $document): self {
        return new self(
            (int) ($document['id'] ?? 0),
            (int) ($document['orgid'] ?? 0),
            self::ADOPTED,
            (string) ($document['vision'] ?? ''),
            (string) ($document['guidingvalues'] ?? ''),
            (int) ($document['version'] ?? 0),
            (int) ($document['versionno'] ?? 0),
            array_map(fn(array $g) => goal::from_array($g), $document['goals'] ?? []),
            $document['fields'] ?? [],
        );
    }

    /**
     * Whether the strategy has been adopted at least once.
     *
     * @return bool
     */
    public function was_adopted(): bool {
        return $this->adoptedversion > 0;
    }

    /**
     * Whether the strategy may be adopted now: a draft or a revision (an adopted strategy
     * unchanged since its adoption has nothing new to adopt).
     *
     * @return bool
     */
    public function can_be_adopted(): bool {
        return $this->status !== self::ADOPTED;
    }

    /**
     * The state a change puts the strategy in: an adopted strategy goes under revision, the
     * others stay as they are.
     *
     * @return string
     */
    public function status_after_change(): string {
        return $this->status === self::ADOPTED ? self::REVISION : $this->status;
    }

    /**
     * The chosen experiment field with this id, null when not chosen.
     *
     * @param int $fieldid
     * @return array|null
     */
    public function get_field(int $fieldid): ?array {
        foreach ($this->fields as $field) {
            if ((int) $field['fieldid'] === $fieldid) {
                return $field;
            }
        }
        return null;
    }

    /**
     * The goal with this id, null when the strategy has none such.
     *
     * @param int $goalid
     * @return goal|null
     */
    public function get_goal(int $goalid): ?goal {
        foreach ($this->goals as $goal) {
            if ($goal->id === $goalid) {
                return $goal;
            }
        }
        return null;
    }

    /**
     * The whole strategy as stored with an adopted version (JSON-ready).
     *
     * @param int $versionno number of the version being adopted
     * @return array
     */
    public function to_document(int $versionno): array {
        return [
            'id' => $this->id,
            'orgid' => $this->orgid,
            'versionno' => $versionno,
            'version' => $this->version,
            'vision' => $this->vision,
            'guidingvalues' => $this->guidingvalues,
            'goals' => array_map(fn(goal $g) => $g->to_array(), $this->goals),
            'fields' => array_map(fn(array $f) => [
                'fieldid' => (int) $f['fieldid'],
                'idnumber' => (string) $f['idnumber'],
                'name' => (string) $f['name'],
                'steps' => (string) $f['steps'],
            ], $this->fields),
        ];
    }
}
