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
 * The drill-down of the controlling dashboard: the records behind an indicator's actual value in
 * one half-year (which organisations, which sessions, which entries).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\local\controlling\programme;
use local_digitalstrategy\local\controlling\source_registry;
use local_digitalstrategy\local\controlling\timeline_service;

$indicatorid = required_param('indicator', PARAM_INT);
$periodindex = required_param('period', PARAM_INT);

require_login(null, false);
$context = context_system::instance();
require_capability('local/digitalstrategy:viewcontrolling', $context);

$indicator = \core\di::get(indicator_repository::class)->get($indicatorid);
// A half-year outside the programme ends here with error_periodoutside, which names the range.
$period = \core\di::get(programme::class)->period($periodindex);
$now = \core\di::get(\core\clock::class)->time();
$cell = null;
foreach (\core\di::get(timeline_service::class)->build($now, [$period->index])->rows as $row) {
    if ($row->indicator->id === $indicator->id) {
        $cell = $row->cells[$period->index];
    }
}
$source = \core\di::get(source_registry::class)->get($indicator->source);
$drilldown = $source?->drilldown($indicator, $period);

$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/controlling_detail.php', [
    'indicator' => $indicator->id, 'period' => $period->index,
]));
$PAGE->set_pagelayout('report');
$title = get_string('controlling_detailtitle', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);
$PAGE->navbar->add(
    get_string('controlling_title', 'local_digitalstrategy'),
    new moodle_url('/local/digitalstrategy/controlling.php')
);

echo $OUTPUT->header();
echo $OUTPUT->render(new \local_digitalstrategy\output\controlling_detail(
    $indicator,
    $cell,
    $drilldown,
    has_capability('local/digitalstrategy:managecontrolling', $context),
));
echo $OUTPUT->footer();
