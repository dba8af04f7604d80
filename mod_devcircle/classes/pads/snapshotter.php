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

namespace mod_devcircle\pads;

use mod_devcircle\event\snapshot_restored;
use mod_devcircle\local\etherpad\etherpad_exception;
use mod_devcircle\local\http\timeouts;

/**
 * Copies pads from Etherpad into Moodle, only when they changed, and restores copies into pads.
 *
 * Taken by the scheduled task, when a session of the circle ends, on request and before a
 * backup. Each copy records the users who opened the pad's circle for writing since the copy
 * before and appear among the pad's Etherpad authors.
 *
 * A pad is copied under a lock of its own (Moodle's lock API, shared by all web nodes and cron
 * runners of a cluster): when the task runs on two nodes at once, or a session ends while the task
 * runs, one of them copies the pad and the other finds the copy made.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class snapshotter {
    /** @var int seconds to wait for another runner copying the same pad (a copy takes a few calls) */
    public const LOCK_WAIT = 10;

    /**
     * Creates the snapshotter.
     *
     * @param pad_service $service the pad service (and through it Etherpad)
     * @param pad_repository $pads the pads
     * @param snapshot_repository $snapshots the snapshots
     * @param author_repository $authors the Etherpad authors of users
     */
    public function __construct(
        /** @var pad_service the pad service */
        private readonly pad_service $service,
        /** @var pad_repository the pads */
        private readonly pad_repository $pads,
        /** @var snapshot_repository the snapshots */
        private readonly snapshot_repository $snapshots,
        /** @var author_repository the Etherpad authors of users */
        private readonly author_repository $authors,
    ) {
    }

    /**
     * The same snapshotter with other timeouts for Etherpad.
     *
     * @param timeouts $timeouts how long a call may wait
     * @return self
     */
    public function with_timeouts(timeouts $timeouts): self {
        return new self($this->service->with_timeouts($timeouts), $this->pads, $this->snapshots, $this->authors);
    }

    /**
     * Copies a pad into Moodle if it changed since the last copy.
     *
     * @param pad $pad the pad
     * @param string $reason one of the pad_snapshot::REASON_ constants
     * @param int $userid who asks for it, 0 for the system
     * @param bool $force copy even when nothing changed (to record a restore)
     * @return pad_snapshot|null the new copy, null when nothing changed or the pad is not in Etherpad yet
     * @throws etherpad_exception when Etherpad cannot be reached
     */
    public function snapshot(pad $pad, string $reason, int $userid = 0, bool $force = false): ?pad_snapshot {
        $lock = \core\lock\lock_config::get_lock_factory('mod_devcircle')
            ->get_lock('pad-snapshot-' . $pad->get_id(), self::LOCK_WAIT, 10 * MINSECS);
        if (!$lock) {
            if ($force) {
                throw new \moodle_exception('locktimeout', 'moodle');
            }
            // Another runner is copying this pad right now: its copy is the one to keep.
            return null;
        }
        try {
            return $this->snapshot_locked($pad, $reason, $userid, $force);
        } finally {
            $lock->release();
        }
    }

    /**
     * {@see snapshot()} while holding the pad's lock: what is compared with is read inside it.
     *
     * @param pad $pad the pad
     * @param string $reason one of the pad_snapshot::REASON_ constants
     * @param int $userid who asks for it, 0 for the system
     * @param bool $force copy even when nothing changed
     * @return pad_snapshot|null the new copy, null when nothing changed or the pad is not in Etherpad yet
     */
    private function snapshot_locked(pad $pad, string $reason, int $userid, bool $force): ?pad_snapshot {
        // The pad as stored now: it may have been created anew in Etherpad since it was loaded.
        $pad = $this->pads->get($pad->get_id()) ?? $pad;
        $padid = $pad->get_pad_id();
        if ($padid === null) {
            return null;
        }
        $client = $this->service->client();
        $latest = $this->snapshots->latest($pad->get_id());
        $revision = $client->get_revisions_count($padid);
        // Same revision of the same Etherpad pad: nothing to fetch. (A pad recreated in Etherpad
        // starts counting again, so revisions are only compared with copies taken after that.)
        if (
            !$force && $latest !== null && $latest->get_revision() === $revision
                && $latest->get_time_created() >= $pad->get_time_modified()
        ) {
            return null;
        }
        $text = $client->get_text($padid);
        $html = content::body($client->get_html($padid));
        if (!$force && $latest !== null && $latest->get_content_hash() === pad_snapshot::hash($text, $html)) {
            return null;
        }

        $since = $latest?->get_time_created() ?? 0;
        $writers = $this->authors->writers_since($pad->get_circle_id(), $client->list_authors_of_pad($padid), $since);
        return $this->snapshots->create($pad->get_id(), $revision, $text, $html, $reason, $userid, $writers);
    }

    /**
     * Copies every pad of a circle that changed (when a session ends, before a backup).
     *
     * @param int $circleid the circle
     * @param string $reason one of the pad_snapshot::REASON_ constants
     * @return int number of new copies
     * @throws etherpad_exception when Etherpad cannot be reached
     */
    public function snapshot_circle(int $circleid, string $reason): int {
        $count = 0;
        foreach ($this->pads->get_for_circle($circleid) as $pad) {
            if ($this->snapshot($pad, $reason) !== null) {
                $count++;
            }
        }
        return $count;
    }

    /**
     * Copies every pad of the site that changed (the scheduled task). Stops at the first
     * failure that means Etherpad is unreachable; other failures skip only their pad.
     *
     * @param callable|null $log receives one line per problem
     * @return array{checked: int, copied: int, failed: int}
     */
    public function snapshot_all(?callable $log = null): array {
        $result = ['checked' => 0, 'copied' => 0, 'failed' => 0];
        foreach ($this->pads->all_created() as $pad) {
            $result['checked']++;
            try {
                if ($this->snapshot($pad, pad_snapshot::REASON_SCHEDULED) !== null) {
                    $result['copied']++;
                }
            } catch (etherpad_exception $e) {
                $result['failed']++;
                if ($log) {
                    $log("pad {$pad->get_id()}: " . $e->getMessage() . ($e->debuginfo ? " ({$e->debuginfo})" : ''));
                }
                if ($e->is_unavailable() || $e->kind === etherpad_exception::WRONG_KEY) {
                    break;
                }
            }
        }
        return $result;
    }

    /**
     * Puts a copy back into its pad and records the result as a new copy by the user.
     *
     * @param pad_snapshot $snapshot the copy to restore
     * @param int $userid who restores it
     * @return pad_snapshot the copy that records the restored state
     * @throws etherpad_exception when Etherpad cannot be reached
     */
    public function restore(pad_snapshot $snapshot, int $userid): pad_snapshot {
        $pad = $this->pads->get($snapshot->get_pad_id());
        if ($pad === null) {
            throw new \moodle_exception('padnotfound', 'mod_devcircle');
        }
        $pad = $this->service->ensure_remote($pad);
        content::put($this->service->client(), (string) $pad->get_pad_id(), $snapshot->get_html(), $snapshot->get_text());
        $restored = $this->snapshot($pad, pad_snapshot::REASON_RESTORE, $userid, true);

        snapshot_restored::create([
            'objectid' => $snapshot->get_id(),
            'context' => $pad->get_context(),
            'userid' => $userid,
            'other' => ['padid' => $pad->get_id()],
        ])->trigger();
        return $restored;
    }
}
