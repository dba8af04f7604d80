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
 * Adopts the strategy: the organisation's leadership confirms, and the strategy as it stands is kept
 * as the next adopted version. Asks first (GET), acts only on a POST with the session key.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\strategy_conflict;
use local_digitalstrategy\local\strategy\strategy_service;

require_login(null, false);
$orgid = required_param('orgid', PARAM_INT);
$confirm = optional_param('confirm', 0, PARAM_BOOL);
$organisation = \core\di::get(organisation_repository::class)->get($orgid);
if (!\core\di::get(organisation_access::class)->can_adopt_strategy($organisation, $USER->id)) {
    throw new moodle_exception('strategy_cannotadopt', 'local_digitalstrategy');
}
$service = \core\di::get(strategy_service::class);
$strategy = $service->get($organisation, $USER->id);
$returnurl = new moodle_url('/local/digitalstrategy/strategy.php', ['orgid' => $orgid]);
if (!$strategy || !$strategy->can_be_adopted()) {
    redirect(
        $returnurl,
        get_string('strategy_nothingtoadopt', 'local_digitalstrategy'),
        null,
        \core\output\notification::NOTIFY_INFO
    );
}

if ($confirm && data_submitted()) {
    require_sesskey();
    try {
        $service->adopt($organisation, $USER->id, required_param('version', PARAM_INT));
    } catch (strategy_conflict $e) {
        $message = get_string('strategy_adoptconflict', 'local_digitalstrategy');
        redirect($returnurl, $message, null, \core\output\notification::NOTIFY_ERROR);
    }
    $message = get_string('strategy_adoptedmessage', 'local_digitalstrategy');
    redirect($returnurl, $message, null, \core\output\notification::NOTIFY_SUCCESS);
}

$PAGE->set_context(context_system::instance());
$PAGE->set_url(new moodle_url('/local/digitalstrategy/strategy_adopt.php', ['orgid' => $orgid]));
$PAGE->set_pagelayout('standard');
$title = get_string('strategy_adopt', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading(get_string('strategy_of', 'local_digitalstrategy', $organisation->get_name()));
$PAGE->navbar->add(get_string('strategy', 'local_digitalstrategy'), $returnurl);
$PAGE->navbar->add($title);

$continue = new single_button(
    new moodle_url($PAGE->url, ['confirm' => 1, 'version' => $strategy->version, 'sesskey' => sesskey()]),
    get_string('strategy_adopt', 'local_digitalstrategy'),
    'post',
    single_button::BUTTON_PRIMARY
);
echo $OUTPUT->header();
echo $OUTPUT->confirm(
    get_string('strategy_adoptconfirm', 'local_digitalstrategy', $strategy->adoptedversion + 1),
    $continue,
    $returnurl
);
echo $OUTPUT->footer();
