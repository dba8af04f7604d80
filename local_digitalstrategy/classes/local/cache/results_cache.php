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

namespace local_digitalstrategy\local\cache;

/**
 * The MUC cache of aggregates over the organisations' latest results (peer averages, the
 * overview of all organisations). Everything in it is derived from the submitted runs and the
 * active organisations, so any change to those empties it as a whole.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class results_cache {
    /** @var string the invalidation event that purges the cache on every web node */
    public const EVENT = 'local_digitalstrategy_results_changed';

    /**
     * Wraps a cache loader (the definition local_digitalstrategy/results).
     *
     * @param \core_cache\loader_interface $cache
     */
    public function __construct(
        /** @var \core_cache\loader_interface the cache */
        private readonly \core_cache\loader_interface $cache,
    ) {
    }

    /**
     * The cached value of a key, computed and stored when missing.
     *
     * @param string $key letters, digits and underscores
     * @param callable $compute returns the value (scalars and arrays only)
     * @return mixed
     */
    public function get(string $key, callable $compute): mixed {
        $value = $this->cache->get($key);
        if ($value === false) {
            $value = $compute();
            $this->cache->set($key, $value);
        }
        return $value;
    }

    /**
     * Forgets every aggregate: results or organisations changed. Through the invalidation event,
     * which purges the shared store now and a node-local store when that node next loads the cache.
     */
    public function invalidate(): void {
        \core_cache\helper::purge_by_event(self::EVENT);
    }
}
