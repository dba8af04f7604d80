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
 * The figures of the document-access statistics, cached (MUC, application) between two runs of the
 * aggregation: they only change when the task has added log rows, so the keys carry the
 * aggregation position and pages never count hundreds of thousands of summary rows.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class docaccess_cache {
    /** @var string the invalidation event that purges the cache on every web node */
    public const EVENT = 'local_digitalstrategy_docaccess_changed';

    /** @var \core_cache\loader_interface|\cache_application The cache. */
    private readonly object $cache;

    /**
     * Opens the cache (definition local_digitalstrategy/docaccess).
     */
    public function __construct() {
        $this->cache = \cache::make('local_digitalstrategy', 'docaccess');
    }

    /**
     * The cached value of a key, computed and stored when missing.
     *
     * @param string $key letters, digits and underscores
     * @param callable $compute returns the value
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
     * Stores a value.
     *
     * @param string $key
     * @param mixed $value
     */
    public function set(string $key, mixed $value): void {
        $this->cache->set($key, $value);
    }

    /**
     * Forgets everything (users were removed from the statistics).
     */
    public function invalidate(): void {
        \core_cache\helper::purge_by_event(self::EVENT);
    }
}
