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
 * The expert forum's resistance analyses and process-advice notes about one organisation: read by
 * its leadership, the expert forum and the project team, written by the expert forum.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\form\advice_edit;
use local_digitalstrategy\form\resistance_edit;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\resistance_service;
use local_digitalstrategy\output\resistance_page;

$orgid = required_param('orgid', PARAM_INT);
$editid = optional_param('edit', 0, PARAM_INT);
require_login(null, false);
$context = context_system::instance();
$userid = (int) $USER->id;

$organisation = \core\di::get(organisation_repository::class)->get($orgid);
$service = \core\di::get(resistance_service::class);
$service->require_can_view($organisation, $userid);

$url = new moodle_url('/local/digitalstrategy/resistance.php', ['orgid' => $orgid]);
$PAGE->set_context($context);
$PAGE->set_url($editid ? new moodle_url($url, ['edit' => $editid]) : $url);
$PAGE->set_pagelayout('standard');
// Plain text: Moodle formats (and so escapes) the title and heading once.
$title = get_string('resistance_pagetitle', 'local_digitalstrategy', $organisation->get_name());
$PAGE->set_title($title);
$PAGE->set_heading($title);

$canwrite = $service->can_write($userid);
$formhtml = $adviceformhtml = '';
if ($canwrite) {
    $form = new resistance_edit($PAGE->url);
    if ($editid) {
        $analysis = $service->get($organisation, $editid, $userid);
        $form->set_data((object) [
            'orgid' => $orgid, 'id' => $analysis->id, 'stakeholder' => $analysis->stakeholder, 'kind' => $analysis->kind,
            'signals' => $analysis->signals, 'cause' => $analysis->cause, 'intensity' => $analysis->intensity,
            'response' => $analysis->response, 'status' => $analysis->status, 'followup' => $analysis->followup,
        ]);
    } else {
        $form->set_data(['orgid' => $orgid]);
    }
    if ($form->is_cancelled()) {
        redirect($url);
    }
    if ($data = $form->get_data()) {
        // The organisation is the page's; an analysis id from the form must belong to it.
        $service->write($organisation, $data, $userid, (int) ($data->id ?? 0));
        redirect($url, get_string('resistance_saved', 'local_digitalstrategy'), null, \core\output\notification::NOTIFY_SUCCESS);
    }
    $adviceform = new advice_edit($url);
    $adviceform->set_data(['orgid' => $orgid]);
    if ($data = $adviceform->get_data()) {
        $service->add_advice($organisation, (string) $data->note, $userid);
        redirect($url, get_string('advice_saved', 'local_digitalstrategy'), null, \core\output\notification::NOTIFY_SUCCESS);
    }
    $formhtml = $form->render();
    $adviceformhtml = $adviceform->render();
}

$content = $service->for_organisation($organisation, $userid);
echo $OUTPUT->header();
echo $OUTPUT->render(new resistance_page(
    $organisation,
    $content['analyses'],
    $content['advice'],
    $content['authors'],
    $canwrite,
    \core\di::get(\core\clock::class)->time(),
    $formhtml,
    $adviceformhtml,
    $editid > 0
));
echo $OUTPUT->footer();
