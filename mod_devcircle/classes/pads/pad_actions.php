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

namespace mod_devcircle\pads;

use core\output\notification;
use mod_devcircle\instance;
use mod_devcircle\instance_repository;
use mod_devcircle\local\etherpad\etherpad_exception;
use moodle_url;

/**
 * The changes to a circle's pads that its pages post as forms (padaction.php): start a pad from
 * a method template, delete a method pad (and undo that), take a snapshot, put a snapshot back.
 *
 * Deleting a method pad takes a last snapshot (when Etherpad answers) and keeps the pad with its
 * snapshots in Moodle. Undoing the deletion lists the pad again under its name; Etherpad gets it
 * back with the text of its last snapshot when it is next opened. The message after a deletion
 * offers the undo ({@see run()} answers the pad's id in "undo").
 *
 * Forms with the session key are the one way to make these changes (they work without
 * JavaScript); there are no web services for them. Each action checks its capability and
 * answers where to go next with a message. A problem with Etherpad becomes a plain-language
 * message, never an error page; the snapshots kept in Moodle stay.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pad_actions {
    /** @var string start a pad from a method template (cmid, template, lang, name) */
    public const CREATE = 'create';
    /** @var string delete a method pad (padid) */
    public const DELETE = 'delete';
    /** @var string undo the deletion of a method pad (padid) */
    public const UNDELETE = 'undelete';
    /** @var string take a snapshot now (padid) */
    public const SNAPSHOT = 'snapshot';
    /** @var string put a snapshot back into its pad (snapshotid) */
    public const RESTORE = 'restore';

    /**
     * Creates the handler.
     *
     * @param pad_service $service the pads
     * @param snapshotter $snapshotter takes and restores snapshots
     * @param pad_repository $pads loads pads
     * @param snapshot_repository $snapshots loads snapshots
     * @param instance_repository $instances loads circles
     */
    public function __construct(
        /** @var pad_service the pads */
        private readonly pad_service $service,
        /** @var snapshotter takes and restores snapshots */
        private readonly snapshotter $snapshotter,
        /** @var pad_repository loads pads */
        private readonly pad_repository $pads,
        /** @var snapshot_repository loads snapshots */
        private readonly snapshot_repository $snapshots,
        /** @var instance_repository loads circles */
        private readonly instance_repository $instances,
    ) {
    }

    /**
     * The circle an action is about, so that the page can check the login before anything changes.
     *
     * @param string $action one of the constants
     * @param array $params cmid for CREATE, padid for DELETE, UNDELETE and SNAPSHOT, snapshotid for RESTORE
     * @return instance
     * @throws \moodle_exception when the action or what it names does not exist
     */
    public function circle_of(string $action, array $params): instance {
        $instance = match ($action) {
            self::CREATE => $this->instances->get_by_cmid((int) ($params['cmid'] ?? 0)),
            self::DELETE, self::SNAPSHOT, self::UNDELETE => $this->instances->get_by_padid((int) ($params['padid'] ?? 0)),
            self::RESTORE => $this->instances->get_by_padid(
                (int) ($this->snapshots->get((int) ($params['snapshotid'] ?? 0))?->get_pad_id() ?? 0)
            ),
            default => throw new \moodle_exception('invalidrequest'),
        };
        if ($instance === null) {
            throw new \moodle_exception(
                $action === self::CREATE ? 'invalidcoursemodule' : 'padnotfound',
                $action === self::CREATE ? 'error' : 'mod_devcircle'
            );
        }
        return $instance;
    }

    /**
     * Carries out an action for a user.
     *
     * @param instance $instance the circle ({@see circle_of()})
     * @param string $action one of the constants
     * @param array $params the action's parameters, see {@see circle_of()}; template, lang, name for CREATE
     * @param int $userid who asks
     * @return array{url: moodle_url, message: string, type: string, undo: int} where to go next, what to
     *     say, and the id of a pad whose deletion the message offers to undo (0 for none)
     * @throws \required_capability_exception when the user may not do it
     */
    public function run(instance $instance, string $action, array $params, int $userid): array {
        $context = $instance->get_context();
        require_capability('mod/devcircle:view', $context, $userid);
        $pad = null;
        try {
            switch ($action) {
                case self::CREATE:
                    require_capability('mod/devcircle:managepads', $context, $userid);
                    $pad = $this->service->create_method_pad(
                        $instance->get_instance_id(),
                        (string) ($params['template'] ?? ''),
                        (string) ($params['lang'] ?? ''),
                        (string) ($params['name'] ?? ''),
                        $userid
                    );
                    return self::go(self::pad_url($pad), '', '');
                case self::DELETE:
                    require_capability('mod/devcircle:managepads', $context, $userid);
                    $pad = $this->pad_of($instance, (int) ($params['padid'] ?? 0));
                    if ($pad->get_kind() !== pad::KIND_METHOD) {
                        throw new \moodle_exception('padcannotdelete', 'mod_devcircle');
                    }
                    try {
                        // The last text, for the undo.
                        $this->snapshotter->snapshot($pad, pad_snapshot::REASON_DELETE, $userid);
                    } catch (etherpad_exception $e) {
                        // Etherpad is not reachable: the undo brings back the last snapshot taken before.
                        unset($e);
                    }
                    $this->service->delete_pad($pad);
                    // Notifications show their message as HTML: the name goes in as Moodle formats it.
                    $name = format_string($pad->get_name(), true, ['context' => $context]);
                    return ['undo' => $pad->get_id()] + self::go(
                        $instance->get_view_url(),
                        get_string('paddeleted', 'mod_devcircle', $name),
                        notification::NOTIFY_SUCCESS
                    );
                case self::UNDELETE:
                    require_capability('mod/devcircle:managepads', $context, $userid);
                    $pad = $this->pads->get_deleted((int) ($params['padid'] ?? 0));
                    if ($pad === null || $pad->get_circle_id() !== $instance->get_instance_id()) {
                        throw new \moodle_exception('padnotfound', 'mod_devcircle');
                    }
                    $pad = $this->service->undelete_pad($pad);
                    $name = format_string($pad->get_name(), true, ['context' => $context]);
                    return self::go(
                        self::pad_url($pad),
                        get_string('padundeleted', 'mod_devcircle', $name),
                        notification::NOTIFY_SUCCESS
                    );
                case self::SNAPSHOT:
                    require_capability('mod/devcircle:managepads', $context, $userid);
                    $pad = $this->pad_of($instance, (int) ($params['padid'] ?? 0));
                    $taken = $this->snapshotter->snapshot($pad, pad_snapshot::REASON_MANUAL, $userid);
                    return self::go(
                        self::history_url($pad),
                        get_string($taken ? 'padsnapshottaken' : 'padsnapshotunchanged', 'mod_devcircle'),
                        $taken ? notification::NOTIFY_SUCCESS : notification::NOTIFY_INFO
                    );
                case self::RESTORE:
                    require_capability('mod/devcircle:restoresnapshot', $context, $userid);
                    $snapshot = $this->snapshots->get((int) ($params['snapshotid'] ?? 0));
                    $pad = $snapshot ? $this->pad_of($instance, $snapshot->get_pad_id()) : null;
                    if (!$snapshot || !$pad) {
                        throw new \moodle_exception('padnotfound', 'mod_devcircle');
                    }
                    $this->snapshotter->restore($snapshot, $userid);
                    return self::go(self::pad_url($pad), get_string(
                        'padsnapshotrestored',
                        'mod_devcircle',
                        userdate($snapshot->get_time_created(), get_string('strftimedatetime', 'langconfig'))
                    ), notification::NOTIFY_SUCCESS);
                default:
                    throw new \moodle_exception('invalidrequest');
            }
        } catch (etherpad_exception $e) {
            $back = $pad ? self::history_url($pad) : $instance->get_view_url();
            return self::go($back, get_string($e->errorcode, 'mod_devcircle', $e->a), notification::NOTIFY_ERROR);
        }
    }

    /**
     * A pad of the circle.
     *
     * @param instance $instance the circle
     * @param int $padid the pad
     * @return pad
     * @throws \moodle_exception padnotfound when it is not a pad of this circle
     */
    private function pad_of(instance $instance, int $padid): pad {
        $pad = $this->pads->get($padid);
        if ($pad === null || $pad->get_circle_id() !== $instance->get_instance_id()) {
            throw new \moodle_exception('padnotfound', 'mod_devcircle');
        }
        return $pad;
    }

    /**
     * The page of a pad.
     *
     * @param pad $pad the pad
     * @return moodle_url
     */
    public static function pad_url(pad $pad): moodle_url {
        return new moodle_url('/mod/devcircle/pad.php', ['id' => $pad->get_id()]);
    }

    /**
     * The history of a pad.
     *
     * @param pad $pad the pad
     * @return moodle_url
     */
    public static function history_url(pad $pad): moodle_url {
        return new moodle_url('/mod/devcircle/padhistory.php', ['id' => $pad->get_id()]);
    }

    /**
     * Where to go next.
     *
     * @param moodle_url $url the page
     * @param string $message what to tell the user, '' for nothing
     * @param string $type a notification type, '' for none
     * @return array{url: moodle_url, message: string, type: string, undo: int}
     */
    private static function go(moodle_url $url, string $message, string $type): array {
        return ['url' => $url, 'message' => $message, 'type' => $type, 'undo' => 0];
    }
}
