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

/**
 * Bootstrap for the domain test suite: plain PHPUnit, no Moodle.
 *
 * Autoloads the plugins' classes the way Moodle does: the first namespace part is the
 * component, the rest maps to folders under that plugin's classes/ (tests/classes/ for the
 * namespace <component>\tests).
 *
 * @copyright  2025 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// phpcs:disable moodle.Files.MoodleInternal.MoodleInternalGlobalState -- runs without Moodle: no config.php to include.
define('MOODLE_INTERNAL', true);

$root = dirname(__DIR__, 2);
if (!is_file($root . '/vendor/autoload.php')) {
    fwrite(STDERR, "Run composer install first.\n");
    exit(1);
}
require_once($root . '/vendor/autoload.php');

spl_autoload_register(static function (string $class) use ($root): void {
    $components = ['local_digitalstrategy', 'mod_devcircle', 'block_digicheck'];
    $parts = explode('\\', ltrim($class, '\\'));
    $component = array_shift($parts);
    if (!in_array($component, $components, true) || !$parts) {
        return;
    }
    // Test helpers live in tests/classes under the namespace <component>\tests, as in Moodle.
    $folder = $parts[0] === 'tests' ? '/tests/classes/' : '/classes/';
    if ($parts[0] === 'tests') {
        array_shift($parts);
    }
    $file = $root . '/' . $component . $folder . implode('/', $parts) . '.php';
    if (is_file($file)) {
        require_once($file);
    }
});
