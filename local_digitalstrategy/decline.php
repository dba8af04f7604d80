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
 * Declines an invitation through the link of its mail, without an account: the invitation gets no
 * more reminders. Shows a confirmation first (a mail scanner opening the link declines nothing).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// The page works without login: the token is the invitee's key.
// phpcs:ignore moodle.Files.RequireLogin.Missing
require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\campaign\campaign_service;

$token = optional_param('token', '', PARAM_ALPHANUMEXT);
$context = context_system::instance();
$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/decline.php'));
$PAGE->set_pagelayout('login');
$title = get_string('invite_decline_title', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);

$templatecontext = ['title' => $title, 'token' => $token, 'actionurl' => $PAGE->url->out(false), 'sesskey' => sesskey()];
if ($token === '') {
    $templatecontext['message'] = get_string('invite_decline_invalid', 'local_digitalstrategy');
    $templatecontext['problem'] = true;
} else if (optional_param('confirm', 0, PARAM_BOOL) && confirm_sesskey()) {
    $outcome = \core\di::get(campaign_service::class)->decline($token);
    $templatecontext['message'] = get_string('invite_decline_' . $outcome, 'local_digitalstrategy');
    $templatecontext['problem'] = $outcome !== 'declined';
} else {
    $templatecontext['confirm'] = true;
}

echo $OUTPUT->header();
echo $OUTPUT->render_from_template('local_digitalstrategy/invite_decline', $templatecontext);
echo $OUTPUT->footer();
