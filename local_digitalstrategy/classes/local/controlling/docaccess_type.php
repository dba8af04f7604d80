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

/**
 * The resource types of the document-access statistics, by module name.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class docaccess_type {
    /** @var string[] Module names with a name of their own in the statistics. */
    public const NAMED = ['book', 'devcircle', 'folder', 'page', 'resource'];

    /**
     * The localised name of a resource type: "Files", "Pads and recordings" …
     *
     * @param string $modname e.g. resource
     * @return string
     */
    public static function name(string $modname): string {
        if (in_array($modname, self::NAMED, true)) {
            return get_string('docaccess_type_' . $modname, 'local_digitalstrategy');
        }
        $manager = get_string_manager();
        return $manager->string_exists('modulename', 'mod_' . $modname) ? get_string('modulename', 'mod_' . $modname) : $modname;
    }
}
