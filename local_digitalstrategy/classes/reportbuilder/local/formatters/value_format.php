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

namespace local_digitalstrategy\reportbuilder\local\formatters;

use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_repository;

/**
 * Callbacks that turn the raw values of the report-builder columns into what a report shows:
 * plain text through format_string() (escaped once, filters applied), stored keys through their
 * language strings, instrument and dimension names in the reader's language.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class value_format {
    /**
     * Plain text entered on the site, ready for HTML output.
     *
     * @param string|null $value
     * @return string
     */
    public static function text(?string $value): string {
        if ($value === null || $value === '') {
            return '';
        }
        return format_string($value, true, ['context' => \context_system::instance(), 'escape' => true]);
    }

    /**
     * A stored key shown through its language string "<prefix><key>" (the key itself when the
     * string is missing, e.g. a value an older version stored).
     *
     * @param string|null $value
     * @param \stdClass $row
     * @param array{0: string, 1: string} $prefix [string prefix, component]
     * @return string
     */
    public static function key(?string $value, \stdClass $row, array $prefix): string {
        if ($value === null || $value === '') {
            return '';
        }
        [$stringprefix, $component] = $prefix;
        $manager = get_string_manager();
        if ($manager->string_exists($stringprefix . $value, $component)) {
            return get_string($stringprefix . $value, $component);
        }
        return s($value);
    }

    /**
     * The name of an instrument version in the reader's language, with its version.
     *
     * @param int|string|null $instrumentid
     * @return string
     */
    public static function instrument_name($instrumentid): string {
        $instrument = self::instrument((int) $instrumentid);
        if ($instrument === null) {
            return '';
        }
        return format_string(
            $instrument->get_name(current_language()),
            true,
            ['context' => \context_system::instance(), 'escape' => true]
        );
    }

    /**
     * The name of a dimension of a check in the reader's language.
     *
     * @param string|null $dimension the dimension key
     * @param \stdClass $row with instrumentid
     * @return string
     */
    public static function dimension_name(?string $dimension, \stdClass $row): string {
        if ($dimension === null || $dimension === '') {
            return '';
        }
        $instrument = self::instrument((int) ($row->instrumentid ?? 0));
        $definition = $instrument?->get_dimension($dimension);
        $name = $definition === null ? $dimension : instrument::localise($definition['name'], current_language());
        return format_string($name, true, ['context' => \context_system::instance(), 'escape' => true]);
    }

    /**
     * A number with the given decimals ('' for null).
     *
     * @param int|float|string|null $value
     * @param \stdClass $row
     * @param int $decimals
     * @return string
     */
    public static function decimal($value, \stdClass $row, int $decimals = 2): string {
        if ($value === null || $value === '') {
            return '';
        }
        return format_float((float) $value, $decimals);
    }

    /**
     * A figure of an indicator: up to two decimals, trailing zeros dropped ('' for null).
     *
     * @param int|float|string|null $value
     * @return string
     */
    public static function figure($value): string {
        if ($value === null || $value === '') {
            return '';
        }
        return format_float((float) $value, 2, true, true);
    }

    /**
     * The target of an indicator in a half-year as a short phrase ("≥ 10", "≤ 5", "1–1.5").
     *
     * @param int|float|string|null $target
     * @param \stdClass $row with direction and targethigh
     * @return string
     */
    public static function target($target, \stdClass $row): string {
        if ($target === null || $target === '') {
            return '';
        }
        $direction = (string) ($row->direction ?? 'atleast');
        if ($direction === 'range') {
            return get_string('reportbuilder_target_range', 'local_digitalstrategy', (object) [
                'low' => self::figure($target), 'high' => self::figure($row->targethigh ?? null),
            ]);
        }
        $key = $direction === 'atmost' ? 'reportbuilder_target_atmost' : 'reportbuilder_target_atleast';
        return get_string($key, 'local_digitalstrategy', self::figure($target));
    }

    /**
     * The name of an indicator: as entered, or the language string of a shipped indicator.
     *
     * @param string|null $name
     * @param \stdClass $row with idnumber
     * @return string
     */
    public static function indicator_name(?string $name, \stdClass $row): string {
        if ($name !== null && $name !== '') {
            return self::text($name);
        }
        $key = 'indicator_' . ($row->idnumber ?? '');
        return get_string_manager()->string_exists($key, 'local_digitalstrategy')
            ? get_string($key, 'local_digitalstrategy') : self::text($row->idnumber ?? '');
    }

    /**
     * The source of an indicator by its name, or a clear note when its class is missing (e.g.
     * removed by an upgrade).
     *
     * @param string|null $key
     * @return string
     */
    public static function source(?string $key): string {
        if ($key === null || $key === '') {
            return '';
        }
        $name = self::key($key, new \stdClass(), ['source_', 'local_digitalstrategy']);
        if (\core\di::get(\local_digitalstrategy\local\controlling\source_registry::class)->get($key) === null) {
            return get_string('reportbuilder_indicator_sourcemissing', 'local_digitalstrategy', $name);
        }
        return $name;
    }

    /**
     * The label of a half-year of the programme.
     *
     * @param int|string|null $index the half-year's number in the programme
     * @param \stdClass $row with periodyear and periodhalf
     * @return string
     */
    public static function period($index, \stdClass $row): string {
        if ($index === null || $index === '' || empty($row->periodyear)) {
            return '';
        }
        return get_string('period_label', 'local_digitalstrategy', (object) ['year' => (int) $row->periodyear,
            'half' => (int) ($row->periodhalf ?? 1)]);
    }

    /**
     * An instrument version (the repository keeps the documents in the application cache).
     *
     * @param int $id
     * @return instrument|null null when there is none with that id
     */
    private static function instrument(int $id): ?instrument {
        if ($id <= 0) {
            return null;
        }
        try {
            return \core\di::get(instrument_repository::class)->get($id);
        } catch (\moodle_exception $e) {
            return null;
        }
    }
}
