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
use core_reportbuilder\local\filters\{date, text};
use core_reportbuilder\local\helpers\format;
use core_reportbuilder\local\report\{column, filter};
use lang_string;
use mod_devcircle\webinar\session;

/**
 * Report-builder entity of a webinar session of a development circle: the circle, the session's
 * title, when it was planned and when it was actually held.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class circle_session extends base {
    use \local_digitalstrategy\reportbuilder\local\entities\entity_parts;

    /** @var string prefix of the language strings of its columns and filters */
    private const STRING_PREFIX = 'reportbuilder_session_';
    /** @var string component of those strings */
    private const STRING_COMPONENT = 'mod_devcircle';

    /**
     * Database tables that this entity uses.
     *
     * @return string[]
     */
    protected function get_default_tables(): array {
        return [session::TABLE, 'devcircle'];
    }

    /**
     * The default title for this entity.
     *
     * @return lang_string
     */
    protected function get_default_entity_title(): lang_string {
        return new lang_string('entity_circle_session', 'mod_devcircle');
    }

    /**
     * Adds the columns, and the filters also as conditions.
     *
     * @return base
     */
    public function initialise(): base {
        $s = $this->get_table_alias(session::TABLE);
        $d = $this->get_table_alias('devcircle');
        $this->add_column($this->column('circle', column::TYPE_TEXT)
            ->add_field("{$d}.name")
            ->set_callback([self::class, 'plain_text']));
        $this->add_column($this->column('title', column::TYPE_TEXT)
            ->add_field("{$s}.title")
            ->set_callback([self::class, 'plain_text']));
        foreach (['timestart', 'timestarted', 'timeended'] as $name) {
            $this->add_column($this->column($name, column::TYPE_TIMESTAMP)
                ->add_field("{$s}.{$name}")
                ->set_callback([format::class, 'userdate']));
        }
        $this->add_column($this->column('duration', column::TYPE_INTEGER)
            ->add_field("{$s}.duration / 60", 'duration'));

        $filters = [
            $this->filter(text::class, 'circle', "{$d}.name"),
            $this->filter(text::class, 'title', "{$s}.title"),
            $this->filter(date::class, 'timestart', "{$s}.timestart"),
        ];
        foreach ($filters as $filter) {
            $this->add_filter($filter)->add_condition($filter);
        }
        return $this;
    }

    /**
     * A name entered on the site, ready for HTML output.
     *
     * @param string|null $value
     * @return string
     */
    public static function plain_text(?string $value): string {
        if ($value === null || $value === '') {
            return '';
        }
        return format_string($value, true, ['context' => \context_system::instance(), 'escape' => true]);
    }
}
