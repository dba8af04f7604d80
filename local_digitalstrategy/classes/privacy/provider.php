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

namespace local_digitalstrategy\privacy;

use context;
use context_system;
use core_privacy\local\metadata\collection;
use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\contextlist;
use core_privacy\local\request\transform;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;
use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\strategy\resistance;
use local_digitalstrategy\local\strategy\strategy_field_repository;
use local_digitalstrategy\organisation;

/**
 * Privacy provider for local_digitalstrategy: memberships in organisations and the check answers
 * a user gave, stored in the system context.
 *
 * Answers belong to the organisation (its assessment of itself), so deleting a user's data
 * removes their memberships, unlinks them from answers, runs and organisation records, and
 * deletes the free-text answers they wrote; the organisation's choices and scores stay.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class provider implements
    \core_privacy\local\metadata\provider,
    \core_privacy\local\request\core_userlist_provider,
    \core_privacy\local\request\plugin\provider {
    /** @var string Table of answers. */
    private const ANSWERS = 'local_digitalstrategy_answer';
    /** @var string Table of runs. */
    private const RUNS = 'local_digitalstrategy_run';

    /**
     * Describes the personal data stored.
     *
     * @param collection $collection
     * @return collection
     */
    public static function get_metadata(collection $collection): collection {
        $collection->add_database_table(organisation::MEMBER_TABLE, [
            'orgid' => 'privacy:metadata:member:orgid',
            'userid' => 'privacy:metadata:member:userid',
            'role' => 'privacy:metadata:member:role',
            'timecreated' => 'privacy:metadata:member:timecreated',
            'usermodified' => 'privacy:metadata:usermodified',
        ], 'privacy:metadata:member');
        $collection->add_database_table(self::ANSWERS, [
            'runid' => 'privacy:metadata:answer:runid',
            'itemkey' => 'privacy:metadata:answer:itemkey',
            'value' => 'privacy:metadata:answer:value',
            'dontknow' => 'privacy:metadata:answer:dontknow',
            'relevance' => 'privacy:metadata:answer:relevance',
            'userid' => 'privacy:metadata:answer:userid',
            'timemodified' => 'privacy:metadata:answer:timemodified',
        ], 'privacy:metadata:answer');
        $collection->add_database_table(self::RUNS, [
            'orgid' => 'privacy:metadata:run:orgid',
            'usercreated' => 'privacy:metadata:run:usercreated',
            'timecreated' => 'privacy:metadata:run:timecreated',
            'usersubmitted' => 'privacy:metadata:run:usersubmitted',
            'timesubmitted' => 'privacy:metadata:run:timesubmitted',
        ], 'privacy:metadata:run');
        $collection->add_database_table(organisation::TABLE, [
            'usermodified' => 'privacy:metadata:usermodified',
            'timemodified' => 'privacy:metadata:org:timemodified',
        ], 'privacy:metadata:org');
        $collection->add_database_table(instrument_repository::TABLE, [
            'usermodified' => 'privacy:metadata:usermodified',
            'timecreated' => 'privacy:metadata:instr:timecreated',
        ], 'privacy:metadata:instr');
        self::strategy_metadata($collection);
        self::analyses_metadata($collection);
        self::board_metadata($collection);
        self::invite_metadata($collection);
        self::respond_metadata($collection);
        self::docaccess_metadata($collection);
        self::controlling_metadata($collection);
        return $collection;
    }

    /**
     * The system context when the user has data here.
     *
     * @param int $userid
     * @return contextlist
     */
    public static function get_contexts_for_userid(int $userid): contextlist {
        $contextlist = new contextlist();
        if (self::user_has_data($userid)) {
            $contextlist->add_system_context();
        }
        return $contextlist;
    }

    /**
     * The users with data in the system context.
     *
     * @param userlist $userlist
     */
    public static function get_users_in_context(userlist $userlist) {
        if (!$userlist->get_context() instanceof context_system) {
            return;
        }
        $userlist->add_from_sql('userid', 'SELECT userid FROM {' . organisation::MEMBER_TABLE . '}', []);
        $userlist->add_from_sql('userid', 'SELECT userid FROM {' . self::ANSWERS . '} WHERE userid > 0', []);
        $userlist->add_from_sql('usercreated', 'SELECT usercreated FROM {' . self::RUNS . '} WHERE usercreated > 0', []);
        $userlist->add_from_sql(
            'usersubmitted',
            'SELECT usersubmitted FROM {' . self::RUNS . '} WHERE usersubmitted > 0',
            []
        );
        $userlist->add_from_sql('usermodified', 'SELECT usermodified FROM {' . organisation::TABLE . '}
                                                  WHERE usermodified > 0', []);
        $userlist->add_from_sql('usermodified', 'SELECT usermodified FROM {' . organisation::MEMBER_TABLE . '}
                                                  WHERE usermodified > 0', []);
        $userlist->add_from_sql('usermodified', 'SELECT usermodified FROM {' . instrument_repository::TABLE . '}
                                                  WHERE usermodified > 0', []);
        self::strategy_users($userlist);
        self::analyses_users($userlist);
        self::board_users($userlist);
        self::invite_users($userlist);
        self::respond_users($userlist);
        self::docaccess_users($userlist);
        self::controlling_users($userlist);
    }

    /**
     * Exports the user's memberships, the answers they gave and the runs they started or submitted.
     *
     * @param approved_contextlist $contextlist
     */
    public static function export_user_data(approved_contextlist $contextlist) {
        global $DB;
        if (!self::has_system_context($contextlist)) {
            return;
        }
        $userid = (int) $contextlist->get_user()->id;
        $context = context_system::instance();
        $base = [get_string('pluginname', 'local_digitalstrategy')];

        $memberships = $DB->get_records_sql('SELECT m.id, o.name, m.role, m.timecreated
                                               FROM {' . organisation::MEMBER_TABLE . '} m
                                               JOIN {' . organisation::TABLE . '} o ON o.id = m.orgid
                                              WHERE m.userid = ?', [$userid]);
        if ($memberships) {
            writer::with_context($context)->export_data(
                array_merge($base, [get_string('privacy:path:memberships', 'local_digitalstrategy')]),
                (object) ['memberships' => array_values(array_map(
                    fn($m) => [
                    'organisation' => $m->name,
                    'role' => get_string('role_' . $m->role, 'local_digitalstrategy'),
                    'since' => transform::datetime($m->timecreated),
                    ],
                    $memberships
                ))]
            );
        }

        $answers = $DB->get_records_sql('SELECT a.id, a.runid, a.itemkey, a.value, a.dontknow, a.relevance, a.timemodified,
                                                r.instrumentid, o.name AS orgname
                                           FROM {' . self::ANSWERS . '} a
                                           JOIN {' . self::RUNS . '} r ON r.id = a.runid
                                           JOIN {' . organisation::TABLE . '} o ON o.id = r.orgid
                                          WHERE a.userid = ?
                                       ORDER BY a.runid, a.id', [$userid]);
        $instruments = \core\di::get(instrument_repository::class);
        $lang = current_language();
        $byrun = [];
        foreach ($answers as $answer) {
            $item = $instruments->get((int) $answer->instrumentid)->get_item($answer->itemkey);
            $byrun[$answer->runid]['organisation'] = $answer->orgname;
            $byrun[$answer->runid]['answers'][] = [
                'question' => $item ? instrument::localise($item['text'], $lang) : $answer->itemkey,
                'answer' => $answer->value,
                'dontknow' => transform::yesno($answer->dontknow),
                'relevance' => (int) $answer->relevance,
                'timemodified' => transform::datetime($answer->timemodified),
            ];
        }
        foreach ($byrun as $runid => $data) {
            writer::with_context($context)->export_data(
                array_merge($base, [get_string('privacy:path:answers', 'local_digitalstrategy'), (string) $runid]),
                (object) $data
            );
        }

        $runs = $DB->get_records_sql('SELECT r.id, o.name, r.usercreated, r.timecreated, r.usersubmitted, r.timesubmitted
                                        FROM {' . self::RUNS . '} r
                                        JOIN {' . organisation::TABLE . '} o ON o.id = r.orgid
                                       WHERE r.usercreated = ? OR r.usersubmitted = ?', [$userid, $userid]);
        if ($runs) {
            writer::with_context($context)->export_data(
                array_merge($base, [get_string('privacy:path:runs', 'local_digitalstrategy')]),
                (object) ['runs' => array_values(array_map(
                    fn($r) => [
                    'organisation' => $r->name,
                    'startedbyyou' => transform::yesno((int) $r->usercreated === $userid),
                    'timecreated' => transform::datetime($r->timecreated),
                    'submittedbyyou' => transform::yesno((int) $r->usersubmitted === $userid),
                    'timesubmitted' => $r->timesubmitted ? transform::datetime($r->timesubmitted) : '',
                    ],
                    $runs
                ))]
            );
        }
        self::strategy_export($userid, $context, $base);
        self::export_analyses($userid, $context, $base);
        self::export_board($userid, $base);
        self::export_invites($userid, $base);
        self::respond_export($userid, $base);
        self::docaccess_export($userid, $base);
        self::controlling_export($userid, $base);
    }

    /**
     * Deletes every user's personal data in the system context.
     *
     * @param context $context
     */
    public static function delete_data_for_all_users_in_context(context $context) {
        if (!$context instanceof context_system) {
            return;
        }
        self::delete_for_users(null);
    }

    /**
     * Deletes one user's personal data.
     *
     * @param approved_contextlist $contextlist
     */
    public static function delete_data_for_user(approved_contextlist $contextlist) {
        if (self::has_system_context($contextlist)) {
            self::delete_for_users([(int) $contextlist->get_user()->id]);
        }
    }

    /**
     * Deletes the personal data of several users.
     *
     * @param approved_userlist $userlist
     */
    public static function delete_data_for_users(approved_userlist $userlist) {
        if ($userlist->get_context() instanceof context_system && $userlist->get_userids()) {
            self::delete_for_users(array_map('intval', $userlist->get_userids()));
        }
    }

    /**
     * Removes memberships, free-text answers and every link to the users; null means everybody.
     *
     * @param int[]|null $userids
     */
    private static function delete_for_users(?array $userids): void {
        global $DB;
        if ($userids === []) {
            return;
        }
        [$insql, $params] = $userids === null ? ['> 0', []] : $DB->get_in_or_equal($userids);
        $transaction = $DB->start_delegated_transaction();
        // Free texts may say something about the person who wrote them: they go.
        $texts = $DB->get_records_sql('SELECT a.id, a.itemkey, r.instrumentid
                                         FROM {' . self::ANSWERS . '} a
                                         JOIN {' . self::RUNS . '} r ON r.id = a.runid
                                        WHERE a.userid ' . $insql . ' AND a.value IS NOT NULL', $params);
        $instruments = \core\di::get(instrument_repository::class);
        foreach ($texts as $text) {
            $item = $instruments->get((int) $text->instrumentid)->get_item($text->itemkey);
            if ($item && $item['type'] === 'text') {
                $DB->set_field(self::ANSWERS, 'value', null, ['id' => $text->id]);
            }
        }
        $DB->execute('UPDATE {' . self::ANSWERS . '} SET userid = 0 WHERE userid ' . $insql, $params);
        $DB->execute('UPDATE {' . self::RUNS . '} SET usercreated = 0 WHERE usercreated ' . $insql, $params);
        $DB->execute('UPDATE {' . self::RUNS . '} SET usersubmitted = 0 WHERE usersubmitted ' . $insql, $params);
        foreach ([organisation::TABLE, organisation::MEMBER_TABLE, instrument_repository::TABLE] as $table) {
            $DB->execute('UPDATE {' . $table . '} SET usermodified = 0 WHERE usermodified ' . $insql, $params);
        }
        $DB->delete_records_select(organisation::MEMBER_TABLE, 'userid ' . $insql, $params);
        self::strategy_delete($insql, $params);
        self::delete_analyses($insql, $params);
        self::delete_board($insql, $params);
        self::delete_invites($insql, $params);
        self::respond_delete($insql, $params);
        self::docaccess_delete($insql, $params);
        self::controlling_delete($insql, $params);
        $transaction->allow_commit();
    }

    /**
     * Whether the user has any data here.
     *
     * @param int $userid
     * @return bool
     */
    private static function user_has_data(int $userid): bool {
        global $DB;
        return $DB->record_exists(organisation::MEMBER_TABLE, ['userid' => $userid])
            || $DB->record_exists(self::ANSWERS, ['userid' => $userid])
            || $DB->record_exists_select(self::RUNS, 'usercreated = ? OR usersubmitted = ?', [$userid, $userid])
            || $DB->record_exists(organisation::TABLE, ['usermodified' => $userid])
            || $DB->record_exists(organisation::MEMBER_TABLE, ['usermodified' => $userid])
            || $DB->record_exists(instrument_repository::TABLE, ['usermodified' => $userid])
            || self::strategy_user_has_data($userid)
            || self::has_analyses($userid)
            || self::board_user_has_data($userid)
            || self::invite_user_has_data($userid)
            || self::respond_user_has_data($userid)
            || self::docaccess_user_has_data($userid)
            || self::controlling_user_has_data($userid);
    }

    /**
     * Whether the approved contexts include the system context.
     *
     * @param approved_contextlist $contextlist
     * @return bool
     */
    private static function has_system_context(approved_contextlist $contextlist): bool {
        foreach ($contextlist->get_contexts() as $context) {
            if ($context instanceof context_system) {
                return true;
            }
        }
        return false;
    }

    /** @var string[] Tables of the strategy part and the field naming their author. */
    private const STRATEGY_AUTHORS = [
        'local_digitalstrategy_strategy' => 'usermodified',
        'local_digitalstrategy_stratver' => 'useradopted',
        'local_digitalstrategy_goal' => 'usermodified',
        'local_digitalstrategy_field' => 'usermodified',
        'local_digitalstrategy_stratfield' => 'usermodified',
    ];

    /**
     * Describes the strategy tables: the content belongs to the organisation, the author field to a user.
     *
     * @param collection $collection
     */
    private static function strategy_metadata(collection $collection): void {
        $collection->add_database_table('local_digitalstrategy_strategy', [
            'orgid' => 'privacy:metadata:strategy:orgid',
            'vision' => 'privacy:metadata:strategy:vision',
            'guidingvalues' => 'privacy:metadata:strategy:guidingvalues',
            'usermodified' => 'privacy:metadata:usermodified',
            'timemodified' => 'privacy:metadata:strategy:timemodified',
        ], 'privacy:metadata:strategy');
        $collection->add_database_table('local_digitalstrategy_stratver', [
            'document' => 'privacy:metadata:stratver:document',
            'useradopted' => 'privacy:metadata:stratver:useradopted',
            'timeadopted' => 'privacy:metadata:stratver:timeadopted',
        ], 'privacy:metadata:stratver');
        $collection->add_database_table('local_digitalstrategy_goal', [
            'title' => 'privacy:metadata:goal:title',
            'rationale' => 'privacy:metadata:goal:rationale',
            'target' => 'privacy:metadata:goal:target',
            'usermodified' => 'privacy:metadata:usermodified',
            'timemodified' => 'privacy:metadata:strategy:timemodified',
        ], 'privacy:metadata:goal');
        $collection->add_database_table('local_digitalstrategy_field', [
            'name' => 'privacy:metadata:field:name',
            'description' => 'privacy:metadata:field:description',
            'usermodified' => 'privacy:metadata:usermodified',
        ], 'privacy:metadata:field');
        $collection->add_database_table('local_digitalstrategy_stratfield', [
            'steps' => 'privacy:metadata:stratfield:steps',
            'usermodified' => 'privacy:metadata:usermodified',
            'timemodified' => 'privacy:metadata:strategy:timemodified',
        ], 'privacy:metadata:stratfield');
    }

    /**
     * Adds the authors of strategy content to the list.
     *
     * @param userlist $userlist
     */
    private static function strategy_users(userlist $userlist): void {
        foreach (self::STRATEGY_AUTHORS as $table => $field) {
            $userlist->add_from_sql($field, 'SELECT ' . $field . ' FROM {' . $table . '} WHERE ' . $field . ' > 0', []);
        }
    }

    /**
     * Whether the user wrote or adopted strategy content.
     *
     * @param int $userid
     * @return bool
     */
    private static function strategy_user_has_data(int $userid): bool {
        global $DB;
        foreach (self::STRATEGY_AUTHORS as $table => $field) {
            if ($DB->record_exists($table, [$field => $userid])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Exports the strategy content the user changed last, the versions they adopted and the
     * experiment fields they keep, under the system context.
     *
     * @param int $userid
     * @param context $context the system context
     * @param string[] $base path of the plugin's data
     */
    private static function strategy_export(int $userid, context $context, array $base): void {
        global $DB;
        $path = array_merge($base, [get_string('privacy:path:strategy', 'local_digitalstrategy')]);
        $data = [];
        $strategies = $DB->get_records_sql('SELECT s.id, o.name, s.vision, s.guidingvalues, s.timemodified
                                              FROM {local_digitalstrategy_strategy} s
                                              JOIN {' . organisation::TABLE . '} o ON o.id = s.orgid
                                             WHERE s.usermodified = ?', [$userid]);
        foreach ($strategies as $s) {
            $data['strategies'][] = [
                'organisation' => $s->name, 'vision' => $s->vision, 'guidingvalues' => $s->guidingvalues,
                'timemodified' => transform::datetime($s->timemodified),
            ];
        }
        $versions = $DB->get_records_sql('SELECT v.id, o.name, v.versionno, v.timeadopted
                                            FROM {local_digitalstrategy_stratver} v
                                            JOIN {local_digitalstrategy_strategy} s ON s.id = v.strategyid
                                            JOIN {' . organisation::TABLE . '} o ON o.id = s.orgid
                                           WHERE v.useradopted = ?', [$userid]);
        foreach ($versions as $v) {
            $data['adopted'][] = [
                'organisation' => $v->name, 'version' => (int) $v->versionno, 'timeadopted' => transform::datetime($v->timeadopted),
            ];
        }
        $goals = $DB->get_records_sql('SELECT g.id, o.name, g.title, g.rationale, g.target, g.timemodified
                                         FROM {local_digitalstrategy_goal} g
                                         JOIN {local_digitalstrategy_strategy} s ON s.id = g.strategyid
                                         JOIN {' . organisation::TABLE . '} o ON o.id = s.orgid
                                        WHERE g.usermodified = ?', [$userid]);
        foreach ($goals as $g) {
            $data['goals'][] = [
                'organisation' => $g->name, 'title' => $g->title, 'rationale' => $g->rationale, 'target' => $g->target,
                'timemodified' => transform::datetime($g->timemodified),
            ];
        }
        $steps = $DB->get_records_sql('SELECT sf.id, o.name, f.idnumber, f.name AS fieldname, sf.steps, sf.timemodified
                                         FROM {local_digitalstrategy_stratfield} sf
                                         JOIN {local_digitalstrategy_field} f ON f.id = sf.fieldid
                                         JOIN {local_digitalstrategy_strategy} s ON s.id = sf.strategyid
                                         JOIN {' . organisation::TABLE . '} o ON o.id = s.orgid
                                        WHERE sf.usermodified = ?', [$userid]);
        foreach ($steps as $st) {
            $data['steps'][] = [
                'organisation' => $st->name,
                'field' => strategy_field_repository::display_name($st->idnumber, $st->fieldname),
                'steps' => $st->steps, 'timemodified' => transform::datetime($st->timemodified),
            ];
        }
        foreach ($DB->get_records('local_digitalstrategy_field', ['usermodified' => $userid]) as $f) {
            $data['fields'][] = ['name' => $f->name, 'description' => $f->description];
        }
        if ($data) {
            writer::with_context($context)->export_data($path, (object) $data);
        }
    }

    /**
     * Removes the users as authors of strategy content: the content stays with the organisation
     * and is shown as written by a deleted user.
     *
     * @param string $insql the users' condition ("IN (...)", "= ?" or "> 0" for everybody)
     * @param array $params
     */
    private static function strategy_delete(string $insql, array $params): void {
        global $DB;
        foreach (self::STRATEGY_AUTHORS as $table => $field) {
            $DB->execute('UPDATE {' . $table . '} SET ' . $field . ' = 0 WHERE ' . $field . ' ' . $insql, $params);
        }
    }

    // The expert forum: resistance analyses and process-advice notes. They are about the
    // organisation and stay with it; their authors are unlinked (0 = deleted user).

    /**
     * Describes the analyses and notes.
     *
     * @param collection $collection
     */
    private static function analyses_metadata(collection $collection): void {
        $collection->add_database_table(resistance::TABLE, [
            'orgid' => 'privacy:metadata:member:orgid',
            'stakeholder' => 'resistance_privacy_content',
            'signals' => 'resistance_privacy_content',
            'cause' => 'resistance_privacy_content',
            'response' => 'resistance_privacy_content',
            'userid' => 'resistance_privacy_userid',
            'timecreated' => 'resistance_privacy_timecreated',
            'timemodified' => 'resistance_privacy_timemodified',
            'usermodified' => 'resistance_privacy_usermodified',
        ], 'resistance_privacy_resist');
        $collection->add_database_table(resistance::ADVICE_TABLE, [
            'orgid' => 'privacy:metadata:member:orgid',
            'note' => 'resistance_privacy_content',
            'userid' => 'resistance_privacy_userid',
            'timecreated' => 'resistance_privacy_timecreated',
            'usermodified' => 'resistance_privacy_usermodified',
        ], 'resistance_privacy_advice');
    }

    /**
     * Adds the authors of analyses and notes.
     *
     * @param userlist $userlist
     */
    private static function analyses_users(userlist $userlist): void {
        foreach ([resistance::TABLE, resistance::ADVICE_TABLE] as $table) {
            $userlist->add_from_sql('userid', 'SELECT userid FROM {' . $table . '} WHERE userid > 0', []);
            $userlist->add_from_sql('usermodified', 'SELECT usermodified FROM {' . $table . '} WHERE usermodified > 0', []);
        }
    }

    /**
     * Whether the user wrote or changed an analysis or a note.
     *
     * @param int $userid
     * @return bool
     */
    private static function has_analyses(int $userid): bool {
        global $DB;
        foreach ([resistance::TABLE, resistance::ADVICE_TABLE] as $table) {
            if ($DB->record_exists_select($table, 'userid = ? OR usermodified = ?', [$userid, $userid])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Exports the analyses and notes the user wrote or changed last.
     *
     * @param int $userid
     * @param context $context the system context
     * @param string[] $base the plugin's path in the export
     */
    private static function export_analyses(int $userid, context $context, array $base): void {
        global $DB;
        $path = array_merge($base, [get_string('resistance_privacy_path', 'local_digitalstrategy')]);
        $analyses = $DB->get_records_sql('SELECT r.*, o.name AS orgname
                                            FROM {' . resistance::TABLE . '} r
                                            JOIN {' . organisation::TABLE . '} o ON o.id = r.orgid
                                           WHERE r.userid = ? OR r.usermodified = ?
                                        ORDER BY r.id', [$userid, $userid]);
        $notes = $DB->get_records_sql('SELECT a.*, o.name AS orgname
                                         FROM {' . resistance::ADVICE_TABLE . '} a
                                         JOIN {' . organisation::TABLE . '} o ON o.id = a.orgid
                                        WHERE a.userid = ? OR a.usermodified = ?
                                     ORDER BY a.id', [$userid, $userid]);
        if (!$analyses && !$notes) {
            return;
        }
        writer::with_context($context)->export_data($path, (object) [
            'analyses' => array_values(array_map(fn($r) => [
                'organisation' => $r->orgname,
                'stakeholder' => $r->stakeholder,
                'kind' => get_string('resistance_kind_' . $r->kind, 'local_digitalstrategy'),
                'signals' => $r->signals,
                'cause' => $r->cause,
                'intensity' => (int) $r->intensity,
                'response' => $r->response,
                'status' => get_string('resistance_status_' . $r->status, 'local_digitalstrategy'),
                'followup' => $r->followup ? transform::date($r->followup) : '',
                'writtenbyyou' => transform::yesno((int) $r->userid === $userid),
                'changedlastbyyou' => transform::yesno((int) $r->usermodified === $userid),
                'timecreated' => transform::datetime($r->timecreated),
                'timemodified' => transform::datetime($r->timemodified),
            ], $analyses)),
            'advice' => array_values(array_map(fn($a) => [
                'organisation' => $a->orgname,
                'note' => $a->note,
                'timecreated' => transform::datetime($a->timecreated),
            ], $notes)),
        ]);
    }

    /**
     * Unlinks users from the analyses and notes they wrote or changed; the texts stay with the
     * organisation, attributed to "deleted user".
     *
     * @param string $insql "IN (...)" or "> 0" for everybody
     * @param array $params
     */
    private static function delete_analyses(string $insql, array $params): void {
        global $DB;
        foreach ([resistance::TABLE, resistance::ADVICE_TABLE] as $table) {
            $DB->execute('UPDATE {' . $table . '} SET userid = 0 WHERE userid ' . $insql, $params);
            $DB->execute('UPDATE {' . $table . '} SET usermodified = 0 WHERE usermodified ' . $insql, $params);
        }
    }

    // The PDCA board: measures (who changed them last, who owns them) and Ampel ratings (who rated).
    // The measures and ratings belong to the organisation's strategy: deleting a user keeps them and
    // sets the author fields to 0, shown as "deleted user".

    /**
     * Describes the board's personal data.
     *
     * @param collection $collection
     */
    private static function board_metadata(collection $collection): void {
        $collection->add_database_table('local_digitalstrategy_measure', [
            'title' => 'privacy:metadata:measure:title',
            'ownerid' => 'privacy:metadata:measure:ownerid',
            'usermodified' => 'privacy:metadata:usermodified',
            'timemodified' => 'privacy:metadata:measure:timemodified',
        ], 'privacy:metadata:measure');
        $collection->add_database_table('local_digitalstrategy_rating', [
            'measureid' => 'privacy:metadata:rating:measureid',
            'rating' => 'privacy:metadata:rating:rating',
            'ratingcomment' => 'privacy:metadata:rating:ratingcomment',
            'countermeasure' => 'privacy:metadata:rating:countermeasure',
            'userid' => 'privacy:metadata:rating:userid',
            'timecreated' => 'privacy:metadata:rating:timecreated',
        ], 'privacy:metadata:rating');
    }

    /**
     * Adds the users with board data.
     *
     * @param userlist $userlist
     */
    private static function board_users(userlist $userlist): void {
        $userlist->add_from_sql('ownerid', 'SELECT ownerid FROM {local_digitalstrategy_measure} WHERE ownerid > 0', []);
        $userlist->add_from_sql('usermodified', 'SELECT usermodified FROM {local_digitalstrategy_measure}
                                                  WHERE usermodified > 0', []);
        $userlist->add_from_sql('userid', 'SELECT userid FROM {local_digitalstrategy_rating} WHERE userid > 0', []);
    }

    /**
     * Whether the user owns or changed a measure or rated one.
     *
     * @param int $userid
     * @return bool
     */
    private static function board_user_has_data(int $userid): bool {
        global $DB;
        return $DB->record_exists_select('local_digitalstrategy_measure', 'ownerid = ? OR usermodified = ?', [$userid, $userid])
            || $DB->record_exists('local_digitalstrategy_rating', ['userid' => $userid]);
    }

    /**
     * Exports the measures the user owns or changed last and the ratings they gave.
     *
     * @param int $userid
     * @param string[] $base the plugin's path
     */
    private static function export_board(int $userid, array $base): void {
        global $DB;
        $context = context_system::instance();
        $measures = $DB->get_records_select(
            'local_digitalstrategy_measure',
            'ownerid = ? OR usermodified = ?',
            [$userid, $userid],
            'id',
            'id, title, phase, ownerid, usermodified, timemodified'
        );
        if ($measures) {
            writer::with_context($context)->export_data(
                array_merge($base, [get_string('privacy:path:measures', 'local_digitalstrategy')]),
                (object) ['measures' => array_values(array_map(fn($m) => [
                    'title' => $m->title,
                    'phase' => get_string('board_phase_' . $m->phase, 'local_digitalstrategy'),
                    'ownedbyyou' => transform::yesno((int) $m->ownerid === $userid),
                    'changedlastbyyou' => transform::yesno((int) $m->usermodified === $userid),
                    'timemodified' => transform::datetime($m->timemodified),
                ], $measures))]
            );
        }
        $ratings = $DB->get_records_sql(
            'SELECT r.id, m.title, r.criterion, r.previous, r.rating, r.ratingcomment, r.countermeasure, r.timecreated
               FROM {local_digitalstrategy_rating} r
               JOIN {local_digitalstrategy_measure} m ON m.id = r.measureid
              WHERE r.userid = ?
           ORDER BY r.id',
            [$userid]
        );
        if ($ratings) {
            writer::with_context($context)->export_data(
                array_merge($base, [get_string('privacy:path:ratings', 'local_digitalstrategy')]),
                (object) ['ratings' => array_values(array_map(fn($r) => [
                    'measure' => $r->title,
                    'criterion' => get_string('ampel_criterion_' . $r->criterion, 'local_digitalstrategy'),
                    'previous' => $r->previous,
                    'rating' => $r->rating,
                    'comment' => (string) $r->ratingcomment,
                    'countermeasure' => (string) $r->countermeasure,
                    'timecreated' => transform::datetime($r->timecreated),
                ], $ratings))]
            );
        }
    }

    /**
     * Unlinks the users from measures and ratings; the measures and ratings stay with the strategy.
     *
     * @param string $insql the users, as SQL after the column
     * @param array $params its parameters
     */
    private static function delete_board(string $insql, array $params): void {
        global $DB;
        $DB->execute('UPDATE {local_digitalstrategy_measure} SET ownerid = 0 WHERE ownerid ' . $insql, $params);
        $DB->execute('UPDATE {local_digitalstrategy_measure} SET usermodified = 0 WHERE usermodified ' . $insql, $params);
        $DB->execute('UPDATE {local_digitalstrategy_rating} SET userid = 0 WHERE userid ' . $insql, $params);
    }

    // Survey campaigns: who was invited (a person's own invitation in per-person campaigns, with the
    // address it went to), the invitation log (who sent a reminder or revoked), and who changed a
    // campaign last. Deleting a user keeps the invitation for the participation figures but removes
    // the user and the address from it; the answers themselves are never linked to an invitation.

    /**
     * Describes the campaigns' personal data.
     *
     * @param collection $collection
     */
    private static function invite_metadata(collection $collection): void {
        $collection->add_database_table('local_digitalstrategy_invite', [
            'userid' => 'privacy:metadata:invite:userid',
            'email' => 'privacy:metadata:invite:email',
            'status' => 'privacy:metadata:invite:status',
            'responded' => 'privacy:metadata:invite:responded',
            'timeinvited' => 'privacy:metadata:invite:timeinvited',
        ], 'privacy:metadata:invite');
        $collection->add_database_table('local_digitalstrategy_invlog', [
            'userid' => 'privacy:metadata:invlog:userid',
            'action' => 'privacy:metadata:invlog:action',
            'timecreated' => 'privacy:metadata:invlog:timecreated',
        ], 'privacy:metadata:invlog');
        $collection->add_database_table('local_digitalstrategy_campaign', [
            'usermodified' => 'privacy:metadata:usermodified',
        ], 'privacy:metadata:campaign');
    }

    /**
     * Adds the users with campaign data.
     *
     * @param userlist $userlist
     */
    private static function invite_users(userlist $userlist): void {
        $userlist->add_from_sql('userid', 'SELECT userid FROM {local_digitalstrategy_invite} WHERE userid > 0', []);
        $userlist->add_from_sql('userid', 'SELECT userid FROM {local_digitalstrategy_invlog} WHERE userid > 0', []);
        $userlist->add_from_sql('usermodified', 'SELECT usermodified FROM {local_digitalstrategy_campaign}
                                                  WHERE usermodified > 0', []);
    }

    /**
     * Whether the user was invited personally, acted in an invitation log or changed a campaign.
     *
     * @param int $userid
     * @return bool
     */
    private static function invite_user_has_data(int $userid): bool {
        global $DB;
        return $DB->record_exists('local_digitalstrategy_invite', ['userid' => $userid])
            || $DB->record_exists('local_digitalstrategy_invlog', ['userid' => $userid])
            || $DB->record_exists('local_digitalstrategy_campaign', ['usermodified' => $userid]);
    }

    /**
     * Exports the user's own invitations (campaign, address, status, whether answered).
     *
     * @param int $userid
     * @param string[] $base the plugin's path
     */
    private static function export_invites(int $userid, array $base): void {
        global $DB;
        $invites = $DB->get_records_sql(
            'SELECT i.id, c.name, i.email, i.status, i.responded, i.reminders, i.timeinvited
               FROM {local_digitalstrategy_invite} i
               JOIN {local_digitalstrategy_campaign} c ON c.id = i.campaignid
              WHERE i.userid = ?
           ORDER BY i.id',
            [$userid]
        );
        if ($invites) {
            writer::with_context(context_system::instance())->export_data(
                array_merge($base, [get_string('privacy:path:invites', 'local_digitalstrategy')]),
                (object) ['invitations' => array_values(array_map(fn($i) => [
                    'campaign' => $i->name,
                    'email' => $i->email,
                    'status' => get_string('invite_status_' . $i->status, 'local_digitalstrategy'),
                    'responded' => transform::yesno((int) $i->responded),
                    'reminders' => (int) $i->reminders,
                    'timeinvited' => $i->timeinvited ? transform::datetime($i->timeinvited) : '',
                ], $invites))]
            );
        }
    }

    /**
     * Unlinks the users from invitations (and their addresses), the log and the campaigns.
     *
     * @param string $insql the users, as SQL after the column
     * @param array $params its parameters
     */
    private static function delete_invites(string $insql, array $params): void {
        global $DB;
        $DB->execute(
            "UPDATE {local_digitalstrategy_invite} SET userid = 0, email = '', tokenhash = '' WHERE userid " . $insql,
            $params
        );
        $DB->execute('UPDATE {local_digitalstrategy_invlog} SET userid = 0 WHERE userid ' . $insql, $params);
        $DB->execute('UPDATE {local_digitalstrategy_campaign} SET usermodified = 0 WHERE usermodified ' . $insql, $params);
    }

    // Answering campaigns: responses of identified campaigns carry the user who answered (anonymous
    // campaigns store none), drafts the user who saved an answer last. Deleting a user unlinks
    // both and removes the free texts they wrote; the numeric answers stay in the results.

    /**
     * Describes the personal data of answering campaigns.
     *
     * @param collection $collection
     */
    private static function respond_metadata(collection $collection): void {
        $collection->add_database_table('local_digitalstrategy_response', [
            'campaignid' => 'respond_privacy_campaignid',
            'userid' => 'respond_privacy_userid',
            'timesubmitted' => 'respond_privacy_timesubmitted',
        ], 'respond_privacy_response');
        $collection->add_database_table('local_digitalstrategy_respval', [
            'itemkey' => 'respond_privacy_itemkey',
            'value' => 'respond_privacy_value',
        ], 'respond_privacy_respval');
        $collection->add_database_table('local_digitalstrategy_draft', [
            'itemkey' => 'respond_privacy_itemkey',
            'value' => 'respond_privacy_value',
            'userid' => 'respond_privacy_userid',
            'timemodified' => 'respond_privacy_timemodified',
        ], 'respond_privacy_draft');
    }

    /**
     * Adds the users with identified responses or drafts.
     *
     * @param userlist $userlist
     */
    private static function respond_users(userlist $userlist): void {
        $userlist->add_from_sql('userid', 'SELECT userid FROM {local_digitalstrategy_response} WHERE userid > 0', []);
        $userlist->add_from_sql('userid', 'SELECT userid FROM {local_digitalstrategy_draft} WHERE userid > 0', []);
    }

    /**
     * Whether the user has an identified response or saved a draft answer.
     *
     * @param int $userid
     * @return bool
     */
    private static function respond_user_has_data(int $userid): bool {
        global $DB;
        return $DB->record_exists('local_digitalstrategy_response', ['userid' => $userid])
            || $DB->record_exists('local_digitalstrategy_draft', ['userid' => $userid]);
    }

    /**
     * Exports the user's identified responses with their answers, and the draft answers they saved.
     *
     * @param int $userid
     * @param string[] $base the plugin's path
     */
    private static function respond_export(int $userid, array $base): void {
        global $DB;
        $context = context_system::instance();
        $path = array_merge($base, [get_string('respond_privacy_path', 'local_digitalstrategy')]);
        $responses = $DB->get_records_sql(
            'SELECT r.id, r.timesubmitted, c.name
               FROM {local_digitalstrategy_response} r
               JOIN {local_digitalstrategy_campaign} c ON c.id = r.campaignid
              WHERE r.userid = ?
           ORDER BY r.id',
            [$userid]
        );
        foreach ($responses as $response) {
            $values = $DB->get_records_menu(
                'local_digitalstrategy_respval',
                ['responseid' => $response->id],
                'id',
                'itemkey, value'
            );
            writer::with_context($context)->export_data(array_merge($path, [(string) $response->id]), (object) [
                'campaign' => $response->name,
                'timesubmitted' => $response->timesubmitted ? transform::datetime($response->timesubmitted) : '',
                'answers' => $values,
            ]);
        }
        $drafts = $DB->get_records_sql(
            'SELECT d.id, d.itemkey, d.value, d.timemodified, c.name
               FROM {local_digitalstrategy_draft} d
               JOIN {local_digitalstrategy_invite} i ON i.id = d.inviteid
               JOIN {local_digitalstrategy_campaign} c ON c.id = i.campaignid
              WHERE d.userid = ?
           ORDER BY d.id',
            [$userid]
        );
        if ($drafts) {
            writer::with_context($context)->export_data(
                array_merge($path, [get_string('respond_privacy_draft', 'local_digitalstrategy')]),
                (object) ['drafts' => array_values(array_map(fn($d) => [
                    'campaign' => $d->name,
                    'question' => $d->itemkey,
                    'answer' => $d->value,
                    'timemodified' => transform::datetime($d->timemodified),
                ], $drafts))]
            );
        }
    }

    /**
     * Unlinks the users from responses and drafts and removes the free texts of their identified responses.
     *
     * @param string $insql the users, as SQL after the column
     * @param array $params its parameters
     */
    private static function respond_delete(string $insql, array $params): void {
        global $DB;
        $texts = $DB->get_records_sql(
            'SELECT v.id, v.itemkey, c.instrumentid
               FROM {local_digitalstrategy_respval} v
               JOIN {local_digitalstrategy_response} r ON r.id = v.responseid
               JOIN {local_digitalstrategy_campaign} c ON c.id = r.campaignid
              WHERE r.userid ' . $insql . ' AND v.value IS NOT NULL',
            $params
        );
        $instruments = \core\di::get(instrument_repository::class);
        foreach ($texts as $text) {
            $item = $instruments->get((int) $text->instrumentid)->get_item($text->itemkey);
            if ($item && $item['type'] === 'text') {
                $DB->set_field('local_digitalstrategy_respval', 'value', null, ['id' => $text->id]);
            }
        }
        $DB->execute('UPDATE {local_digitalstrategy_response} SET userid = 0 WHERE userid ' . $insql, $params);
        $DB->execute('UPDATE {local_digitalstrategy_draft} SET userid = 0 WHERE userid ' . $insql, $params);
    }

    /**
     * Describes the document-access statistics and the active users per month.
     *
     * @param collection $collection
     */
    private static function docaccess_metadata(collection $collection): void {
        $collection->add_database_table('local_digitalstrategy_docaccess', [
            'period' => 'privacy:metadata:docaccess:period',
            'userid' => 'privacy:metadata:docaccess:userid',
            'orgid' => 'privacy:metadata:docaccess:orgid',
            'cmid' => 'privacy:metadata:docaccess:cmid',
            'views' => 'privacy:metadata:docaccess:views',
            'downloads' => 'privacy:metadata:docaccess:downloads',
            'timefirst' => 'privacy:metadata:docaccess:timefirst',
            'timelast' => 'privacy:metadata:docaccess:timelast',
        ], 'privacy:metadata:docaccess');
        $collection->add_database_table('local_digitalstrategy_activeuser', [
            'month' => 'privacy:metadata:activeuser:month',
            'userid' => 'privacy:metadata:activeuser:userid',
            'orgid' => 'privacy:metadata:activeuser:orgid',
        ], 'privacy:metadata:activeuser');
    }

    /**
     * Adds the users counted in the document-access statistics or as active users.
     *
     * @param userlist $userlist
     */
    private static function docaccess_users(userlist $userlist): void {
        $userlist->add_from_sql('userid', 'SELECT userid FROM {local_digitalstrategy_docaccess}', []);
        $userlist->add_from_sql('userid', 'SELECT userid FROM {local_digitalstrategy_activeuser}', []);
    }

    /**
     * Whether the user is counted in the document-access statistics or as an active user.
     *
     * @param int $userid
     * @return bool
     */
    private static function docaccess_user_has_data(int $userid): bool {
        global $DB;
        return $DB->record_exists('local_digitalstrategy_docaccess', ['userid' => $userid])
            || $DB->record_exists('local_digitalstrategy_activeuser', ['userid' => $userid]);
    }

    /**
     * Exports the user's counted document access (per half-year and course module) and active months.
     *
     * @param int $userid
     * @param string[] $base the plugin's path
     */
    private static function docaccess_export(int $userid, array $base): void {
        global $DB;
        $access = $DB->get_records('local_digitalstrategy_docaccess', ['userid' => $userid], 'period, cmid');
        $months = $DB->get_fieldset_select('local_digitalstrategy_activeuser', 'month', 'userid = ? ORDER BY month', [$userid]);
        if (!$access && !$months) {
            return;
        }
        writer::with_context(context_system::instance())->export_data(
            array_merge($base, [get_string('docaccess_title', 'local_digitalstrategy')]),
            (object) [
                'access' => array_values(array_map(fn($a) => [
                    'period' => (int) $a->period,
                    'courseid' => (int) $a->courseid,
                    'cmid' => (int) $a->cmid,
                    'type' => $a->modname,
                    'views' => (int) $a->views,
                    'downloads' => (int) $a->downloads,
                    'timefirst' => transform::datetime($a->timefirst),
                    'timelast' => transform::datetime($a->timelast),
                ], $access)),
                'activemonths' => array_map('intval', array_values($months)),
            ]
        );
    }

    /**
     * Removes the users from the document-access statistics and the active users (the totals shrink
     * by what they contributed).
     *
     * @param string $insql the users, as SQL after the column
     * @param array $params its parameters
     */
    private static function docaccess_delete(string $insql, array $params): void {
        global $DB;
        $DB->delete_records_select('local_digitalstrategy_docaccess', 'userid ' . $insql, $params);
        $DB->delete_records_select('local_digitalstrategy_activeuser', 'userid ' . $insql, $params);
        \core\di::get(\local_digitalstrategy\local\controlling\docaccess_repository::class)->invalidate();
    }

    // Project controlling: manual indicator values (who entered them, with comment and evidence
    // files), process Ampel ratings (who rated, with note) and who changed an indicator of the
    // catalogue last. The values and ratings are the programme's figures reported to its funder:
    // deleting a user keeps them and removes the link to the person (user 0, shown as "deleted
    // user"), also from the evidence files' uploader and author fields.

    /** @var string[] Tables of project controlling and the field naming the person. */
    private const CONTROLLING_AUTHORS = [
        'local_digitalstrategy_indvalue' => 'userid',
        'local_digitalstrategy_procrating' => 'userid',
        'local_digitalstrategy_indicator' => 'usermodified',
    ];

    /**
     * Describes the personal data of project controlling.
     *
     * @param collection $collection
     */
    private static function controlling_metadata(collection $collection): void {
        $collection->add_database_table('local_digitalstrategy_indvalue', [
            'indicatorid' => 'privacy:metadata:manualvalue:indicatorid',
            'period' => 'privacy:metadata:manualvalue:period',
            'value' => 'privacy:metadata:manualvalue:value',
            'comment' => 'privacy:metadata:manualvalue:comment',
            'userid' => 'privacy:metadata:manualvalue:userid',
            'timecreated' => 'privacy:metadata:manualvalue:timecreated',
        ], 'privacy:metadata:manualvalue');
        $collection->add_database_table('local_digitalstrategy_procrating', [
            'process' => 'privacy:metadata:process:process',
            'period' => 'privacy:metadata:manualvalue:period',
            'quality' => 'privacy:metadata:process:criteria',
            'cost' => 'privacy:metadata:process:criteria',
            'staff' => 'privacy:metadata:process:criteria',
            'timeliness' => 'privacy:metadata:process:criteria',
            'note' => 'privacy:metadata:process:note',
            'userid' => 'privacy:metadata:process:userid',
            'timecreated' => 'privacy:metadata:process:timecreated',
        ], 'privacy:metadata:process');
        $collection->add_database_table('local_digitalstrategy_indicator', [
            'usermodified' => 'privacy:metadata:usermodified',
            'timemodified' => 'privacy:metadata:indicatoredit:timemodified',
        ], 'privacy:metadata:indicatoredit');
        $collection->add_subsystem_link('core_files', [], 'privacy:metadata:manualvalue:evidence');
    }

    /**
     * Adds the users who entered values, rated processes or changed indicators.
     *
     * @param userlist $userlist
     */
    private static function controlling_users(userlist $userlist): void {
        foreach (self::CONTROLLING_AUTHORS as $table => $field) {
            $userlist->add_from_sql($field, 'SELECT ' . $field . ' FROM {' . $table . '} WHERE ' . $field . ' > 0', []);
        }
    }

    /**
     * Whether the user entered a value, rated a process or changed an indicator.
     *
     * @param int $userid
     * @return bool
     */
    private static function controlling_user_has_data(int $userid): bool {
        global $DB;
        foreach (self::CONTROLLING_AUTHORS as $table => $field) {
            if ($DB->record_exists($table, [$field => $userid])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Exports the values the user entered (each with its evidence files), the process ratings they
     * gave and the indicators they changed last.
     *
     * @param int $userid
     * @param string[] $base the plugin's path
     */
    private static function controlling_export(int $userid, array $base): void {
        global $DB;
        $context = context_system::instance();
        $c = 'local_digitalstrategy';
        $programme = \core\di::get(\local_digitalstrategy\local\controlling\programme::class);
        $period = fn(int $index): string => $programme->has_period($index) ? $programme->period($index)->label() : (string) $index;
        $values = $DB->get_records_sql(
            'SELECT v.id, v.period, v.value, v.comment, v.timecreated, i.idnumber, i.name
               FROM {local_digitalstrategy_indvalue} v
               JOIN {local_digitalstrategy_indicator} i ON i.id = v.indicatorid
              WHERE v.userid = ?
           ORDER BY v.id',
            [$userid]
        );
        $path = array_merge($base, [get_string('privacy:path:manualvalues', $c)]);
        foreach ($values as $value) {
            $subcontext = array_merge($path, [(string) $value->id]);
            $indicator = \local_digitalstrategy\local\controlling\indicator::from_record((object) [
                'id' => 0, 'idnumber' => $value->idnumber, 'name' => $value->name, 'unit' => 'count', 'direction' => 'atleast',
                'source' => 'manual', 'config' => null, 'tolerance' => 0, 'sortorder' => 0, 'shipped' => 1,
            ]);
            writer::with_context($context)->export_data($subcontext, (object) [
                'indicator' => $indicator->display_name(),
                'period' => $period((int) $value->period),
                'value' => (float) $value->value,
                'comment' => (string) $value->comment,
                'timecreated' => transform::datetime($value->timecreated),
            ]);
            writer::with_context($context)->export_area_files($subcontext, $c, 'evidence', (int) $value->id);
        }
        $ratings = $DB->get_records('local_digitalstrategy_procrating', ['userid' => $userid], 'id');
        if ($ratings) {
            writer::with_context($context)->export_data(
                array_merge($base, [get_string('privacy:path:processratings', $c)]),
                (object) ['ratings' => array_values(array_map(function ($r) use ($period, $c) {
                    $row = [
                        'process' => get_string('process_name_' . $r->process, $c),
                        'period' => $period((int) $r->period),
                    ];
                    foreach (\local_digitalstrategy\local\controlling\process_rating::CRITERIA as $criterion) {
                        $row[$criterion] = get_string('ampel_rating_' . ($r->$criterion === '' ? 'none' : $r->$criterion), $c);
                    }
                    return $row + ['note' => (string) $r->note, 'timecreated' => transform::datetime($r->timecreated)];
                }, $ratings))]
            );
        }
        $indicators = $DB->get_records('local_digitalstrategy_indicator', ['usermodified' => $userid], 'id');
        if ($indicators) {
            writer::with_context($context)->export_data(
                array_merge($base, [get_string('privacy:path:indicators', $c)]),
                (object) ['indicators' => array_values(array_map(fn($i) => [
                    'indicator' => \local_digitalstrategy\local\controlling\indicator::from_record($i)->display_name(),
                    'timemodified' => transform::datetime($i->timemodified),
                ], $indicators))]
            );
        }
    }

    /**
     * Unlinks the users from values, evidence files, ratings and indicators; the figures stay.
     *
     * @param string $insql the users, as SQL after the column
     * @param array $params its parameters
     */
    private static function controlling_delete(string $insql, array $params): void {
        global $DB;
        foreach (self::CONTROLLING_AUTHORS as $table => $field) {
            $DB->execute('UPDATE {' . $table . '} SET ' . $field . ' = 0 WHERE ' . $field . ' ' . $insql, $params);
        }
        $DB->execute(
            "UPDATE {files} SET userid = NULL, author = NULL
              WHERE component = 'local_digitalstrategy' AND filearea = 'evidence' AND userid " . $insql,
            $params
        );
    }
}
