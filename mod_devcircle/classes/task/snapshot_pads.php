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
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class snapshot_pads extends \core\task\scheduled_task {
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
        $result = \core\di::get(snapshotter::class)->snapshot_all(fn(string $line) => mtrace('  ' . $line));
        mtrace("Pads checked: {$result['checked']}, copied because changed: {$result['copied']}, failed: {$result['failed']}");
    }
}
