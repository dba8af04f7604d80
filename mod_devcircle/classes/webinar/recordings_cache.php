<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\webinar;

use mod_devcircle\local\bbb\recording;

/**
 * The recordings of a circle as the webinar server last listed them, kept in Moodle's
 * application cache for a short time (db/caches.php: recordings), so that pages and the
 * status of open pages do not ask the server every time.
 *
 * Dropped when a recording is ready (the server's callback), published, unpublished or
 * deleted, and when a session ends or is deleted, on every web node of a cluster (the entry is
 * deleted from the store and an invalidation event is recorded for stores a node keeps alone). An
 * entry is only used for the same set of meeting IDs it was fetched for.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class recordings_cache {
    /** @var string the invalidation event that drops a circle's entry on every node */
    public const EVENT = 'mod_devcircle_recordings_changed';

    /**
     * The cache.
     *
     * @return \cache
     */
    private function cache(): \cache {
        return \cache::make('mod_devcircle', 'recordings');
    }

    /**
     * The fingerprint of a set of meeting IDs.
     *
     * @param string[] $meetingids the meeting IDs
     * @return string
     */
    public static function fingerprint(array $meetingids): string {
        $meetingids = array_values(array_unique($meetingids));
        sort($meetingids, SORT_STRING);
        return sha1(implode(',', $meetingids));
    }

    /**
     * The cached recordings of a circle, if they were fetched for the same meetings.
     *
     * @param int $circleid the circle
     * @param string $fingerprint {@see fingerprint()} of the meetings asked about
     * @return recording[]|null null when nothing usable is cached
     */
    public function get(int $circleid, string $fingerprint): ?array {
        $entry = $this->cache()->get($circleid);
        if (!is_array($entry) || ($entry['fingerprint'] ?? '') !== $fingerprint || !is_array($entry['recordings'] ?? null)) {
            return null;
        }
        return $entry['recordings'];
    }

    /**
     * Keeps the recordings of a circle.
     *
     * @param int $circleid the circle
     * @param string $fingerprint {@see fingerprint()} of the meetings asked about
     * @param recording[] $recordings what the server listed
     */
    public function set(int $circleid, string $fingerprint, array $recordings): void {
        $this->cache()->set($circleid, ['fingerprint' => $fingerprint, 'recordings' => array_values($recordings)]);
    }

    /**
     * Drops the cached recordings of a circle.
     *
     * @param int $circleid the circle
     */
    public function forget(int $circleid): void {
        $this->cache()->delete($circleid);
        \core_cache\helper::invalidate_by_event(self::EVENT, [$circleid]);
    }
}
