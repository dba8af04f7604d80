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

namespace mod_devcircle\webinar;

use local_digitalstrategy\local\export\safe_export;
use mod_devcircle\instance;

/**
 * Exports an attendance report in the data formats the site offers, through the suite's
 * safe_export (no cell can become a formula or run script).
 *
 * Whole circle: one row per person with organisation, role, number of sessions attended and a
 * column per session. One session: one row per person with first join, joins and end.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class attendance_export {
    /**
     * Creates the export.
     *
     * @param attendance_report $report the report it exports
     * @param safe_export $export writes the file
     */
    public function __construct(
        /** @var attendance_report the report it exports */
        private readonly attendance_report $report,
        /** @var safe_export writes the file */
        private readonly safe_export $export,
    ) {
    }

    /**
     * The columns and rows of an export.
     *
     * @param instance $instance the circle
     * @param session[] $sessions all sessions of the circle
     * @param session|null $session the session, null for the whole circle
     * @param bool $viewfullnames whether the viewer sees full names as teachers do
     * @return array{0: array<string, string>, 1: array[]} columns (key => heading) and rows, plain text
     */
    public function table(instance $instance, array $sessions, ?session $session, bool $viewfullnames): array {
        $context = $instance->get_context();
        $noorg = get_string('attendance_noorganisation', 'mod_devcircle');
        $format = get_string('strftimedatetimeshort', 'langconfig');
        $columns = [
            'organisation' => get_string('attendance_organisation', 'mod_devcircle'),
            'participant' => get_string('attendance_participant', 'mod_devcircle'),
            'role' => get_string('attendance_role', 'mod_devcircle'),
        ];
        $rows = [];
        if ($session) {
            $columns += [
                'firstjoined' => get_string('attendance_firstjoined', 'mod_devcircle'),
                'joins' => get_string('attendance_joins', 'mod_devcircle'),
                'timeleft' => get_string('attendance_timeleft', 'mod_devcircle'),
            ];
            foreach ($this->report->for_session($session, $viewfullnames) as $r) {
                $rows[] = [
                    $r->organisation !== '' ? $r->organisation : $noorg,
                    $r->fullname,
                    get_string('role_' . $r->role, 'mod_devcircle'),
                    userdate($r->firstjoined, $format),
                    (int) $r->joins,
                    $r->timeleft ? userdate($r->timeleft, $format) : '',
                ];
            }
            return [$columns, $rows];
        }
        $columns['sessions'] = get_string('attendance_sessions', 'mod_devcircle');
        foreach ($sessions as $s) {
            $columns['session' . $s->get_id()] = format_string($s->get_title(), true, ['context' => $context, 'escape' => false])
                . ' (' .
                userdate($s->get_timestart(), $format) . ')';
        }
        $yes = get_string('yes');
        foreach ($this->report->for_circle($instance, $viewfullnames) as $r) {
            $row = [
                $r->organisation !== '' ? $r->organisation : $noorg,
                $r->fullname,
                get_string('role_' . $r->role, 'mod_devcircle'),
                (int) $r->sessions,
            ];
            $attended = array_flip($r->sessionids);
            foreach ($sessions as $s) {
                $row[] = isset($attended[$s->get_id()]) ? $yes : '';
            }
            $rows[] = $row;
        }
        return [$columns, $rows];
    }

    /**
     * Sends the export as a download.
     *
     * @param instance $instance the circle
     * @param session[] $sessions all sessions of the circle
     * @param session|null $session the session, null for the whole circle
     * @param bool $viewfullnames whether the viewer sees full names as teachers do
     * @param string $dataformat csv, excel, ods, …
     */
    public function download(
        instance $instance,
        array $sessions,
        ?session $session,
        bool $viewfullnames,
        string $dataformat
    ): void {
        [$columns, $rows] = $this->table($instance, $sessions, $session, $viewfullnames);
        $filename = get_string('attendancereport', 'mod_devcircle') . ' ' .
            format_string($instance->get_name(), true, ['context' => $instance->get_context(), 'escape' => false]) .
            ($session ? ' ' . $session->get_title() : '');
        $this->export->download($filename, $dataformat, array_values($columns), $rows);
    }
}
