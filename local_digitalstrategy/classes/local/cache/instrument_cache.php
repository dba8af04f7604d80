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
 * The MUC cache of instrument documents by instrument id. A stored version never changes, so
 * nothing in it is ever out of date.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class instrument_cache {
    /**
     * Wraps a cache loader (the definition local_digitalstrategy/instruments).
     *
     * @param \core_cache\loader_interface $cache
     */
    public function __construct(
        /** @var \core_cache\loader_interface the cache */
        private readonly \core_cache\loader_interface $cache,
    ) {
    }

    /**
     * The document of an instrument version, if cached.
     *
     * @param int $id instrument id
     * @return array|null the decoded document
     */
    public function get(int $id): ?array {
        $document = $this->cache->get($id);
        return is_array($document) ? $document : null;
    }

    /**
     * Keeps the document of an instrument version.
     *
     * @param int $id instrument id
     * @param array $document the validated, decoded document
     */
    public function set(int $id, array $document): void {
        $this->cache->set($id, $document);
    }
}
