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

/**
 * Changes to the pads of a development circle, posted by the forms of the circle page, the pad
 * page and the history: create a method pad, delete a pad, take a snapshot, restore a snapshot.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

use core\output\notification;
use mod_devcircle\local\etherpad\etherpad_exception;
use mod_devcircle\local\pads\pad_service;
use mod_devcircle\local\pads\snapshotter;
use mod_devcircle\pad;
use mod_devcircle\pad_snapshot;

require(__DIR__ . '/../../config.php');

$action = required_param('action', PARAM_ALPHA);
if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    throw new moodle_exception('invalidrequest');
}

$service = pad_service::from_config();
switch ($action) {
    case 'create':
        [$course, $cm] = get_course_and_cm_from_cmid(required_param('cmid', PARAM_INT), 'devcircle');
        $pad = null;
        break;
    case 'delete':
    case 'snapshot':
        $pad = pad::get_by_id(required_param('padid', PARAM_INT));
        [$course, $cm] = get_course_and_cm_from_cmid($pad->get_cmid(), 'devcircle');
        break;
    case 'restore':
        $snapshot = pad_snapshot::get_by_id(required_param('snapshotid', PARAM_INT));
        $pad = pad::get_by_id($snapshot->get_pad_id());
        [$course, $cm] = get_course_and_cm_from_cmid($pad->get_cmid(), 'devcircle');
        break;
    default:
        throw new moodle_exception('invalidrequest');
}

require_login($course, false, $cm);
require_sesskey();
$context = context_module::instance($cm->id);
require_capability('mod/devcircle:view', $context);

$viewurl = new moodle_url('/mod/devcircle/view.php', ['id' => $cm->id]);
try {
    switch ($action) {
        case 'create':
            require_capability('mod/devcircle:managepads', $context);
            $pad = $service->create_method_pad(
                (int) $cm->instance,
                required_param('template', PARAM_ALPHA),
                required_param('lang', PARAM_ALPHA),
                optional_param('name', '', PARAM_TEXT),
                (int) $USER->id
            );
            redirect(new moodle_url('/mod/devcircle/pad.php', ['id' => $pad->get_id()]));
            break;
        case 'delete':
            require_capability('mod/devcircle:managepads', $context);
            if ($pad->get_kind() !== pad::KIND_METHOD) {
                throw new moodle_exception('padcannotdelete', 'mod_devcircle');
            }
            $name = format_string($pad->get_name(), true, ['context' => $context]);
            $service->delete_pad($pad);
            redirect($viewurl, get_string('paddeleted', 'mod_devcircle', $name), null, notification::NOTIFY_SUCCESS);
            break;
        case 'snapshot':
            require_capability('mod/devcircle:managepads', $context);
            $taken = (new snapshotter($service))->snapshot($pad, pad_snapshot::REASON_MANUAL, (int) $USER->id);
            redirect(
                new moodle_url('/mod/devcircle/padhistory.php', ['id' => $pad->get_id()]),
                get_string($taken ? 'padsnapshottaken' : 'padsnapshotunchanged', 'mod_devcircle'),
                null,
                $taken ? notification::NOTIFY_SUCCESS : notification::NOTIFY_INFO
            );
            break;
        case 'restore':
            require_capability('mod/devcircle:restoresnapshot', $context);
            (new snapshotter($service))->restore($snapshot, (int) $USER->id);
            redirect(
                new moodle_url('/mod/devcircle/pad.php', ['id' => $pad->get_id()]),
                get_string(
                    'padsnapshotrestored',
                    'mod_devcircle',
                    userdate($snapshot->get_time_created(), get_string('strftimedatetime', 'langconfig'))
                ),
                null,
                notification::NOTIFY_SUCCESS
            );
            break;
    }
} catch (etherpad_exception $e) {
    $back = $pad ? new moodle_url('/mod/devcircle/padhistory.php', ['id' => $pad->get_id()]) : $viewurl;
    redirect($back, get_string($e->errorcode, 'mod_devcircle', $e->a), null, notification::NOTIFY_ERROR);
}
