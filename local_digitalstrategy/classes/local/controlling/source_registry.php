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
 * Finds the source class of an indicator by its key. A key whose class is gone (after an upgrade
 * removed it) gives null, so the indicator shows that instead of breaking the page.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class source_registry {
    /**
     * The source with this key.
     *
     * @param string $key
     * @return indicator_source|null null when no such source exists
     */
    public function get(string $key): ?indicator_source {
        if (!preg_match('/^[a-z][a-z0-9_]*$/', $key)) {
            return null;
        }
        $class = __NAMESPACE__ . '\\source\\' . $key . '_source';
        if (!class_exists($class) || !is_subclass_of($class, indicator_source::class)) {
            return null;
        }
        return \core\di::get($class);
    }

    /**
     * Keys of all sources there are.
     *
     * @return string[] sorted
     */
    public function keys(): array {
        $keys = [];
        foreach (glob(__DIR__ . '/source/*_source.php') as $file) {
            $key = substr(basename($file), 0, -strlen('_source.php'));
            if ($this->get($key) !== null) {
                $keys[] = $key;
            }
        }
        sort($keys);
        return $keys;
    }
}
