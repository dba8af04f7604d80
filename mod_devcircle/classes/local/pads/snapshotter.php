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

namespace mod_devcircle\local\pads;

use mod_devcircle\local\etherpad\etherpad_exception;
use mod_devcircle\pad;
use mod_devcircle\pad_snapshot;

/**
 * Copies pads from Etherpad into Moodle, only when they changed, and restores copies into pads.
 *
 * Taken by the scheduled task, when a session of the circle ends, on request and after a
 * restore. Each copy records the users who opened the pad's circle for writing since the copy
 * before and appear among the pad's Etherpad authors.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class snapshotter {
    /**
     * Creates the snapshotter.
     *
     * @param pad_service $pads the pad service (and through it Etherpad)
     */
    public function __construct(
        /** @var pad_service the pad service */
        private readonly pad_service $pads,
    ) {
    }

    /**
     * The snapshotter for the Etherpad server in the settings.
     *
     * @return self
     */
    public static function from_config(): self {
        return new self(pad_service::from_config());
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
        $padid = $pad->get_pad_id();
        if ($padid === null) {
            return null;
        }
        $client = $this->pads->client();
        $latest = pad_snapshot::get_latest($pad->get_id());
        $revision = $client->get_revisions_count($padid);
        $pad = pad::get_by_id($pad->get_id());
        // Same revision of the same Etherpad pad: nothing to fetch. (A pad recreated in Etherpad
        // starts counting again, so revisions are only compared with copies taken after that.)
        if (
            !$force && $latest !== null && $latest->get_revision() === $revision
                && $latest->get_time_created() >= $pad->to_record()->timemodified
        ) {
            return null;
        }
        $text = $client->get_text($padid);
        $html = content::body($client->get_html($padid));
        if (!$force && $latest !== null && $latest->get_content_hash() === pad_snapshot::hash($text, $html)) {
            return null;
        }

        $since = $latest?->get_time_created() ?? 0;
        $authors = self::authors_since($pad->get_circle_id(), $client->list_authors_of_pad($padid), $since);
        return pad_snapshot::create($pad->get_id(), $revision, $text, $html, $reason, $userid, $authors);
    }

    /**
     * Who wrote in a pad since a time: the users of the circle who opened it for writing since
     * then and are among the pad's authors in Etherpad.
     *
     * @param int $circleid the circle
     * @param string[] $etherpadauthors author IDs Etherpad lists for the pad
     * @param int $since time of the copy before, 0 for none
     * @return int[] user ids
     */
    public static function authors_since(int $circleid, array $etherpadauthors, int $since): array {
        global $DB;
        if (!$etherpadauthors) {
            return [];
        }
        [$in, $params] = $DB->get_in_or_equal(array_values($etherpadauthors), SQL_PARAMS_NAMED, 'a');
        $params += ['circleid' => $circleid, 'since' => $since];
        return array_map('intval', $DB->get_fieldset_select(
            'devcircle_pad_authors',
            'userid',
            "devcircle = :circleid AND timeopened > 0 AND timeopened >= :since AND authorid $in ORDER BY userid",
            $params
        ));
    }

    /**
     * Copies every pad of a circle that changed (when a session ends).
     *
     * @param int $circleid the circle
     * @param string $reason one of the pad_snapshot::REASON_ constants
     * @return int number of new copies
     * @throws etherpad_exception when Etherpad cannot be reached
     */
    public function snapshot_circle(int $circleid, string $reason): int {
        $count = 0;
        foreach (pad::get_for_circle($circleid) as $pad) {
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
        foreach (pad::get_all_created() as $pad) {
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
        $pad = $this->pads->ensure_remote(pad::get_by_id($snapshot->get_pad_id()));
        content::put($this->pads->client(), (string) $pad->get_pad_id(), $snapshot->get_html(), $snapshot->get_text());
        $restored = $this->snapshot($pad, pad_snapshot::REASON_RESTORE, $userid, true);

        $event = \mod_devcircle\event\snapshot_restored::create([
            'objectid' => $snapshot->get_id(),
            'context' => $pad->get_context(),
            'userid' => $userid,
            'other' => ['padid' => $pad->get_id()],
        ]);
        $event->trigger();
        return $restored;
    }
}
