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
 * The strategy of an organisation (default: the viewer's own). Its members holding the capability
 * see it, the project team sees any; others get an error.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\strategy_repository;
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
$strategy = $service->get($organisation, $USER->id);
$access = \core\di::get(organisation_access::class);
$repository = \core\di::get(strategy_repository::class);

$PAGE->set_context(context_system::instance());
$PAGE->set_url(new moodle_url('/local/digitalstrategy/strategy.php', ['orgid' => $organisation->get_id()]));
$PAGE->set_pagelayout('standard');
$title = get_string('strategy_of', 'local_digitalstrategy', $organisation->get_name());
$PAGE->set_title($title);
$PAGE->set_heading($title);

$adoption = null;
$adoptedby = null;
if ($strategy && $strategy->adoptedversion) {
    $adoption = $repository->get_version($strategy->id, $strategy->adoptedversion);
    unset($adoption['document']);
    $adoptedby = \core\di::get(user_repository::class)->full_names([$adoption['useradopted']])[$adoption['useradopted']] ?? null;
}
$current = $service->current_scores($organisation);
$page = new \local_digitalstrategy\output\strategy_page(
    $organisation,
    $strategy,
    $adoption,
    $adoptedby,
    $service->dimensions(current_language()),
    $current['scores'] ?? [],
    [
        'canedit' => $access->can_edit_strategy($organisation, $USER->id),
        'canadopt' => $access->can_adopt_strategy($organisation, $USER->id),
        'canviewanalyses' => $access->can_view_analyses($organisation, $USER->id),
    ]
);

echo $OUTPUT->header();
echo $OUTPUT->render($page);
echo $OUTPUT->footer();
