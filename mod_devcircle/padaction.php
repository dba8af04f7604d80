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
 * page and the history: create a method pad, delete a pad (and undo that), take a snapshot,
 * restore a snapshot.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

use mod_devcircle\pads\pad_actions;

require(__DIR__ . '/../../config.php');

$action = required_param('action', PARAM_ALPHA);
// Changes come as forms; only the undo of a deletion is a link (in the message after the
// deletion, where Moodle allows no forms). Every change needs the session key.
if ($_SERVER['REQUEST_METHOD'] !== 'POST' && $action !== pad_actions::UNDELETE) {
    throw new moodle_exception('invalidrequest');
}
$params = [
    'cmid' => optional_param('cmid', 0, PARAM_INT),
    'padid' => optional_param('padid', 0, PARAM_INT),
    'snapshotid' => optional_param('snapshotid', 0, PARAM_INT),
    'template' => optional_param('template', '', PARAM_ALPHA),
    'lang' => optional_param('lang', '', PARAM_ALPHA),
    'name' => optional_param('name', '', PARAM_TEXT),
];

$actions = \core\di::get(pad_actions::class);
$instance = $actions->circle_of($action, $params);
require_login($instance->get_course(), false, $instance->get_cm());
require_sesskey();
$next = $actions->run($instance, $action, $params, (int) $USER->id);
$message = $next['message'];
if ($next['undo'] > 0) {
    // The message after a deletion offers to undo it.
    $message = $OUTPUT->render_from_template('mod_devcircle/pad_deleted', [
        'message' => $message,
        'undourl' => (new moodle_url('/mod/devcircle/padaction.php', [
            'action' => pad_actions::UNDELETE,
            'padid' => $next['undo'],
            'sesskey' => sesskey(),
        ]))->out(false),
    ]);
}
redirect($next['url'], $message !== '' ? $message : null, null, $next['type'] !== '' ? $next['type'] : null);
