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

use local_digitalstrategy\local\controlling\timeline_service;

/**
 * Computes every indicator's actual value and Ampel for each half-year of the programme and
 * stores them (local_digitalstrategy_indactual), so the report builder, which reads tables, shows
 * the dashboard's numbers. Runs hourly; a run replaces what the previous one stored.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class refresh_indicators extends \core\task\scheduled_task {
    /**
     * The task's name.
     *
     * @return string
     */
    public function get_name() {
        return get_string('source_task_refresh', 'local_digitalstrategy');
    }

    /**
     * Computes and stores the actuals.
     */
    public function execute() {
        $now = \core\di::get(\core\clock::class)->time();
        \core\di::get(timeline_service::class)->refresh($now);
        mtrace('Indicators computed at ' . userdate($now) . '.');
    }
}
