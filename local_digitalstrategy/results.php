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
 * Results of a check run: scores, radar against the peer average with a data table, strengths,
 * weaknesses, priorities, recommendations and history.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\check\result_summary;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\local\settings;

require_login(null, false);
$context = context_system::instance();
$runid = optional_param('runid', 0, PARAM_INT);
$runs = \core\di::get(run_repository::class);
$organisations = \core\di::get(organisation_repository::class);
if ($runid) {
    $run = $runs->get($runid);
    $organisation = $organisations->get($run->get_orgid());
} else {
    $organisation = $organisations->get_for_user($USER->id);
    $run = $organisation ? $runs->get_latest_submitted(
        $organisation->get_id(),
        \core\di::get(settings::class)->check_idnumber()
    ) : null;
    if (!$run) {
        redirect(new moodle_url('/local/digitalstrategy/check.php'));
    }
}
$access = \core\di::get(organisation_access::class);
$access->require_can_view($organisation, $USER->id);

$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/results.php', ['runid' => $run->get_id()]));
$PAGE->set_pagelayout('standard');
// The title and the heading are plain text: Moodle formats (and so escapes) them once.
$title = get_string('resultsof', 'local_digitalstrategy', $organisation->get_name());
$PAGE->set_title($title);
$PAGE->set_heading($title);

$summary = \core\di::get(result_summary::class)->build($run, $organisation, current_language());
$canstart = $access->can_answer($organisation, $USER->id);
$canmakegoals = $access->can_edit_strategy($organisation, $USER->id);
$page = new \local_digitalstrategy\output\results_page($organisation, $run, $summary, $canstart, $canmakegoals);
$PAGE->requires->js_call_amd('local_digitalstrategy/results', 'init', ['local_digitalstrategy-results']);

echo $OUTPUT->header();
echo $OUTPUT->render($page);
echo $OUTPUT->footer();
