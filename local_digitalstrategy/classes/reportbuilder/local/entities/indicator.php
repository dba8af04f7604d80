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

namespace local_digitalstrategy\reportbuilder\local\entities;

use core_reportbuilder\local\entities\base;
use core_reportbuilder\local\filters\{boolean_select, number, select, text};
use core_reportbuilder\local\helpers\format;
use core_reportbuilder\local\report\{column, filter};
use lang_string;
use local_digitalstrategy\local\controlling\{indicator as indicator_model, source_registry};
use local_digitalstrategy\reportbuilder\local\formatters\value_format;

/**
 * Report-builder entity of an indicator of the controlling catalogue: its name, unit, direction,
 * source (with a clear note when the source class is missing) and amber tolerance.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class indicator extends base {
    use entity_parts;

    /** @var string prefix of the language strings of its columns and filters */
    private const STRING_PREFIX = 'reportbuilder_indicator_';
    /** @var string component of those strings */
    private const STRING_COMPONENT = 'local_digitalstrategy';

    /**
     * Database tables that this entity uses.
     *
     * @return string[]
     */
    protected function get_default_tables(): array {
        return [indicator_model::TABLE];
    }

    /**
     * The default title for this entity.
     *
     * @return lang_string
     */
    protected function get_default_entity_title(): lang_string {
        return new lang_string('entity_indicator', 'local_digitalstrategy');
    }

    /**
     * Adds the columns, and the filters also as conditions.
     *
     * @return base
     */
    public function initialise(): base {
        $i = $this->get_table_alias(indicator_model::TABLE);
        $this->add_column($this->column('name', column::TYPE_TEXT)
            ->add_fields("{$i}.name, {$i}.idnumber, {$i}.sortorder, {$i}.id")
            ->set_is_sortable(true, ["{$i}.sortorder", "{$i}.id"])
            ->set_disabled_aggregation_all()
            ->set_callback([value_format::class, 'indicator_name']));
        $this->add_column($this->column('idnumber', column::TYPE_TEXT)
            ->add_field("{$i}.idnumber")
            ->set_callback([value_format::class, 'text']));
        $this->add_column($this->column('unit', column::TYPE_TEXT)
            ->add_field("{$i}.unit")
            ->set_callback([value_format::class, 'key'], ['reportbuilder_unit_', 'local_digitalstrategy']));
        $this->add_column($this->column('direction', column::TYPE_TEXT)
            ->add_field("{$i}.direction")
            ->set_callback([value_format::class, 'key'], ['reportbuilder_direction_', 'local_digitalstrategy']));
        $this->add_column($this->column('source', column::TYPE_TEXT)
            ->add_field("{$i}.source")
            ->set_disabled_aggregation_all()
            ->set_callback([value_format::class, 'source']));
        $this->add_column($this->column('tolerance', column::TYPE_FLOAT)
            ->add_field("{$i}.tolerance")
            ->set_callback([value_format::class, 'figure']));
        $this->add_column($this->column('shipped', column::TYPE_BOOLEAN)
            ->add_field("{$i}.shipped")
            ->set_callback([format::class, 'boolean_as_text']));

        $filters = [
            $this->filter(text::class, 'idnumber', "{$i}.idnumber"),
            $this->filter(select::class, 'unit', "{$i}.unit")
                ->set_options_callback(static fn(): array => self::options('unit', indicator_model::UNITS)),
            $this->filter(select::class, 'direction', "{$i}.direction")
                ->set_options_callback(static fn(): array => self::options('direction', indicator_model::DIRECTIONS)),
            $this->filter(select::class, 'source', "{$i}.source")
                ->set_options_callback(static function (): array {
                    $options = [];
                    foreach (\core\di::get(source_registry::class)->keys() as $key) {
                        $options[$key] = value_format::source($key);
                    }
                    return $options;
                }),
            $this->filter(number::class, 'tolerance', "{$i}.tolerance"),
            $this->filter(boolean_select::class, 'shipped', "{$i}.shipped"),
        ];
        foreach ($filters as $filter) {
            $this->add_filter($filter)->add_condition($filter);
        }
        return $this;
    }

    /**
     * Options of a select filter from language strings.
     *
     * @param string $name unit or direction
     * @param string[] $keys
     * @return array<string, string>
     */
    private static function options(string $name, array $keys): array {
        $options = [];
        foreach ($keys as $key) {
            $options[$key] = get_string("reportbuilder_{$name}_{$key}", 'local_digitalstrategy');
        }
        return $options;
    }
}
