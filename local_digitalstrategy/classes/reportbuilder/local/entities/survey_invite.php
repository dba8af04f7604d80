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
use core_reportbuilder\local\filters\{boolean_select, date, select};
use core_reportbuilder\local\helpers\format;
use core_reportbuilder\local\report\{column, filter};
use lang_string;
use local_digitalstrategy\local\campaign\invite_repository;
use local_digitalstrategy\reportbuilder\local\formatters\value_format;

/**
 * Report-builder entity of an invitation to a campaign: whether the invited organisation or
 * person answered or declined, and how many reminders went out. It says who answered, never what
 * (answers are kept apart); in anonymous campaigns the time of the answer is not stored.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class survey_invite extends base {
    use entity_parts;

    /** @var string prefix of the language strings of its columns and filters */
    private const STRING_PREFIX = 'reportbuilder_invite_';
    /** @var string component of those strings */
    private const STRING_COMPONENT = 'local_digitalstrategy';

    /** @var string[] Statuses of an invitation that the reports show (revoked ones are left out). */
    private const STATUSES = ['pending', 'sent', 'failed', 'declined'];

    /**
     * Database tables that this entity uses.
     *
     * @return string[]
     */
    protected function get_default_tables(): array {
        return [invite_repository::TABLE];
    }

    /**
     * The default title for this entity.
     *
     * @return lang_string
     */
    protected function get_default_entity_title(): lang_string {
        return new lang_string('entity_survey_invite', 'local_digitalstrategy');
    }

    /**
     * Adds the columns, and the filters also as conditions.
     *
     * @return base
     */
    public function initialise(): base {
        $i = $this->get_table_alias(invite_repository::TABLE);
        $this->add_column($this->column('status', column::TYPE_TEXT)
            ->add_field("{$i}.status")
            ->set_callback([value_format::class, 'key'], ['invite_status_', 'local_digitalstrategy']));
        $this->add_column($this->column('responded', column::TYPE_BOOLEAN)
            ->add_field("{$i}.responded")
            ->set_callback([format::class, 'boolean_as_text']));
        $this->add_column($this->column('timeinvited', column::TYPE_TIMESTAMP)
            ->add_field("{$i}.timeinvited")
            ->set_callback([format::class, 'userdate']));
        $this->add_column($this->column('timeresponded', column::TYPE_TIMESTAMP)
            ->add_field("{$i}.timeresponded")
            ->set_callback([format::class, 'userdate']));
        $this->add_column($this->column('reminders', column::TYPE_INTEGER)
            ->add_field("{$i}.reminders"));

        $filters = [
            $this->filter(select::class, 'status', "{$i}.status")
                ->set_options_callback(static function (): array {
                    $options = [];
                    foreach (self::STATUSES as $key) {
                        $options[$key] = get_string('invite_status_' . $key, 'local_digitalstrategy');
                    }
                    return $options;
                }),
            $this->filter(boolean_select::class, 'responded', "{$i}.responded"),
            $this->filter(date::class, 'timeinvited', "{$i}.timeinvited"),
        ];
        foreach ($filters as $filter) {
            $this->add_filter($filter)->add_condition($filter);
        }
        return $this;
    }
}
