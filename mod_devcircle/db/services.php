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
 * Web services of mod_devcircle.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$functions = [
    // Webinars (BigBlueButton).
    'mod_devcircle_get_sessions_status' => [
        'classname' => \mod_devcircle\external\get_sessions_status::class,
        'description' => 'Live status of the sessions of a development circle: running, participants, recordings revision.',
        'type' => 'read',
        'ajax' => true,
        'capabilities' => 'mod/devcircle:view',
    ],
    'mod_devcircle_get_join_url' => [
        'classname' => \mod_devcircle\external\get_join_url::class,
        'description' => 'The signed join URL of a session for the current user, or "waiting" until a moderator starts it.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'mod/devcircle:join',
    ],
    'mod_devcircle_end_session' => [
        'classname' => \mod_devcircle\external\end_session::class,
        'description' => 'Ends the webinar of a session for everyone.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'mod/devcircle:moderate',
    ],
    'mod_devcircle_get_recordings' => [
        'classname' => \mod_devcircle\external\get_recordings::class,
        'description' => 'The recordings of the sessions of a development circle.',
        'type' => 'read',
        'ajax' => true,
        'capabilities' => 'mod/devcircle:view',
    ],
    'mod_devcircle_update_recording' => [
        'classname' => \mod_devcircle\external\update_recording::class,
        'description' => 'Publishes, unpublishes or deletes a recording of a session.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'mod/devcircle:managerecordings',
    ],
    // Pads (Etherpad): the pad page reads the last snapshot when the pad does not load. Pads are
    // created, deleted, snapshotted and restored through the forms of the pages (padaction.php).
    'mod_devcircle_get_pad_snapshot' => [
        'classname' => \mod_devcircle\external\get_pad_snapshot::class,
        'description' => 'The last snapshot of a pad, cleaned HTML, shown read-only when the pad does not load.',
        'type' => 'read',
        'ajax' => true,
        'capabilities' => 'mod/devcircle:view',
    ],
];
