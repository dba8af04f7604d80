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
use core_reportbuilder\local\filters\{date, number, select, text};
use core_reportbuilder\local\helpers\format;
use core_reportbuilder\local\report\{column, filter};
use lang_string;
use local_digitalstrategy\local\controlling\{indicator_repository, manual_value_repository, programme, timeline_service};
use local_digitalstrategy\reportbuilder\local\formatters\value_format;

/**
 * Report-builder entity of an indicator in one half-year of the programme: the target, the actual
 * value and Ampel as the hourly refresh last computed them, and the latest manual entry with its
 * comment. The half-years are the programme's (from the settings), joined as a derived table.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class indicator_period extends base {
    use entity_parts;

    /** @var string prefix of the language strings of its columns and filters */
    private const STRING_PREFIX = 'reportbuilder_indperiod_';
    /** @var string component of those strings */
    private const STRING_COMPONENT = 'local_digitalstrategy';

    /** @var string Name under which the derived table of half-years is aliased. */
    public const PERIODS = 'local_digitalstrategy_period';

    /** @var string[] Colours of the Ampel as stored. */
    public const AMPEL = ['green', 'amber', 'red', 'none'];

    /**
     * Database tables that this entity uses (the half-years are a derived table).
     *
     * @return string[]
     */
    protected function get_default_tables(): array {
        return [self::PERIODS, indicator_repository::TARGETS, timeline_service::ACTUALS, manual_value_repository::TABLE,
            \local_digitalstrategy\local\controlling\indicator::TABLE];
    }

    /**
     * The default title for this entity.
     *
     * @return lang_string
     */
    protected function get_default_entity_title(): lang_string {
        return new lang_string('entity_indicator_period', 'local_digitalstrategy');
    }

    /**
     * The half-years of a programme as a derived table (periodindex, periodyear, periodhalf,
     * periodstart, periodend); all values are integers of the programme, never user input.
     *
     * @param programme $programme
     * @return string
     */
    public static function periods_sql(programme $programme): string {
        $selects = [];
        foreach ($programme->periods() as $period) {
            $selects[] = sprintf(
                'SELECT %d AS periodindex, %d AS periodyear, %d AS periodhalf, %d AS periodstart, %d AS periodend',
                $period->index,
                $period->year,
                $period->half,
                $period->start,
                $period->end
            );
        }
        return '(' . implode(' UNION ALL ', $selects) . ')';
    }

    /**
     * Adds the columns, and the filters also as conditions.
     *
     * @return base
     */
    public function initialise(): base {
        $p = $this->get_table_alias(self::PERIODS);
        $t = $this->get_table_alias(indicator_repository::TARGETS);
        $a = $this->get_table_alias(timeline_service::ACTUALS);
        $v = $this->get_table_alias(manual_value_repository::TABLE);
        $i = $this->get_table_alias(\local_digitalstrategy\local\controlling\indicator::TABLE);

        $this->add_column($this->column('period', column::TYPE_TEXT)
            ->add_field("{$p}.periodindex")
            ->add_field("{$p}.periodyear")
            ->add_field("{$p}.periodhalf")
            ->set_disabled_aggregation_all()
            ->set_callback([value_format::class, 'period']));
        $this->add_column($this->column('periodindex', column::TYPE_INTEGER)
            ->add_field("{$p}.periodindex"));
        $this->add_column($this->column('periodstart', column::TYPE_TIMESTAMP)
            ->add_field("{$p}.periodstart")
            ->set_callback([format::class, 'userdate']));
        $this->add_column($this->column('target', column::TYPE_FLOAT)
            ->add_field("{$t}.target")
            ->add_field("{$t}.targethigh")
            ->add_field("{$i}.direction")
            ->set_disabled_aggregation_all()
            ->set_callback([value_format::class, 'target']));
        $this->add_column($this->column('targetlow', column::TYPE_FLOAT)
            ->add_field("{$t}.target")
            ->set_callback([value_format::class, 'figure']));
        $this->add_column($this->column('targethigh', column::TYPE_FLOAT)
            ->add_field("{$t}.targethigh")
            ->set_callback([value_format::class, 'figure']));
        $this->add_column($this->column('actual', column::TYPE_FLOAT)
            ->add_field("{$a}.actual")
            ->set_callback([value_format::class, 'figure']));
        $this->add_column($this->column('ampel', column::TYPE_TEXT)
            ->add_field("{$a}.ampel")
            ->set_callback([value_format::class, 'key'], ['reportbuilder_ampel_', 'local_digitalstrategy']));
        $this->add_column($this->column('timecomputed', column::TYPE_TIMESTAMP)
            ->add_field("{$a}.timecomputed")
            ->set_callback([format::class, 'userdate']));
        $this->add_column($this->column('manualvalue', column::TYPE_FLOAT)
            ->add_field("{$v}.value")
            ->set_callback([value_format::class, 'figure']));
        $this->add_column($this->column('manualcomment', column::TYPE_LONGTEXT)
            ->add_field("{$v}.comment")
            ->set_is_sortable(false)
            ->set_callback(static fn(?string $comment): string => $comment === null || $comment === ''
                ? '' : format_text($comment, FORMAT_PLAIN, ['context' => \context_system::instance()])));
        $this->add_column($this->column('manualtime', column::TYPE_TIMESTAMP)
            ->add_field("{$v}.timecreated")
            ->set_callback([format::class, 'userdate']));

        $filters = [
            $this->filter(select::class, 'period', "{$p}.periodindex")
                ->set_options_callback(static function (): array {
                    $options = [];
                    foreach (\core\di::get(programme::class)->periods() as $index => $period) {
                        $options[$index] = $period->label();
                    }
                    return $options;
                }),
            $this->filter(date::class, 'periodstart', "{$p}.periodstart"),
            $this->filter(number::class, 'actual', "{$a}.actual"),
            $this->filter(select::class, 'ampel', "{$a}.ampel")
                ->set_options_callback(static function (): array {
                    $options = [];
                    foreach (self::AMPEL as $colour) {
                        $options[$colour] = get_string('reportbuilder_ampel_' . $colour, 'local_digitalstrategy');
                    }
                    return $options;
                }),
            $this->filter(number::class, 'manualvalue', "{$v}.value"),
            $this->filter(text::class, 'manualcomment', "{$v}.comment"),
        ];
        foreach ($filters as $filter) {
            $this->add_filter($filter)->add_condition($filter);
        }
        return $this;
    }
}
