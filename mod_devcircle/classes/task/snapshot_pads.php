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

namespace mod_devcircle\task;

use mod_devcircle\pads\pad_service;
use mod_devcircle\pads\snapshotter;

/**
 * Copies every pad that changed since its last snapshot from Etherpad into Moodle.
 *
 * When Etherpad cannot be reached the task says so in its log and ends without failing: the
 * snapshots already kept stay, and the next run tries again.
 *
 * Runs once at a time on a cluster: besides the cron lock of scheduled tasks it takes a lock of its
 * own, so that a run started by hand (or by cron on another node whose task record was read before
 * the first run started) does not copy the same pads again; each pad is copied under its own lock
 * ({@see snapshotter}), so a session ending meanwhile does not copy a pad twice either.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class snapshot_pads extends \core\task\scheduled_task {
    /** @var string the name of the task's own lock */
    public const LOCK = 'snapshot-pads';

    /**
     * The name shown to admins.
     *
     * @return string
     */
    public function get_name(): string {
        return get_string('tasksnapshotpads', 'mod_devcircle');
    }

    /**
     * Takes the snapshots.
     *
     * @return void
     */
    public function execute(): void {
        if (!\core\di::get(pad_service::class)->is_configured()) {
            mtrace('Etherpad is not configured: no pads to copy.');
            return;
        }
        $lock = \core\lock\lock_config::get_lock_factory('mod_devcircle')->get_lock(self::LOCK, 0, HOURSECS);
        if (!$lock) {
            mtrace('Another run of this task is copying the pads: nothing to do.');
            return;
        }
        try {
            $result = \core\di::get(snapshotter::class)->snapshot_all(fn(string $line) => mtrace('  ' . $line));
        } finally {
            $lock->release();
        }
        mtrace("Pads checked: {$result['checked']}, copied because changed: {$result['copied']}, failed: {$result['failed']}");
    }
}
