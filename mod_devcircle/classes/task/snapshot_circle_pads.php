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

use mod_devcircle\instance_repository;
use mod_devcircle\pads\pad_snapshot;
use mod_devcircle\pads\snapshotter;

/**
 * Copies the pads of a circle after one of its sessions ended, when that could not be done at
 * once (Etherpad did not answer). Failing makes Moodle retry it later.
 *
 * Custom data: circleid.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class snapshot_circle_pads extends \core\task\adhoc_task {
    /**
     * Takes the snapshots.
     *
     * @return void
     */
    public function execute(): void {
        $circleid = (int) ($this->get_custom_data()->circleid ?? 0);
        if (\core\di::get(instance_repository::class)->get_by_id($circleid) === null) {
            return;
        }
        $copied = \core\di::get(snapshotter::class)->snapshot_circle($circleid, pad_snapshot::REASON_SESSIONEND);
        mtrace("Pads of circle $circleid copied after a session ended: $copied");
    }
}
