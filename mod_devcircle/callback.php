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
 * Receives the calls of the BigBlueButton server: meeting ended, recording ready.
 *
 * The server is not a Moodle user: the calls are authenticated with the shared secret
 * (a token in the end URL, a JWT for recordings) by {@see \mod_devcircle\webinar\callback_handler},
 * before anything is looked up.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// phpcs:disable moodle.Files.RequireLogin.Missing
define('NO_MOODLE_COOKIES', true);
define('NO_DEBUG_DISPLAY', true);

require_once(__DIR__ . '/../../config.php');

$action = optional_param('action', '', PARAM_ALPHA);
$handler = \core\di::get(\mod_devcircle\webinar\callback_handler::class);

switch ($action) {
    case 'end':
        $status = $handler->meeting_ended(optional_param('session', 0, PARAM_INT), optional_param('token', '', PARAM_ALPHANUM));
        break;
    case 'recordingready':
        $status = $handler->recording_ready(
            optional_param('circle', 0, PARAM_INT),
            optional_param('signed_parameters', '', PARAM_RAW_TRIMMED)
        );
        break;
    default:
        $status = 400;
}

http_response_code($status);
header('Content-Type: text/plain; charset=utf-8');
echo $status < 300 ? 'OK' : 'Refused';
