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
 * The results of a campaign: counts, percentages, mean and spread per item with charts, free-text
 * answers, filters (field of work, pilot), the comparison with another wave of the same
 * instrument and the export (per-item summary as CSV, Excel or ODS).
 *
 * The project team (local/digitalstrategy:managecampaigns) always sees it; respondents of an
 * invited organisation after the campaign closed, when the campaign shows them its results.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\campaign\campaign_repository;
use local_digitalstrategy\local\campaign\results_access;
use local_digitalstrategy\local\campaign\results_export;
use local_digitalstrategy\local\campaign\results_filter;
use local_digitalstrategy\local\campaign\results_repository;
use local_digitalstrategy\local\export\safe_export;
use local_digitalstrategy\output\campaign_results_page;

$id = required_param('id', PARAM_INT);
$fieldofwork = optional_param('fieldofwork', '', PARAM_ALPHA);
$pilotparam = optional_param('pilot', '', PARAM_ALPHANUM);
$compareid = optional_param('compare', 0, PARAM_INT);
$dataformat = optional_param('dataformat', '', PARAM_ALPHA);

require_login(null, false);
$campaigns = \core\di::get(campaign_repository::class);
try {
    $campaign = $campaigns->get($id);
} catch (dml_missing_record_exception $e) {
    throw new moodle_exception('results_nocampaign', 'local_digitalstrategy');
}
$access = \core\di::get(results_access::class);
$access->require_view($campaign, (int) $USER->id);
$team = $access->is_team($campaign, (int) $USER->id);

$filter = new results_filter(
    in_array($fieldofwork, \local_digitalstrategy\organisation::FIELDS_OF_WORK, true) ? $fieldofwork : '',
    $pilotparam === '' ? null : (int) (bool) $pilotparam
);
$url = new moodle_url('/local/digitalstrategy/campaign_results.php', ['id' => $campaign->id] + $filter->params()
    + ($compareid ? ['compare' => $compareid] : []));
$context = $campaign->get_context();
if ($context->contextlevel == CONTEXT_MODULE) {
    // Feedback on a circle or a session: the page belongs to the activity.
    [$course, $cm] = get_course_and_cm_from_cmid($context->instanceid);
    $PAGE->set_cm($cm, $course);
} else {
    $PAGE->set_context($context);
}
$PAGE->set_url($url);
$PAGE->set_pagelayout('report');
$name = format_string($campaign->name, true, ['context' => $PAGE->context, 'escape' => false]);
$PAGE->set_title(get_string('results_title', 'local_digitalstrategy', $name));
$PAGE->set_heading(get_string('results_title', 'local_digitalstrategy', $name));

$results = \core\di::get(results_repository::class);
$lang = current_language();

if ($dataformat !== '') {
    require_sesskey();
    if (!$team) {
        throw new required_capability_exception($PAGE->context, 'local/digitalstrategy:managecampaigns', 'nopermissions', '');
    }
    $summary = $results->summary($campaign, $filter, $lang, -1);
    if ($summary->suppressed) {
        throw new moodle_exception('results_toosmall', 'local_digitalstrategy', '', $summary->threshold);
    }
    $export = \core\di::get(results_export::class);
    \core\di::get(safe_export::class)->download(
        clean_filename(get_string('results_filename', 'local_digitalstrategy', $name) . '-' . userdate(time(), '%Y-%m-%d')),
        $dataformat,
        $export->columns(),
        $export->rows($summary)
    );
    die();
}

$summary = $results->summary($campaign, $filter, $lang);
$waves = [];
foreach ($results->waves($campaign) as $waveid => $wavename) {
    $wave = $campaigns->get((int) $waveid);
    if ($access->can_view($wave, (int) $USER->id)) {
        $waves[(int) $waveid] = format_string($wavename, true, ['context' => $PAGE->context, 'escape' => false]);
    }
}
$comparison = null;
if ($compareid && isset($waves[$compareid])) {
    $comparison = $results->compare($campaigns->get($compareid), $campaign, $filter, $lang);
} else {
    $compareid = 0;
}
$sus = $summary->suppressed ? null : $results->sus($campaign, $filter);

echo $OUTPUT->header();
echo $OUTPUT->render(new campaign_results_page(
    $campaign->id,
    $name,
    $summary,
    $team,
    $waves,
    $compareid,
    $comparison,
    $compareid ? $waves[$compareid] : '',
    $sus
));
echo $OUTPUT->footer();
