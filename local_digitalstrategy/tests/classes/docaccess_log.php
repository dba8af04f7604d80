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

namespace local_digitalstrategy\tests;

/**
 * Writes rows into Moodle's standard log as its log store would, for the document-access tests.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
trait docaccess_log {
    /**
     * Adds one log row.
     *
     * @param int $userid
     * @param int $courseid
     * @param int $cmid
     * @param int $time
     * @param string $eventname e.g. '\mod_page\event\course_module_viewed'
     * @param array $more other columns to set (anonymous, realuserid, contextlevel …)
     * @return int the log id
     */
    protected function log_row(
        int $userid,
        int $courseid,
        int $cmid,
        int $time,
        string $eventname = '\\mod_page\\event\\course_module_viewed',
        array $more = []
    ): int {
        global $DB;
        $parts = explode('\\', trim($eventname, '\\'));
        [$target, $action] = explode('_', $parts[2], 2) + [1 => 'viewed'];
        return $DB->insert_record('logstore_standard_log', (object) ($more + [
            'eventname' => $eventname,
            'component' => $parts[0],
            'action' => $action,
            'target' => $target,
            'objecttable' => null,
            'objectid' => null,
            'crud' => 'r',
            'edulevel' => 2,
            'contextid' => 1,
            'contextlevel' => CONTEXT_MODULE,
            'contextinstanceid' => $cmid,
            'userid' => $userid,
            'courseid' => $courseid,
            'relateduserid' => null,
            'anonymous' => 0,
            'other' => 'N;',
            'timecreated' => $time,
            'origin' => 'web',
            'ip' => '127.0.0.1',
            'realuserid' => null,
        ]));
    }

    /**
     * Midnight of a day in the site's time zone.
     *
     * @param string $date Y-m-d
     * @return int
     */
    protected function day(string $date): int {
        return (new \DateTimeImmutable($date . ' 00:00:00', \core_date::get_server_timezone_object()))->getTimestamp();
    }
}
