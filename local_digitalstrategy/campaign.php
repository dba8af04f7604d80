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
 * One survey campaign for the project team: open, close, participation, invitations and their log,
 * the manual reminder round, revoking an invitation.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use core\output\notification;
use local_digitalstrategy\local\campaign\campaign_repository;
use local_digitalstrategy\local\campaign\campaign_service;
use local_digitalstrategy\local\campaign\invite_repository;
use local_digitalstrategy\local\campaign\participation_repository;
use local_digitalstrategy\local\questionnaire\instrument_repository;

$id = required_param('id', PARAM_INT);
$context = context_system::instance();
require_login();
require_capability('local/digitalstrategy:managecampaigns', $context);
$url = new moodle_url('/local/digitalstrategy/campaign.php', ['id' => $id]);
$PAGE->set_context($context);
$PAGE->set_url($url);
$PAGE->set_pagelayout('admin');

$campaigns = \core\di::get(campaign_repository::class);
$campaign = $campaigns->get($id);
$service = \core\di::get(campaign_service::class);
$action = optional_param('action', '', PARAM_ALPHA);
if ($action !== '') {
    require_sesskey();
    $message = '';
    $type = notification::NOTIFY_SUCCESS;
    if ($action === 'open') {
        $added = $service->open($campaign, (int) $USER->id);
        $message = get_string('campaign_opened', 'local_digitalstrategy', $added);
    } else if ($action === 'close') {
        $service->close($campaign, (int) $USER->id);
        $message = get_string('campaign_closed', 'local_digitalstrategy');
    } else if ($action === 'remind') {
        if ($service->manual_reminder_round($campaign, (int) $USER->id)) {
            $message = get_string('reminder_queued', 'local_digitalstrategy');
        } else {
            $message = get_string('reminder_roundsent', 'local_digitalstrategy');
            $type = notification::NOTIFY_WARNING;
        }
    } else if ($action === 'revoke') {
        $service->revoke($campaign, required_param('inviteid', PARAM_INT), (int) $USER->id);
        $message = get_string('invite_revoked', 'local_digitalstrategy');
    }
    redirect($url, $message, null, $type);
}

$invites = \core\di::get(invite_repository::class);
$participation = \core\di::get(participation_repository::class);
$log = $invites->log_for_campaign($id);
$userids = array_filter(array_unique(array_map(fn($l) => (int) $l->userid, $log)));
$usernames = [];
if ($userids) {
    foreach (\core\di::get(\local_digitalstrategy\local\user_repository::class)->full_names($userids) as $userid => $name) {
        $usernames[(int) $userid] = $name;
    }
}
$instrument = \core\di::get(instrument_repository::class)->get((int) $campaign->instrumentid);
$page = new \local_digitalstrategy\output\campaign_page(
    $campaign,
    get_string('campaign_instrumentversion', 'local_digitalstrategy', (object) [
        'name' => $instrument->get_name(current_language()),
        'version' => $instrument->get_version(),
        'kind' => get_string('campaign_kind_' . $campaign->kind, 'local_digitalstrategy'),
    ]),
    $participation->overall($id),
    $participation->by_group($id, 'fieldofwork'),
    $participation->by_group($id, 'region'),
    $invites->list_for_campaign($id),
    $log,
    $invites->manual_round_sent($id),
    $usernames
);

$title = format_string($campaign->name, true, ['context' => $context]);
$PAGE->set_title(format_string($campaign->name, true, ['context' => $context, 'escape' => false]));
$PAGE->set_heading(get_string('campaign_list', 'local_digitalstrategy'));
$PAGE->navbar->add(get_string('campaign_list', 'local_digitalstrategy'), new moodle_url('/local/digitalstrategy/campaigns.php'));
$PAGE->navbar->add(format_string($campaign->name, true, ['context' => $context, 'escape' => false]));
echo $OUTPUT->header();
echo $OUTPUT->heading($title);
echo $OUTPUT->render($page);
echo $OUTPUT->footer();
