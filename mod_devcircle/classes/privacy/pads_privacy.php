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
use mod_devcircle\local\etherpad\etherpad_exception;
use mod_devcircle\pads\pad_service;

/**
 * The pads part of mod_devcircle's privacy provider: who created a pad, who asked for or
 * restored a snapshot, who wrote between snapshots, which Etherpad author stands for a user,
 * and what is sent to Etherpad (the user's id in the author mapping, the full name, the text).
 *
 * Deleting a user's data removes the authorship and renames the user's Etherpad author; the
 * text of a pad stays, as it is the circle's shared work. Deleting all data of a circle deletes
 * its pads in Moodle and in Etherpad.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pads_privacy {
    /**
     * Describes the pad data.
     *
     * @param collection $collection the collection to add to
     */
    public static function add_metadata(collection $collection): void {
        $collection->add_database_table('devcircle_pads', [
            'usercreated' => 'privacy:metadata:pads:usercreated',
            'timecreated' => 'privacy:metadata:pads:timecreated',
        ], 'privacy:metadata:pads');
        $collection->add_database_table('devcircle_pad_snapshots', [
            'userid' => 'privacy:metadata:snapshots:userid',
            'text' => 'privacy:metadata:snapshots:text',
            'timecreated' => 'privacy:metadata:snapshots:timecreated',
        ], 'privacy:metadata:snapshots');
        $collection->add_database_table('devcircle_snapshot_authors', [
            'userid' => 'privacy:metadata:snapshotauthors:userid',
        ], 'privacy:metadata:snapshotauthors');
        $collection->add_database_table('devcircle_pad_authors', [
            'userid' => 'privacy:metadata:padauthors:userid',
            'authorid' => 'privacy:metadata:padauthors:authorid',
            'timeopened' => 'privacy:metadata:padauthors:timeopened',
        ], 'privacy:metadata:padauthors');
        $collection->add_external_location_link('etherpad', [
            'userid' => 'privacy:metadata:etherpad:userid',
            'fullname' => 'privacy:metadata:etherpad:fullname',
            'text' => 'privacy:metadata:etherpad:text',
        ], 'privacy:metadata:etherpad');
    }

    /**
     * SQL of the circles (contexts) in which a user has pad data, as a union of subqueries.
     *
     * @return string with the parameters :contextlevel and :u1 … :u4
     */
    private static function contexts_sql(): string {
        $base = "SELECT ctx.id
                   FROM {context} ctx
                   JOIN {course_modules} cm ON cm.id = ctx.instanceid AND ctx.contextlevel = :contextlevel%s
                   JOIN {modules} m ON m.id = cm.module AND m.name = 'devcircle'";
        return implode(' UNION ', [
            sprintf($base, 'a') . ' JOIN {devcircle_pad_authors} pa ON pa.devcircle = cm.instance WHERE pa.userid = :u1',
            sprintf($base, 'b') . ' JOIN {devcircle_pads} p ON p.devcircle = cm.instance WHERE p.usercreated = :u2',
            sprintf($base, 'c') . ' JOIN {devcircle_pads} p ON p.devcircle = cm.instance
                JOIN {devcircle_pad_snapshots} s ON s.pad = p.id WHERE s.userid = :u3',
            sprintf($base, 'd') . ' JOIN {devcircle_pads} p ON p.devcircle = cm.instance
                JOIN {devcircle_pad_snapshots} s ON s.pad = p.id
                JOIN {devcircle_snapshot_authors} sa ON sa.snapshot = s.id WHERE sa.userid = :u4',
        ]);
    }

    /**
     * Adds the circles in which the user has pad data.
     *
     * @param contextlist $contextlist the list to add to
     * @param int $userid the user
     */
    public static function add_contexts_for_userid(contextlist $contextlist, int $userid): void {
        $params = ['u1' => $userid, 'u2' => $userid, 'u3' => $userid, 'u4' => $userid];
        foreach (['a', 'b', 'c', 'd'] as $k) {
            $params['contextlevel' . $k] = CONTEXT_MODULE;
        }
        $contextlist->add_from_sql(self::contexts_sql(), $params);
    }

    /**
     * Adds the users who have pad data in a circle.
     *
     * @param userlist $userlist the list to add to
     */
    public static function add_users_in_context(userlist $userlist): void {
        $context = $userlist->get_context();
        $circleid = $context instanceof \context_module ? self::circle_id($context) : null;
        if ($circleid === null) {
            return;
        }
        $params = ['circleid' => $circleid];
        $userlist->add_from_sql('userid', 'SELECT userid FROM {devcircle_pad_authors} WHERE devcircle = :circleid', $params);
        $userlist->add_from_sql('usercreated', 'SELECT usercreated FROM {devcircle_pads} WHERE devcircle = :circleid', $params);
        $userlist->add_from_sql('userid', 'SELECT s.userid FROM {devcircle_pad_snapshots} s
            JOIN {devcircle_pads} p ON p.id = s.pad WHERE p.devcircle = :circleid', $params);
        $userlist->add_from_sql('userid', 'SELECT sa.userid FROM {devcircle_snapshot_authors} sa
            JOIN {devcircle_pad_snapshots} s ON s.id = sa.snapshot
            JOIN {devcircle_pads} p ON p.id = s.pad WHERE p.devcircle = :circleid', $params);
    }

    /**
     * Exports the user's pad data in the approved circles: Etherpad author, pads created,
     * snapshots asked for or restored, and snapshots of text the user wrote.
     *
     * @param approved_contextlist $contextlist the circles
     */
    public static function export_user_data(approved_contextlist $contextlist): void {
        global $DB;
        $userid = (int) $contextlist->get_user()->id;
        foreach ($contextlist->get_contexts() as $context) {
            if (!$context instanceof \context_module || ($circleid = self::circle_id($context)) === null) {
                continue;
            }
            $name = fn($r) => format_string($r->name, true, ['context' => $context]);
            $author = $DB->get_record('devcircle_pad_authors', ['devcircle' => $circleid, 'userid' => $userid]);
            $created = $DB->get_records(
                'devcircle_pads',
                ['devcircle' => $circleid, 'usercreated' => $userid],
                'id',
                'id, name, kind, timecreated'
            );
            $snapshots = $DB->get_records_sql(
                "SELECT s.id, p.name, s.reason, s.timecreated, s.text,
                        CASE WHEN s.userid = :u1 THEN 1 ELSE 0 END AS requested,
                        CASE WHEN sa.id IS NULL THEN 0 ELSE 1 END AS wrote
                   FROM {devcircle_pad_snapshots} s
                   JOIN {devcircle_pads} p ON p.id = s.pad
              LEFT JOIN {devcircle_snapshot_authors} sa ON sa.snapshot = s.id AND sa.userid = :u2
                  WHERE p.devcircle = :circleid AND (s.userid = :u3 OR sa.id IS NOT NULL)
               ORDER BY s.timecreated, s.id",
                ['u1' => $userid, 'u2' => $userid, 'u3' => $userid, 'circleid' => $circleid]
            );
            if (!$author && !$created && !$snapshots) {
                continue;
            }
            $data = (object) [
                'etherpadauthor' => $author ? (object) [
                    'authorid' => $author->authorid,
                    'firstsent' => transform::datetime($author->timecreated),
                    'lastopenedforwriting' => $author->timeopened ? transform::datetime($author->timeopened) : '-',
                ] : null,
                'padscreated' => array_values(array_map(fn($r) => (object) [
                    'name' => $name($r),
                    'kind' => get_string('padkind_' . $r->kind, 'mod_devcircle'),
                    'timecreated' => transform::datetime($r->timecreated),
                ], $created)),
                'snapshots' => array_values(array_map(fn($r) => (object) [
                    'pad' => $name($r),
                    'reason' => get_string('padreason_' . $r->reason, 'mod_devcircle'),
                    'timecreated' => transform::datetime($r->timecreated),
                    'requestedbyyou' => transform::yesno((bool) $r->requested),
                    'youwrote' => transform::yesno((bool) $r->wrote),
                    'text' => $r->wrote ? $r->text : '',
                ], $snapshots)),
            ];
            writer::with_context($context)->export_data([get_string('privacy:path:pads', 'mod_devcircle')], $data);
        }
    }

    /**
     * Deletes the pads of a circle, in Moodle and in Etherpad.
     *
     * @param \context $context the circle's context
     */
    public static function delete_data_for_all_users_in_context(\context $context): void {
        $circleid = $context instanceof \context_module ? self::circle_id($context) : null;
        if ($circleid === null) {
            return;
        }
        \core\di::get(pad_service::class)->delete_circle($circleid);
    }

    /**
     * Removes some users' authorship of pads and snapshots in a circle, and renames their
     * Etherpad authors so that other writers no longer see their names.
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
        [$in, $params] = $DB->get_in_or_equal(array_map('intval', $userids), SQL_PARAMS_NAMED);
        $params['circleid'] = $circleid;
        $DB->delete_records_select(
            'devcircle_snapshot_authors',
            "userid $in AND snapshot IN (
            SELECT s.id FROM {devcircle_pad_snapshots} s JOIN {devcircle_pads} p ON p.id = s.pad WHERE p.devcircle = :circleid)",
            $params
        );
        $DB->set_field_select(
            'devcircle_pad_snapshots',
            'userid',
            0,
            "userid $in AND pad IN (SELECT id FROM {devcircle_pads} WHERE devcircle = :circleid)",
            $params
        );
        $DB->set_field_select('devcircle_pads', 'usercreated', 0, "usercreated $in AND devcircle = :circleid", $params);
        $authors = $DB->get_records_select('devcircle_pad_authors', "userid $in AND devcircle = :circleid", $params);
        $DB->delete_records_select('devcircle_pad_authors', "userid $in AND devcircle = :circleid", $params);

        // Etherpad cannot delete authors; the name other writers see is replaced.
        if ($authors) {
            try {
                $client = \core\di::get(pad_service::class)->client();
                foreach ($authors as $author) {
                    $client->create_author_if_not_exists_for(
                        pad_service::author_mapper((int) $author->userid),
                        get_string('privacy:deletedauthor', 'mod_devcircle')
                    );
                }
            } catch (etherpad_exception $e) {
                // Not configured or not reachable: the Moodle side is deleted all the same.
                unset($e);
            }
        }
    }

    /**
     * Deletes one user's pad data in the approved circles.
     *
     * @param approved_contextlist $contextlist the circles
     */
    public static function delete_data_for_user(approved_contextlist $contextlist): void {
        foreach ($contextlist->get_contexts() as $context) {
            self::delete_data_for_users_in_context($context, [(int) $contextlist->get_user()->id]);
        }
    }

    /**
     * Deletes the pad data of the approved users.
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
        $id = $DB->get_field_sql("SELECT cm.instance FROM {course_modules} cm JOIN {modules} m ON m.id = cm.module
                                   WHERE cm.id = ? AND m.name = 'devcircle'", [$context->instanceid]);
        return $id === false ? null : (int) $id;
    }
}
