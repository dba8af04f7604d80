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
 * Answering a campaign: with ?token=… from the personal link, without login (no guest session,
 * rate-limited), or logged in with ?campaign=ID for members with an account. A link or campaign
 * that cannot be answered gets a page saying why, with a 4xx status.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// phpcs:ignore moodle.Files.RequireLogin.Missing -- the personal link is the access rule; logged-in answering calls require_login below.
require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\campaign\respond_access;
use local_digitalstrategy\local\campaign\respond_exception;
use local_digitalstrategy\local\campaign\response_service;

$token = optional_param('token', '', PARAM_ALPHANUMEXT);
$campaignid = optional_param('campaign', 0, PARAM_INT);

$context = context_system::instance();
$PAGE->set_context($context);
$PAGE->set_url(new moodle_url(
    '/local/digitalstrategy/respond.php',
    $token !== '' ? ['token' => $token] : ['campaign' => $campaignid]
));
$PAGE->set_pagelayout($token !== '' ? 'popup' : 'standard');
// The token is in the address: it must not travel on to other sites, nor be indexed.
@header('Referrer-Policy: no-referrer');
@header('X-Robots-Tag: noindex, nofollow');

$access = \core\di::get(respond_access::class);
try {
    if ($token !== '') {
        $personal = $access->claim_open_link($token, getremoteaddr());
        if ($personal !== null) {
            // An open link (QR code): this visitor continues with a personal link of their own.
            redirect(new moodle_url('/local/digitalstrategy/respond.php', ['token' => $personal]));
        }
        $respondent = $access->by_token($token, getremoteaddr(), $campaignid);
    } else {
        require_login(null, false);
        if (isguestuser()) {
            throw new respond_exception('nopermission');
        }
        $respondent = $access->by_campaign($campaignid, (int) $USER->id, getremoteaddr());
    }
} catch (respond_exception $e) {
    http_response_code($e->http_status());
    $title = get_string('respond_errortitle', 'local_digitalstrategy');
    $PAGE->set_title($title);
    $PAGE->set_heading($title);
    echo $OUTPUT->header();
    echo $OUTPUT->notification($e->getMessage(), $e->reason === 'submitted' ? 'info' : 'error', false);
    // Logged-in respondents find the results here once the campaign is over and shares them.
    $campaign = $campaignid && isloggedin() && !isguestuser()
        ? \core\di::get(\local_digitalstrategy\local\campaign\campaign_repository::class)->find($campaignid) : null;
    $results = \core\di::get(\local_digitalstrategy\local\campaign\results_access::class);
    if ($campaign && $results->can_view($campaign, (int) $USER->id)) {
        echo $OUTPUT->single_button(
            new moodle_url('/local/digitalstrategy/campaign_results.php', ['id' => $campaign->id]),
            get_string('campaign_results', 'local_digitalstrategy'),
            'get'
        );
    }
    echo $OUTPUT->footer();
    exit;
}

$service = \core\di::get(response_service::class);
$instrument = $service->instrument($respondent);
$lang = current_language();
$PAGE->set_title($respondent->campaign->name);
$PAGE->set_heading($respondent->campaign->name);
echo $OUTPUT->header();
echo $OUTPUT->render(new \local_digitalstrategy\output\respond_page(
    $respondent->campaign->id,
    $token,
    $respondent->campaign->is_anonymous(),
    $respondent->campaign->per_organisation(),
    $instrument,
    $service->answers($respondent),
    $service->completeness($respondent),
    $lang
));
$PAGE->requires->js_call_amd('local_digitalstrategy/respond', 'init', ['local_digitalstrategy-respond']);
echo $OUTPUT->footer();
