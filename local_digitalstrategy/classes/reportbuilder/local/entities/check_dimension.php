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
use core_reportbuilder\local\filters\{number, text};
use core_reportbuilder\local\report\{column, filter};
use lang_string;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\reportbuilder\local\formatters\value_format;

/**
 * Report-builder entity of a check result in one dimension (area): the area's score (0–100) and
 * how many of its items were answered and scored. The area's name comes from the check version
 * the run answered, in the reader's language.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class check_dimension extends base {
    use entity_parts;

    /** @var string prefix of the language strings of its columns and filters */
    private const STRING_PREFIX = 'reportbuilder_dimension_';
    /** @var string component of those strings */
    private const STRING_COMPONENT = 'local_digitalstrategy';

    /** @var string Table of dimension scores. */
    public const TABLE = 'local_digitalstrategy_dimscore';

    /**
     * Database tables that this entity uses (the run's for the check version).
     *
     * @return string[]
     */
    protected function get_default_tables(): array {
        return [self::TABLE, run::TABLE];
    }

    /**
     * The default title for this entity.
     *
     * @return lang_string
     */
    protected function get_default_entity_title(): lang_string {
        return new lang_string('entity_check_dimension', 'local_digitalstrategy');
    }

    /**
     * Adds the columns, and the filters also as conditions.
     *
     * @return base
     */
    public function initialise(): base {
        $d = $this->get_table_alias(self::TABLE);
        $r = $this->get_table_alias(run::TABLE);
        $this->add_column($this->column('dimension', column::TYPE_TEXT)
            ->add_field("{$d}.dimension")
            ->add_field("{$r}.instrumentid")
            ->set_disabled_aggregation_all()
            ->set_callback([value_format::class, 'dimension_name']));
        $this->add_column($this->column('dimensionkey', column::TYPE_TEXT)
            ->add_field("{$d}.dimension")
            ->set_callback([value_format::class, 'text']));
        $this->add_column($this->column('score', column::TYPE_FLOAT)
            ->add_field("{$d}.score")
            ->set_callback([value_format::class, 'decimal'], 1));
        foreach (['answered', 'scored', 'items'] as $name) {
            $this->add_column($this->column($name, column::TYPE_INTEGER)->add_field("{$d}.{$name}"));
        }

        $filters = [
            $this->filter(text::class, 'dimensionkey', "{$d}.dimension"),
            $this->filter(number::class, 'score', "{$d}.score"),
            $this->filter(number::class, 'answered', "{$d}.answered"),
        ];
        foreach ($filters as $filter) {
            $this->add_filter($filter)->add_condition($filter);
        }
        return $this;
    }
}
