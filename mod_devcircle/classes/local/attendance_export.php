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

namespace mod_devcircle\local;

use mod_devcircle\attendance_report;
use mod_devcircle\instance;
use mod_devcircle\session;

/**
 * Exports an attendance report with Moodle's data formats.
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
     * The columns and rows of an export.
     *
     * @param instance $instance the circle
     * @param session[] $sessions all sessions of the circle
     * @param session|null $session the session, null for the whole circle
     * @return array{0: array<string, string>, 1: array[]} columns (key => heading) and rows
     */
    public static function table(instance $instance, array $sessions, ?session $session): array {
        $context = $instance->get_context();
        $report = new attendance_report($instance);
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
            foreach ($report->for_session($session) as $r) {
                $rows[] = [
                    $r->organisation !== '' ? $r->organisation : $noorg,
                    $r->fullname,
                    get_string('role_' . $r->role, 'mod_devcircle'),
                    userdate($r->firstjoined, $format),
                    $r->joins,
                    $r->timeleft ? userdate($r->timeleft, $format) : '',
                ];
            }
            return [$columns, $rows];
        }
        $columns['sessions'] = get_string('attendance_sessions', 'mod_devcircle');
        foreach ($sessions as $s) {
            $columns['session' . $s->get_id()] = format_string($s->get_title(), true, ['context' => $context]) . ' (' .
                userdate($s->get_timestart(), $format) . ')';
        }
        $yes = get_string('yes');
        foreach ($report->for_circle() as $r) {
            $row = [
                $r->organisation !== '' ? $r->organisation : $noorg,
                $r->fullname,
                get_string('role_' . $r->role, 'mod_devcircle'),
                $r->sessions,
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
     * @param string $dataformat csv, excel, ods, …
     */
    public static function download(instance $instance, array $sessions, ?session $session, string $dataformat): void {
        [$columns, $rows] = self::table($instance, $sessions, $session);
        $filename = clean_filename(get_string('attendancereport', 'mod_devcircle') . ' ' .
            format_string($instance->get_record()->name, true, ['context' => $instance->get_context()]) .
            ($session ? ' ' . $session->get_title() : ''));
        \core\dataformat::download_data($filename, $dataformat, array_values($columns), new \ArrayIterator($rows));
    }
}
