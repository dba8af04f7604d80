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

namespace mod_devcircle\backup;

/**
 * Takes a snapshot of every pad of the circle that changed, so the backup holds the current text.
 * When Etherpad cannot be reached the backup goes on with the snapshots already kept.
 *
 * @package    mod_devcircle
 * @category   backup
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class snapshot_pads_step extends \backup_execution_step {
    /**
     * Takes the snapshots.
     */
    protected function define_execution() {
        if (!\core\di::get(\mod_devcircle\pads\pad_service::class)->is_configured()) {
            return;
        }
        try {
            \core\di::get(\mod_devcircle\pads\snapshotter::class)->snapshot_circle(
                (int) $this->task->get_activityid(),
                \mod_devcircle\pads\pad_snapshot::REASON_BACKUP
            );
        } catch (\mod_devcircle\local\etherpad\etherpad_exception $e) {
            $this->log('Etherpad not reachable, the backup holds the last snapshots: ' . $e->getMessage(), \backup::LOG_WARNING);
        }
    }
}
