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
use core_reportbuilder\local\filters\{boolean_select, date, number, select, text};
use core_reportbuilder\local\helpers\format;
use core_reportbuilder\local\report\{column, filter};
use lang_string;
use local_digitalstrategy\local\campaign\{campaign, invite_repository};
use local_digitalstrategy\reportbuilder\local\formatters\value_format;

/**
 * Report-builder entity of a survey or feedback campaign with its participation: how many
 * organisations or persons were invited (revoked invitations not counted), how many answered and
 * declined, and the participation in percent against the campaign's target.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class survey_campaign extends base {
    use entity_parts;

    /** @var string prefix of the language strings of its columns and filters */
    private const STRING_PREFIX = 'reportbuilder_campaign_';
    /** @var string component of those strings */
    private const STRING_COMPONENT = 'local_digitalstrategy';

    /**
     * Database tables that this entity uses.
     *
     * @return string[]
     */
    protected function get_default_tables(): array {
        return [campaign::TABLE];
    }

    /**
     * The default title for this entity.
     *
     * @return lang_string
     */
    protected function get_default_entity_title(): lang_string {
        return new lang_string('entity_survey_campaign', 'local_digitalstrategy');
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
     * SQL of a participation figure of the campaign (a correlated subquery over its invitations).
     *
     * @param string $name invited, responded, declined or participation
     * @return string
     */
    private function participation_sql(string $name): string {
        $c = $this->get_table_alias(campaign::TABLE);
        $expression = match ($name) {
            'invited' => 'COUNT(1)',
            'responded' => 'COALESCE(SUM(ci.responded), 0)',
            'declined' => "COALESCE(SUM(CASE WHEN ci.status = 'declined' THEN 1 ELSE 0 END), 0)",
            'participation' => 'CASE WHEN COUNT(1) > 0 THEN 100.0 * SUM(ci.responded) / COUNT(1) ELSE NULL END',
        };
        return "(SELECT {$expression} FROM {" . invite_repository::TABLE . "} ci
                  WHERE ci.campaignid = {$c}.id AND ci.status <> 'revoked')";
    }

    /**
     * All columns.
     *
     * @return column[]
     */
    protected function get_all_columns(): array {
        $c = $this->get_table_alias(campaign::TABLE);
        $columns = [];
        $columns[] = $this->column('name', column::TYPE_TEXT)
            ->add_field("{$c}.name")
            ->set_callback([value_format::class, 'text']);
        $columns[] = $this->column('instrument', column::TYPE_TEXT)
            ->add_field("{$c}.instrumentid")
            ->set_disabled_aggregation_all()
            ->set_callback([value_format::class, 'instrument_name']);
        foreach (['kind', 'target', 'status', 'respondent'] as $name) {
            $columns[] = $this->column($name, column::TYPE_TEXT)
                ->add_field("{$c}.{$name}")
                ->set_callback([value_format::class, 'key'], ["reportbuilder_campaign_{$name}_", 'local_digitalstrategy']);
        }
        $columns[] = $this->column('anonymous', column::TYPE_BOOLEAN)
            ->add_field("{$c}.anonymous")
            ->set_callback([format::class, 'boolean_as_text']);
        foreach (['timeopen', 'timeclose', 'eventdate'] as $name) {
            $columns[] = $this->column($name, column::TYPE_TIMESTAMP)
                ->add_field("{$c}.{$name}")
                ->set_callback([format::class, 'userdate']);
        }
        $columns[] = $this->column('participationtarget', column::TYPE_INTEGER)
            ->add_field("{$c}.participationtarget")
            ->set_callback(static fn($value): string => $value === null ? '' : format::percent((float) $value));
        foreach (['invited', 'responded', 'declined'] as $name) {
            $columns[] = $this->column($name, column::TYPE_INTEGER)
                ->add_field($this->participation_sql($name), $name);
        }
        $columns[] = $this->column('participation', column::TYPE_FLOAT)
            ->add_field($this->participation_sql('participation'), 'participation')
            // Rounded down to one decimal, as the campaign page shows it.
            ->set_callback(static fn($value): string => $value === null
                ? '' : format::percent(floor(round((float) $value * 10, 6)) / 10));
        $columns[] = $this->column('targetmet', column::TYPE_BOOLEAN)
            ->add_field(
                "CASE WHEN {$this->participation_sql('participation')} >= {$c}.participationtarget THEN 1 ELSE 0 END",
                'targetmet'
            )
            ->set_callback([format::class, 'boolean_as_text']);
        return $columns;
    }

    /**
     * All filters.
     *
     * @return filter[]
     */
    protected function get_all_filters(): array {
        $c = $this->get_table_alias(campaign::TABLE);
        $filters = [];
        $filters[] = $this->filter(text::class, 'name', "{$c}.name");
        $options = [
            'kind' => ['survey', 'feedback'],
            'target' => campaign::TARGETS,
            'status' => campaign::STATUSES,
            'respondent' => campaign::RESPONDENTS,
        ];
        foreach ($options as $name => $keys) {
            $filters[] = $this->filter(select::class, $name, "{$c}.{$name}")
                ->set_options_callback(static function () use ($name, $keys): array {
                    $options = [];
                    foreach ($keys as $key) {
                        $options[$key] = get_string("reportbuilder_campaign_{$name}_{$key}", 'local_digitalstrategy');
                    }
                    return $options;
                });
        }
        $filters[] = $this->filter(boolean_select::class, 'anonymous', "{$c}.anonymous");
        $filters[] = $this->filter(date::class, 'timeopen', "{$c}.timeopen");
        $filters[] = $this->filter(date::class, 'timeclose', "{$c}.timeclose");
        $filters[] = $this->filter(date::class, 'eventdate', "{$c}.eventdate");
        $filters[] = $this->filter(number::class, 'invited', $this->participation_sql('invited'));
        $filters[] = $this->filter(number::class, 'participation', $this->participation_sql('participation'));
        return $filters;
    }
}
