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

use local_digitalstrategy\local\controlling\docaccess_aggregator;
use local_digitalstrategy\local\controlling\docaccess_repository;

/**
 * Aggregates new rows of Moodle's standard log into the document-access statistics and the active
 * users per month. Works in bounded batches for at most BUDGET seconds, so it never holds a cron
 * run for long; what is left the next run continues.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class aggregate_docaccess extends \core\task\scheduled_task {
    /** @var float Seconds after which a run starts no further batch. */
    public const BUDGET = 120.0;

    /**
     * The task's name.
     *
     * @return string
     */
    public function get_name() {
        return get_string('docaccess_task', 'local_digitalstrategy');
    }

    /**
     * Aggregates.
     */
    public function execute() {
        if (!docaccess_aggregator::standard_log_enabled()) {
            mtrace('The standard log store is not enabled: no new log rows to aggregate (rows already in its table still count).');
        }
        $result = \core\di::get(docaccess_aggregator::class)->run(self::BUDGET);
        if ($result['locked']) {
            mtrace('Another runner is aggregating the log; nothing done.');
            return;
        }
        mtrace("Log aggregated from id {$result['from']} to {$result['to']} in {$result['batches']} batches "
            . "({$result['seconds']} s); {$result['pending']} log ids left for the next run.");
        if ($result['to'] !== $result['from']) {
            // The pages read the figures from the cache: compute them now, not on the next page view.
            \core\di::get(docaccess_repository::class)->warm();
        }
    }
}
