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

namespace local_digitalstrategy\task;

use local_digitalstrategy\local\strategy\measure_notifier;
use local_digitalstrategy\local\strategy\measure_repository;

/**
 * Tells the owners of measures that fall due within the next day (and are not in Act yet). Each
 * measure is marked with the due date reminded of, in the same transaction as the notification
 * (Moodle sends the e-mail after the commit): a run killed at any point leaves every measure either
 * reminded and marked or neither, and the next run carries on with the rest; nobody is reminded twice.
 * A measure whose due date is moved is reminded of its new date.
 *
 * Runs once at a time on a cluster: besides the cron lock of scheduled tasks it takes a lock of its
 * own, so two nodes starting it at the same moment do not both read the same unmarked measures.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class measure_due_reminders extends \core\task\scheduled_task {
    /** @var string the name of the task's own lock */
    public const LOCK = 'measure-due-reminders';

    /**
     * The task's name.
     *
     * @return string
     */
    public function get_name() {
        return get_string('measure_task_due', 'local_digitalstrategy');
    }

    /**
     * Sends the reminders.
     */
    public function execute() {
        $lock = \core\lock\lock_config::get_lock_factory('local_digitalstrategy')->get_lock(self::LOCK, 0, HOURSECS);
        if (!$lock) {
            mtrace('Another run of this task is sending due reminders: nothing to do.');
            return;
        }
        try {
            $this->send();
        } finally {
            $lock->release();
        }
    }

    /**
     * Sends the reminders not sent yet (while holding the lock).
     */
    private function send(): void {
        $now = \core\di::get(\core\clock::class)->time();
        $db = \core\di::get(\moodle_database::class);
        $notifier = \core\di::get(measure_notifier::class);
        $repository = \core\di::get(measure_repository::class);
        $measures = $repository->due_between($now, $now + DAYSECS);
        foreach ($measures as $measure) {
            $transaction = $db->start_delegated_transaction();
            $repository->mark_due_reminded($measure);
            $notifier->due($measure);
            $transaction->allow_commit();
        }
        mtrace(count($measures) . ' due reminders sent.');
    }
}
