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

/**
 * The invitation benchmark: N organisations with contact addresses ("bench-inv-0001" …), one
 * campaign for them, opened, and its whole invitation task run once in this process under a
 * 128 MB memory limit. Prints the figures as JSON on its last line and removes what it created.
 *
 *   php tests/benchmark/invitations-bench.php "$(bash scripts/moodle.sh www)" [--orgs=350]
 *
 * With the local stack running, the mails go through SMTP to its mail catcher; on a site without
 * a mail server (config.php's noemailever) Moodle's mail API stops before sending.
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('CLI_SCRIPT', true);
require($argv[1] . '/config.php');
require_once($CFG->libdir . '/clilib.php');

use local_digitalstrategy\local\campaign\campaign_service;
use local_digitalstrategy\local\organisation_repository;

[$options] = cli_get_params(['orgs' => 350]);
$count = max(1, (int) $options['orgs']);
ini_set('memory_limit', '128M');
\core\session\manager::set_user(get_admin());

/**
 * Removes the benchmark's organisations and campaigns.
 */
function invitations_bench_cleanup(): void {
    global $DB;
    $campaignids = $DB->get_fieldset_select('local_digitalstrategy_campaign', 'id', $DB->sql_like('name', '?'), ['bench-inv %']);
    foreach ($campaignids as $id) {
        $DB->delete_records('local_digitalstrategy_invlog', ['campaignid' => $id]);
        $DB->delete_records('local_digitalstrategy_invite', ['campaignid' => $id]);
        $DB->delete_records('local_digitalstrategy_campaign', ['id' => $id]);
    }
    $DB->delete_records_select('local_digitalstrategy_org', $DB->sql_like('idnumber', '?'), ['bench-inv-%']);
    $DB->delete_records_select('task_adhoc', $DB->sql_like('customdata', '?'), ['%"bench":1%']);
}

invitations_bench_cleanup();
// The other organisations stay as they are; only the benchmark's are invited (a cohort-free way:
// target "pilot" with every benchmark organisation a pilot would include the demo pilots, so the
// benchmark campaign is opened and the demo's invitations are removed from it before sending).
$organisations = \core\di::get(organisation_repository::class);
$adminid = (int) get_admin()->id;
for ($i = 1; $i <= $count; $i++) {
    $organisations->create((object) ['idnumber' => sprintf('bench-inv-%04d', $i), 'name' => "Träger & Co \"$i\" < 6 🌻",
        'location' => 'Köln', 'region' => ['Nord', 'Süd', 'Mitte'][$i % 3], 'fieldofwork' => 'care',
        'contactemail' => sprintf('bench-inv-%04d@example.org', $i), 'pilot' => 0], $adminid);
}
$instrumentid = (int) $DB->get_field_sql("SELECT MIN(id) FROM {local_digitalstrategy_instr} WHERE kind = 'survey'");
$service = \core\di::get(campaign_service::class);
$campaign = $service->create((object) ['name' => 'bench-inv ' . date('c'), 'instrumentid' => $instrumentid,
    'target' => 'all', 'targetid' => 0, 'respondent' => 'organisation', 'anonymous' => 1, 'timeopen' => 0,
    'timeclose' => 0, 'participationtarget' => 30], $adminid);
$service->open($campaign, $adminid);
$DB->delete_records_select(
    'local_digitalstrategy_invite',
    'campaignid = ? AND ' . $DB->sql_like('email', '?', true, true, true),
    [$campaign->id, 'bench-inv-%']
);
$invited = $DB->count_records('local_digitalstrategy_invite', ['campaignid' => $campaign->id]);
// The ad-hoc task the campaign queued is run here, in this process.
$DB->delete_records_select(
    'task_adhoc',
    'classname = ? AND ' . $DB->sql_like('customdata', '?'),
    ['\\local_digitalstrategy\\task\\send_invitations', '%"campaignid":' . $campaign->id . ',%']
);

$mailmode = !empty($CFG->noemailever) ? 'noemailever (not sent)' : 'SMTP ' . ($CFG->smtphosts ?: 'PHP mail()');
$before = memory_get_usage();
gc_collect_cycles();
$start = microtime(true);
$task = new \local_digitalstrategy\task\send_invitations();
$task->set_custom_data(['campaignid' => $campaign->id, 'manualby' => 0]);
ob_start();
$task->execute();
$output = ob_get_clean();
$seconds = microtime(true) - $start;
$sent = $DB->count_records('local_digitalstrategy_invite', ['campaignid' => $campaign->id, 'status' => 'sent']);
$failed = $DB->count_records('local_digitalstrategy_invite', ['campaignid' => $campaign->id, 'status' => 'failed']);
invitations_bench_cleanup();
echo json_encode([
    'invitations' => $invited, 'sent' => $sent, 'failed' => $failed, 'seconds' => round($seconds, 2),
    'peakmb' => round(memory_get_peak_usage(true) / 1048576, 1), 'memorylimit' => ini_get('memory_limit'),
    'beforemb' => round($before / 1048576, 1), 'mail' => $mailmode, 'task' => trim($output),
]) . "\n";
