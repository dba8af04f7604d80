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
 * Plays a recording of a session: checks access, logs the view and sends the browser to the
 * playback on the webinar server.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use mod_devcircle\instance_repository;
use mod_devcircle\webinar\recording_service;
use mod_devcircle\webinar\session_repository;

$cmid = required_param('id', PARAM_INT);
$sessionid = required_param('session', PARAM_INT);
$recordid = required_param('recordid', PARAM_ALPHANUMEXT);

$instance = \core\di::get(instance_repository::class)->get_by_cmid($cmid);
if (!$instance) {
    throw new moodle_exception('invalidcoursemodule', 'error');
}
require_login($instance->get_course(), false, $instance->get_cm());
require_capability('mod/devcircle:view', $instance->get_context());
$session = \core\di::get(session_repository::class)->get($instance->get_instance_id(), $sessionid);
if (!$session) {
    throw new moodle_exception('sessionnotfound', 'mod_devcircle');
}

$PAGE->set_url('/mod/devcircle/recording.php', ['id' => $cmid, 'session' => $sessionid, 'recordid' => $recordid]);
$recording = \core\di::get(recording_service::class)->find($session, $recordid);
if (!$recording || !$recording->playback_url() || (!$recording->published && !$instance->can_manage_recordings((int) $USER->id))) {
    throw new moodle_exception('recordingnotfound', 'mod_devcircle', $instance->get_view_url());
}

\mod_devcircle\event\recording_viewed::create_from_recording($instance, $session, $recordid)->trigger();
redirect($recording->playback_url());
