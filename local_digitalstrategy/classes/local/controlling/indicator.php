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

namespace local_digitalstrategy\local\controlling;

use stdClass;

/**
 * An indicator of the programme plan: what is measured, in which unit and direction, and which
 * source computes its actual value.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class indicator {
    /** @var string table */
    public const TABLE = 'local_digitalstrategy_indicator';
    /** @var string[] units of measurement */
    public const UNITS = ['count', 'percent', 'mean', 'score'];
    /** @var string[] what meeting the target means */
    public const DIRECTIONS = ['atleast', 'atmost', 'range'];

    /**
     * Creates the value object.
     *
     * @param int $id
     * @param string $idnumber
     * @param string $name empty for a shipped indicator (its name is a language string)
     * @param string $unit one of UNITS
     * @param string $direction one of DIRECTIONS
     * @param string $source key of the source
     * @param array $config options of the source
     * @param float $tolerance amber band in the unit
     * @param int $sortorder
     * @param bool $shipped
     */
    public function __construct(
        /** @var int */
        public readonly int $id,
        /** @var string */
        public readonly string $idnumber,
        /** @var string */
        public readonly string $name,
        /** @var string */
        public readonly string $unit,
        /** @var string */
        public readonly string $direction,
        /** @var string */
        public readonly string $source,
        /** @var array<string, mixed> */
        public readonly array $config,
        /** @var float */
        public readonly float $tolerance,
        /** @var int */
        public readonly int $sortorder,
        /** @var bool */
        public readonly bool $shipped,
    ) {
    }

    /**
     * Builds the value object from a table row.
     *
     * @param stdClass $record
     * @return self
     */
    public static function from_record(stdClass $record): self {
        $config = json_decode((string) ($record->config ?? ''), true);
        return new self(
            (int) $record->id,
            (string) $record->idnumber,
            (string) $record->name,
            (string) $record->unit,
            (string) $record->direction,
            (string) $record->source,
            is_array($config) ? $config : [],
            (float) $record->tolerance,
            (int) $record->sortorder,
            (bool) $record->shipped,
        );
    }

    /**
     * The name to show: the stored one, or for a shipped indicator left unnamed its language string.
     *
     * @return string plain text, not escaped
     */
    public function display_name(): string {
        if ($this->name !== '') {
            return $this->name;
        }
        $key = 'indicator_' . $this->idnumber;
        return get_string_manager()->string_exists($key, 'local_digitalstrategy')
            ? get_string($key, 'local_digitalstrategy')
            : $this->idnumber;
    }
}
