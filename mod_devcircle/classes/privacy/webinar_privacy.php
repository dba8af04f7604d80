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

namespace mod_devcircle\privacy;

use core_privacy\local\metadata\collection;
use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\contextlist;
use core_privacy\local\request\transform;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;

/**
 * The webinar part of mod_devcircle's privacy provider: attendance records, who last changed a
 * session, and what is sent to the BigBlueButton server (name and user id).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class webinar_privacy {
    /**
     * Describes the webinar data.
     *
     * @param collection $collection the collection to add to
     */
    public static function add_metadata(collection $collection): void {
        $collection->add_database_table('devcircle_attendance', [
            'userid' => 'privacy:metadata:attendance:userid',
            'role' => 'privacy:metadata:attendance:role',
            'timejoined' => 'privacy:metadata:attendance:timejoined',
            'timeleft' => 'privacy:metadata:attendance:timeleft',
        ], 'privacy:metadata:attendance');
        $collection->add_database_table('devcircle_sessions', [
            'usermodified' => 'privacy:metadata:sessions:usermodified',
            'timemodified' => 'privacy:metadata:sessions:timemodified',
        ], 'privacy:metadata:sessions');
        $collection->add_external_location_link('bigbluebutton', [
            'userid' => 'privacy:metadata:bigbluebutton:userid',
            'fullname' => 'privacy:metadata:bigbluebutton:fullname',
        ], 'privacy:metadata:bigbluebutton');
    }

    /**
     * Adds the circles in which the user has webinar data.
     *
     * @param contextlist $contextlist the list to add to
     * @param int $userid the user
     */
    public static function add_contexts_for_userid(contextlist $contextlist, int $userid): void {
        $base = "SELECT ctx.id
                   FROM {context} ctx
                   JOIN {course_modules} cm ON cm.id = ctx.instanceid AND ctx.contextlevel = :contextlevel
                   JOIN {modules} m ON m.id = cm.module AND m.name = 'devcircle'
                   JOIN {devcircle_sessions} s ON s.devcircle = cm.instance";
        $contextlist->add_from_sql(
            $base . ' JOIN {devcircle_attendance} a ON a.sessionid = s.id WHERE a.userid = :userid',
            ['contextlevel' => CONTEXT_MODULE, 'userid' => $userid]
        );
        $contextlist->add_from_sql(
            $base . ' WHERE s.usermodified = :userid',
            ['contextlevel' => CONTEXT_MODULE, 'userid' => $userid]
        );
    }

    /**
     * Adds the users who have webinar data in a circle.
     *
     * @param userlist $userlist the list to add to
     */
    public static function add_users_in_context(userlist $userlist): void {
        $context = $userlist->get_context();
        if (!$context instanceof \context_module) {
            return;
        }
        $params = ['cmid' => $context->instanceid];
        $base = "FROM {course_modules} cm
                 JOIN {modules} m ON m.id = cm.module AND m.name = 'devcircle'
                 JOIN {devcircle_sessions} s ON s.devcircle = cm.instance";
        $userlist->add_from_sql('userid', "SELECT a.userid {$base} JOIN {devcircle_attendance} a ON a.sessionid = s.id
                                            WHERE cm.id = :cmid", $params);
        $userlist->add_from_sql('usermodified', "SELECT s.usermodified {$base} WHERE cm.id = :cmid", $params);
    }

    /**
     * Exports the user's attendance in the approved circles.
     *
     * @param approved_contextlist $contextlist the circles
     */
    public static function export_user_data(approved_contextlist $contextlist): void {
        global $DB;
        $userid = (int) $contextlist->get_user()->id;
        foreach ($contextlist->get_contexts() as $context) {
            if (!$context instanceof \context_module) {
                continue;
            }
            $circleid = self::circle_id($context);
            if ($circleid === null) {
                continue;
            }
            $records = $DB->get_records_sql(
                'SELECT a.id, s.title, s.timestart, a.role, a.timejoined, a.timeleft
                   FROM {devcircle_attendance} a
                   JOIN {devcircle_sessions} s ON s.id = a.sessionid
                  WHERE s.devcircle = :circleid AND a.userid = :userid
               ORDER BY a.timejoined, a.id',
                ['circleid' => $circleid, 'userid' => $userid]
            );
            $attendance = array_map(fn($r) => (object) [
                'session' => format_string($r->title, true, ['context' => $context]),
                'sessionstart' => transform::datetime($r->timestart),
                'role' => get_string('role_' . $r->role, 'mod_devcircle'),
                'joined' => transform::datetime($r->timejoined),
                'sessionended' => $r->timeleft ? transform::datetime($r->timeleft) : '-',
            ], array_values($records));
            $changed = $DB->get_records(
                'devcircle_sessions',
                ['devcircle' => $circleid, 'usermodified' => $userid],
                'timestart',
                'id, title, timemodified'
            );
            $sessions = array_map(fn($r) => (object) [
                'session' => format_string($r->title, true, ['context' => $context]),
                'timemodified' => transform::datetime($r->timemodified),
            ], array_values($changed));
            if ($attendance || $sessions) {
                writer::with_context($context)->export_data(
                    [get_string('privacy:path:webinars', 'mod_devcircle')],
                    (object) ['attendance' => $attendance, 'sessionschanged' => $sessions]
                );
            }
        }
    }

    /**
     * Deletes the webinar data of everyone in a circle.
     *
     * @param \context $context the circle's context
     */
    public static function delete_data_for_all_users_in_context(\context $context): void {
        global $DB;
        $circleid = $context instanceof \context_module ? self::circle_id($context) : null;
        if ($circleid === null) {
            return;
        }
        $DB->delete_records_select(
            'devcircle_attendance',
            'sessionid IN (SELECT id FROM {devcircle_sessions} WHERE devcircle = ?)',
            [$circleid]
        );
        $DB->set_field('devcircle_sessions', 'usermodified', 0, ['devcircle' => $circleid]);
    }

    /**
     * Deletes the webinar data of some users in a circle.
     *
     * @param \context $context the circle's context
     * @param int[] $userids the users
     */
    public static function delete_data_for_users_in_context(\context $context, array $userids): void {
        global $DB;
        $circleid = $context instanceof \context_module ? self::circle_id($context) : null;
        if ($circleid === null || !$userids) {
            return;
        }
        [$insql, $params] = $DB->get_in_or_equal($userids, SQL_PARAMS_NAMED);
        $params['circleid'] = $circleid;
        $DB->delete_records_select(
            'devcircle_attendance',
            "userid {$insql} AND sessionid IN (SELECT id FROM {devcircle_sessions} WHERE devcircle = :circleid)",
            $params
        );
        $DB->set_field_select('devcircle_sessions', 'usermodified', 0, "usermodified {$insql} AND devcircle = :circleid", $params);
    }

    /**
     * Deletes one user's webinar data in the approved circles.
     *
     * @param approved_contextlist $contextlist the circles
     */
    public static function delete_data_for_user(approved_contextlist $contextlist): void {
        foreach ($contextlist->get_contexts() as $context) {
            self::delete_data_for_users_in_context($context, [(int) $contextlist->get_user()->id]);
        }
    }

    /**
     * Deletes the webinar data of the approved users.
     *
     * @param approved_userlist $userlist the users and their circle
     */
    public static function delete_data_for_userlist(approved_userlist $userlist): void {
        self::delete_data_for_users_in_context($userlist->get_context(), $userlist->get_userids());
    }

    /**
     * The circle of a module context, or null when it is not a development circle.
     *
     * @param \context_module $context the context
     * @return int|null
     */
    private static function circle_id(\context_module $context): ?int {
        global $DB;
        $id = $DB->get_field_sql("SELECT cm.instance FROM {course_modules} cm
                                    JOIN {modules} m ON m.id = cm.module AND m.name = 'devcircle'
                                   WHERE cm.id = ?", [$context->instanceid]);
        return $id ? (int) $id : null;
    }
}
