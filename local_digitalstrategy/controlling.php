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
 * The controlling dashboard of the project team: the programme plan's indicators per half-year
 * with target, actual value and Ampel, the process Ampel, a chart, the drill-down and the funder
 * report's links.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\controlling\process_rating_repository;
use local_digitalstrategy\local\controlling\programme;
use local_digitalstrategy\local\controlling\timeline_service;

require_login(null, false);
$context = context_system::instance();
require_capability('local/digitalstrategy:viewcontrolling', $context);

$programme = \core\di::get(programme::class);
$periods = $programme->periods();
$first = array_key_first($periods);
$last = array_key_last($periods);
$from = optional_param('from', $first, PARAM_INT);
$to = optional_param('to', $last, PARAM_INT);
$message = '';
if (!$programme->has_period($from) || !$programme->has_period($to)) {
    // A bookmark from before the programme was shortened: say so and show the whole programme.
    $message = get_string('error_periodoutside', 'local_digitalstrategy', (object) [
        'index' => $programme->has_period($from) ? $to : $from, 'count' => count($periods),
    ]);
    [$from, $to] = [$first, $last];
}
if ($from > $to) {
    [$from, $to] = [$to, $from];
}

$clock = \core\di::get(\core\clock::class);
$now = $clock->time();
$timeline = \core\di::get(timeline_service::class)->build($now, range($from, $to));
// The process Ampel of the running half-year when it is shown, otherwise of the last one shown.
$running = $programme->period_at($now);
$processperiod = $running && $running->index >= $from && $running->index <= $to ? $running : $programme->period($to);
$ratings = \core\di::get(process_rating_repository::class)->current_all();

$url = new moodle_url('/local/digitalstrategy/controlling.php');
if ($from !== $first || $to !== $last) {
    $url->params(['from' => $from, 'to' => $to]);
}
$PAGE->set_context($context);
$PAGE->set_url($url);
$PAGE->set_pagelayout('report');
$title = get_string('controlling_title', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);
$PAGE->requires->js_call_amd('local_digitalstrategy/controlling', 'init', ['local_digitalstrategy-controlling']);

echo $OUTPUT->header();
echo $OUTPUT->render(new \local_digitalstrategy\output\controlling_page(
    $timeline,
    $periods,
    $ratings,
    $processperiod,
    has_capability('local/digitalstrategy:managecontrolling', $context),
    $message,
));
echo $OUTPUT->footer();
