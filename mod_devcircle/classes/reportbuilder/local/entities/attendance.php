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

namespace mod_devcircle\reportbuilder\local\entities;

use core_reportbuilder\local\entities\base;
use core_reportbuilder\local\filters\{date, select};
use core_reportbuilder\local\helpers\format;
use core_reportbuilder\local\report\{column, filter};
use lang_string;
use mod_devcircle\webinar\attendance_repository;

/**
 * Report-builder entity of a join of a webinar session through Moodle (the proof of
 * participation): the role, when the person joined and when the session ended for them.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class attendance extends base {
    use \local_digitalstrategy\reportbuilder\local\entities\entity_parts;

    /** @var string prefix of the language strings of its columns and filters */
    private const STRING_PREFIX = 'reportbuilder_attendance_';
    /** @var string component of those strings */
    private const STRING_COMPONENT = 'mod_devcircle';

    /**
     * Database tables that this entity uses.
     *
     * @return string[]
     */
    protected function get_default_tables(): array {
        return [attendance_repository::TABLE];
    }

    /**
     * The default title for this entity.
     *
     * @return lang_string
     */
    protected function get_default_entity_title(): lang_string {
        return new lang_string('entity_attendance', 'mod_devcircle');
    }

    /**
     * Adds the columns, and the filters also as conditions.
     *
     * @return base
     */
    public function initialise(): base {
        $a = $this->get_table_alias(attendance_repository::TABLE);
        $this->add_column($this->column('role', column::TYPE_TEXT)
            ->add_field("{$a}.role")
            ->set_callback(static function (?string $role): string {
                return in_array($role, [attendance_repository::ROLE_MODERATOR, attendance_repository::ROLE_VIEWER], true)
                    ? get_string('role_' . $role, 'mod_devcircle') : '';
            }));
        foreach (['timejoined', 'timeleft'] as $name) {
            $this->add_column($this->column($name, column::TYPE_TIMESTAMP)
                ->add_field("{$a}.{$name}")
                ->set_callback([format::class, 'userdate']));
        }
        $this->add_column($this->column('minutes', column::TYPE_INTEGER)
            ->add_field(
                "CASE WHEN {$a}.timeleft > {$a}.timejoined THEN ({$a}.timeleft - {$a}.timejoined) / 60 ELSE NULL END",
                'minutes'
            ));

        $filters = [
            $this->filter(select::class, 'role', "{$a}.role")
                ->set_options_callback(static function (): array {
                    return [
                        attendance_repository::ROLE_MODERATOR => get_string('role_moderator', 'mod_devcircle'),
                        attendance_repository::ROLE_VIEWER => get_string('role_viewer', 'mod_devcircle'),
                    ];
                }),
            $this->filter(date::class, 'timejoined', "{$a}.timejoined"),
        ];
        foreach ($filters as $filter) {
            $this->add_filter($filter)->add_condition($filter);
        }
        return $this;
    }
}
