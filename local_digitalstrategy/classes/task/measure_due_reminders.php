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
 * run covers the time from where the last one stopped, so a measure is reminded of once however
 * often the task runs.
 *
 * Runs once at a time on a cluster: besides the cron lock of scheduled tasks it takes a lock of its
 * own, and reads where the last run stopped inside it (from the database, not from a cache this
 * process may have read before), so two nodes starting it at the same moment send each reminder once.
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
     * Sends the reminders of the time not covered yet (while holding the lock).
     */
    private function send(): void {
        $now = \core\di::get(\core\clock::class)->time();
        $until = \core\di::get(\moodle_database::class)->get_field(
            'config_plugins',
            'value',
            ['plugin' => 'local_digitalstrategy', 'name' => 'duereminderuntil']
        );
        $from = max($now, (int) $until);
        $to = $now + DAYSECS;
        if ($from >= $to) {
            return;
        }
        $notifier = \core\di::get(measure_notifier::class);
        $measures = \core\di::get(measure_repository::class)->due_between($from, $to);
        foreach ($measures as $measure) {
            $notifier->due($measure);
        }
        set_config('duereminderuntil', $to, 'local_digitalstrategy');
        mtrace(count($measures) . ' due reminders sent.');
    }
}
