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
 * The Digitalisierungscheck of the current user's organisation: start a run or answer the open one.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\check\check_service;
use local_digitalstrategy\local\check\result_summary;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\local\user_repository;

require_login(null, false);
$context = context_system::instance();
$url = new moodle_url('/local/digitalstrategy/check.php');
$PAGE->set_context($context);
$PAGE->set_url($url);
$PAGE->set_pagelayout('standard');

$instruments = \core\di::get(instrument_repository::class);
$current = $instruments->get_current_check();
if (!$current) {
    throw new moodle_exception('instrumentnotfound', 'local_digitalstrategy');
}
$lang = current_language();
$title = $current['instrument']->get_name($lang);
$PAGE->set_title($title);
$PAGE->set_heading($title);

$organisation = \core\di::get(organisation_repository::class)->get_for_user($USER->id);
if (!$organisation) {
    echo $OUTPUT->header();
    echo $OUTPUT->notification(get_string('notmemberanywhere', 'local_digitalstrategy'), 'info', false);
    echo $OUTPUT->footer();
    exit;
}

$access = \core\di::get(organisation_access::class);
$runs = \core\di::get(run_repository::class);
if (optional_param('action', '', PARAM_ALPHA) === 'start') {
    require_sesskey();
    $access->require_can_answer($organisation, $USER->id);
    $runs->start($organisation, $current['id'], $USER->id);
    redirect($url);
}

$open = $runs->get_open($organisation->get_id(), $current['instrument']->get_idnumber());
$canstart = $access->can_answer($organisation, $USER->id);
echo $OUTPUT->header();
if ($open && $canstart) {
    $instrument = $instruments->get($open->get_instrumentid());
    $answers = $runs->get_answers($open);
    $completeness = \core\di::get(check_service::class)->get_completeness($open);
    echo $OUTPUT->render(new \local_digitalstrategy\output\check_page(
        $organisation,
        $open,
        $instrument,
        $answers,
        \core\di::get(user_repository::class)->full_names(array_map(fn($a) => $a->userid, $answers)),
        $completeness,
        $lang
    ));
    $PAGE->requires->js_call_amd('local_digitalstrategy/check', 'init', ['local_digitalstrategy-check']);
} else {
    $latest = $runs->get_latest_submitted($organisation->get_id(), $current['instrument']->get_idnumber());
    $message = '';
    if (!$canstart) {
        $message = get_string($organisation->is_archived() ? 'organisationarchived' : 'cannotanswer', 'local_digitalstrategy');
    }
    echo $OUTPUT->render_from_template('local_digitalstrategy/check_start', [
        'instrumentname' => $title,
        'description' => $current['instrument']->get_description($lang),
        'orgname' => $organisation->get_formatted_name(),
        'canstart' => $canstart,
        'actionurl' => $url->out(false),
        'sesskey' => sesskey(),
        'haslatest' => (bool) $latest,
        'latestdate' => $latest ? userdate($latest->get_timesubmitted(), get_string('strftimedate', 'langconfig')) : '',
        'latestscore' => $latest && $latest->get_score() !== null ? format_float($latest->get_score(), 1) : '–',
        'latestlevel' => $latest && $latest->get_maturity() !== null
            ? result_summary::maturity_label($instruments->get($latest->get_instrumentid()), $latest->get_maturity(), $lang) : '',
        'resultsurl' => $latest ? (new moodle_url('/local/digitalstrategy/results.php', ['runid' => $latest->get_id()]))
            ->out(false) : '',
        'message' => $message,
    ]);
}
echo $OUTPUT->footer();
