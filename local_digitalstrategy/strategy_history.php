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
 * The adopted versions of an organisation's strategy and what changed between two of them.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\strategy_service;
use local_digitalstrategy\local\user_repository;

require_login(null, false);
$orgid = optional_param('orgid', 0, PARAM_INT);
$organisations = \core\di::get(organisation_repository::class);
$organisation = $orgid ? $organisations->get($orgid) : $organisations->get_for_user($USER->id);
if (!$organisation) {
    throw new moodle_exception('strategy_noorganisation', 'local_digitalstrategy');
}
$service = \core\di::get(strategy_service::class);
$versions = $service->list_versions($organisation, $USER->id);
$numbers = array_column($versions, 'versionno');
$to = optional_param('to', $numbers[0] ?? 0, PARAM_INT);
$from = optional_param('from', $numbers[1] ?? 0, PARAM_INT);
$changes = [];
if ($from && $to && in_array($from, $numbers, true) && in_array($to, $numbers, true)) {
    $changes = $service->diff($organisation, $USER->id, $from, $to);
} else {
    $from = $to = 0;
}

$PAGE->set_context(context_system::instance());
$PAGE->set_url(new moodle_url('/local/digitalstrategy/strategy_history.php', ['orgid' => $organisation->get_id()]));
$PAGE->set_pagelayout('standard');
$title = get_string('strategy_history', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading(get_string('strategy_of', 'local_digitalstrategy', $organisation->get_name()));
$PAGE->navbar->add(
    get_string('strategy', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/strategy.php', ['orgid' => $organisation->get_id()])
);
$PAGE->navbar->add($title);

$page = new \local_digitalstrategy\output\strategy_history_page(
    $organisation,
    $versions,
    \core\di::get(user_repository::class)->full_names(array_column($versions, 'useradopted')),
    $from,
    $to,
    $changes,
    $service->dimensions(current_language())
);
echo $OUTPUT->header();
echo $OUTPUT->heading($title);
echo $OUTPUT->render($page);
echo $OUTPUT->footer();
