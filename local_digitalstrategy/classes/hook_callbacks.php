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

namespace local_digitalstrategy;

use core\hook\di_configuration;
use local_digitalstrategy\local\cache\instrument_cache;
use local_digitalstrategy\local\cache\results_cache;
use local_digitalstrategy\local\controlling\programme;
use local_digitalstrategy\local\settings;

/**
 * Callbacks of the hooks local_digitalstrategy listens to (db/hooks.php).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class hook_callbacks {
    /**
     * Tells Moodle's container how to build what it cannot autowire: the adapters of the plugin's
     * MUC caches and the programme's timeline (from the settings). Repositories and services are autowired from their constructors.
     *
     * @param di_configuration $hook
     */
    public static function configure_di(di_configuration $hook): void {
        $hook->add_definition(
            instrument_cache::class,
            fn(): instrument_cache => new instrument_cache(\cache::make('local_digitalstrategy', 'instruments'))
        );
        $hook->add_definition(
            results_cache::class,
            fn(): results_cache => new results_cache(\cache::make('local_digitalstrategy', 'results'))
        );
        $hook->add_definition(
            programme::class,
            fn(): programme => programme::from_settings(new settings())
        );
    }
}
