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
 * Creates a survey campaign (as a draft; campaign.php opens it).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\campaign\campaign_service;
use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\settings;

$id = optional_param('id', 0, PARAM_INT);

$context = context_system::instance();
require_login();
require_capability('local/digitalstrategy:managecampaigns', $context);
$service = \core\di::get(campaign_service::class);
$current = null;
if ($id) {
    $current = \core\di::get(\local_digitalstrategy\local\campaign\campaign_repository::class)->get($id);
    if (!$service->is_editable($current)) {
        throw new moodle_exception('campaign_noteditable', 'local_digitalstrategy');
    }
}
$url = new moodle_url('/local/digitalstrategy/campaign_edit.php', $id ? ['id' => $id] : []);
$PAGE->set_context($context);
$PAGE->set_url($url);
$PAGE->set_pagelayout('admin');
$title = get_string($current ? 'campaign_edit' : 'campaign_new', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);
$PAGE->navbar->add(get_string('campaign_list', 'local_digitalstrategy'), new moodle_url('/local/digitalstrategy/campaigns.php'));
$PAGE->navbar->add($title);

$instruments = [];
$repository = \core\di::get(instrument_repository::class);
$lang = current_language();
foreach ($repository->list_versions() as $version) {
    if (!in_array($version->kind, ['survey', 'feedback'], true)) {
        continue;
    }
    $name = $repository->get((int) $version->id)->get_name($lang);
    $instruments[(int) $version->id] = get_string(
        'campaign_instrumentversion',
        'local_digitalstrategy',
        (object) ['name' => $name, 'version' => $version->version, 'kind' => get_string(
            'campaign_kind_' . $version->kind,
            'local_digitalstrategy'
        )]
    );
}
$cohorts = [];
foreach ($DB->get_records('cohort', null, 'name', 'id, name') as $cohort) {
    $cohorts[(int) $cohort->id] = format_string($cohort->name, true, ['context' => $context, 'escape' => false]);
}
$courses = [];
foreach ($DB->get_records_select('course', 'id <> ?', [SITEID], 'fullname', 'id, fullname') as $course) {
    $courses[(int) $course->id] = format_string($course->fullname, true, ['context' => $context, 'escape' => false]);
}
$settings = \core\di::get(settings::class);
$form = new \local_digitalstrategy\form\campaign_form($url, [
    'instruments' => $instruments,
    'cohorts' => $cohorts,
    'courses' => $courses,
    'defaults' => ['participationtarget' => $settings->participation_target(),
        'resultsvisible' => (int) $settings->results_visible_default()],
    'current' => $current,
]);
if ($current) {
    $form->set_data([
        'id' => $current->id, 'name' => $current->name, 'instrumentid' => $current->instrumentid,
        'target' => $current->target,
        'cohortid' => $current->target === 'cohort' ? $current->targetid : '',
        'courseid' => $current->target === 'course' ? $current->targetid : '',
        'respondent' => $current->respondent, 'anonymous' => (int) $current->anonymous,
        'timeopen' => $current->timeopen, 'timeclose' => $current->timeclose,
        'participationtarget' => $current->participationtarget, 'resultsvisible' => (int) $current->resultsvisible,
    ]);
}
if ($form->is_cancelled()) {
    redirect($current ? new moodle_url('/local/digitalstrategy/campaign.php', ['id' => $current->id])
        : new moodle_url('/local/digitalstrategy/campaigns.php'));
} else if ($data = $form->get_campaign_data()) {
    $campaign = $current ? $service->update($current, $data, (int) $USER->id) : $service->create($data, (int) $USER->id);
    redirect(
        new moodle_url('/local/digitalstrategy/campaign.php', ['id' => $campaign->id]),
        get_string($current ? 'campaign_saved' : 'campaign_created', 'local_digitalstrategy'),
        null,
        \core\output\notification::NOTIFY_SUCCESS
    );
}

echo $OUTPUT->header();
echo $OUTPUT->heading($title);
$form->display();
echo $OUTPUT->footer();
