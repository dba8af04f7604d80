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
use core_reportbuilder\local\filters\{boolean_select, date, number, select};
use core_reportbuilder\local\helpers\format;
use core_reportbuilder\local\report\{column, filter};
use lang_string;
use local_digitalstrategy\local\questionnaire\{instrument_repository, run};
use local_digitalstrategy\reportbuilder\local\formatters\value_format;

/**
 * Report-builder entity of a submitted run of the digitalisation check: which check (and
 * version), when it was submitted, its overall score and maturity level, and whether it is the
 * organisation's latest.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class check_run extends base {
    use entity_parts;

    /** @var string prefix of the language strings of its columns and filters */
    private const STRING_PREFIX = 'reportbuilder_run_';
    /** @var string component of those strings */
    private const STRING_COMPONENT = 'local_digitalstrategy';

    /**
     * Database tables that this entity uses.
     *
     * @return string[]
     */
    protected function get_default_tables(): array {
        return [run::TABLE, instrument_repository::TABLE];
    }

    /**
     * The default title for this entity.
     *
     * @return lang_string
     */
    protected function get_default_entity_title(): lang_string {
        return new lang_string('entity_check_run', 'local_digitalstrategy');
    }

    /**
     * Adds the columns, and the filters also as conditions.
     *
     * @return base
     */
    public function initialise(): base {
        foreach ($this->get_all_columns() as $column) {
            $this->add_column($column);
        }
        foreach ($this->get_all_filters() as $filter) {
            $this->add_filter($filter)->add_condition($filter);
        }
        return $this;
    }

    /**
     * All columns.
     *
     * @return column[]
     */
    protected function get_all_columns(): array {
        $r = $this->get_table_alias(run::TABLE);
        $i = $this->get_table_alias(instrument_repository::TABLE);
        $columns = [];
        $columns[] = $this->column('instrument', column::TYPE_TEXT)
            ->add_fields("{$r}.instrumentid, {$i}.idnumber, {$i}.version")
            ->set_is_sortable(true, ["{$i}.idnumber", "{$i}.version"])
            ->set_disabled_aggregation_all()
            ->set_callback([value_format::class, 'instrument_name']);
        $columns[] = $this->column('version', column::TYPE_INTEGER)
            ->add_field("{$i}.version");
        $columns[] = $this->column('timesubmitted', column::TYPE_TIMESTAMP)
            ->add_field("{$r}.timesubmitted")
            ->set_callback([format::class, 'userdate']);
        $columns[] = $this->column('score', column::TYPE_FLOAT)
            ->add_field("{$r}.score")
            ->set_callback([value_format::class, 'decimal'], 1);
        $columns[] = $this->column('maturity', column::TYPE_INTEGER)
            ->add_field("{$r}.maturity")
            ->set_callback(static function ($value): string {
                return $value === null || $value === '' ? '' : get_string('maturity' . (int) $value, 'local_digitalstrategy');
            })
            ->set_disabled_aggregation(['sum']);
        $columns[] = $this->column('answered', column::TYPE_INTEGER)
            ->add_field("{$r}.answered");
        $columns[] = $this->column('items', column::TYPE_INTEGER)
            ->add_field("{$r}.items");
        $columns[] = $this->column('latest', column::TYPE_BOOLEAN)
            ->add_field("{$r}.latest")
            ->set_callback([format::class, 'boolean_as_text']);
        return $columns;
    }

    /**
     * All filters.
     *
     * @return filter[]
     */
    protected function get_all_filters(): array {
        $r = $this->get_table_alias(run::TABLE);
        $i = $this->get_table_alias(instrument_repository::TABLE);
        $filters = [];
        $filters[] = $this->filter(select::class, 'instrument', "{$i}.idnumber")
            ->set_options_callback(static function (): array {
                global $DB;
                $options = [];
                $records = $DB->get_records(instrument_repository::TABLE, ['kind' => 'check'], 'idnumber, version DESC');
                foreach ($records as $record) {
                    $options[$record->idnumber] ??= value_format::instrument_name($record->id);
                }
                return $options;
            });
        $filters[] = $this->filter(date::class, 'timesubmitted', "{$r}.timesubmitted");
        $filters[] = $this->filter(number::class, 'score', "{$r}.score");
        $filters[] = $this->filter(select::class, 'maturity', "{$r}.maturity")
            ->set_options_callback(static function (): array {
                $options = [];
                foreach (range(0, 4) as $level) {
                    $options[$level] = get_string('maturity' . $level, 'local_digitalstrategy');
                }
                return $options;
            });
        $filters[] = $this->filter(boolean_select::class, 'latest', "{$r}.latest");
        return $filters;
    }
}
