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
 * Document-access statistics of the programme's courses, for the project team: read from the
 * summary the task aggregate_docaccess fills, never from the log.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\controlling\docaccess_aggregator;
use local_digitalstrategy\local\controlling\docaccess_repository;
use local_digitalstrategy\local\controlling\programme;

$periodindex = optional_param('period', 0, PARAM_INT);
$page = optional_param('page', 0, PARAM_INT);
/** Rows of the table per organisation on one page. */
const LOCAL_DIGITALSTRATEGY_DOCACCESS_PERPAGE = 100;

$context = context_system::instance();
require_login();
require_capability('local/digitalstrategy:viewcontrolling', $context);
$url = new moodle_url('/local/digitalstrategy/docaccess.php');
$PAGE->set_context($context);
$PAGE->set_url($periodindex ? new moodle_url($url, ['period' => $periodindex]) : $url);
$PAGE->set_pagelayout('admin');
$PAGE->set_title(get_string('docaccess_title', 'local_digitalstrategy'));
$PAGE->set_heading(get_string('docaccess_title', 'local_digitalstrategy'));

$programme = \core\di::get(programme::class);
$now = \core\di::get(\core\clock::class)->time();
if ($periodindex) {
    $selected = $programme->period($periodindex);
} else {
    $periods = $programme->periods();
    $selected = $programme->period_at($now) ?? ($now < $programme->start() ? reset($periods) : end($periods));
}
$repository = \core\di::get(docaccess_repository::class);
$aggregator = \core\di::get(docaccess_aggregator::class);
$organisations = $repository->per_organisation($selected->index);
$pagingbar = new paging_bar(
    count($organisations),
    $page,
    LOCAL_DIGITALSTRATEGY_DOCACCESS_PERPAGE,
    new moodle_url($url, ['period' => $selected->index])
);

$content = new \local_digitalstrategy\output\docaccess_page(
    $programme->periods(),
    $selected,
    $repository->totals(array_keys($programme->periods())),
    $repository->per_type($selected->index),
    array_slice($organisations, $page * LOCAL_DIGITALSTRATEGY_DOCACCESS_PERPAGE, LOCAL_DIGITALSTRATEGY_DOCACCESS_PERPAGE),
    $repository->hidden_groups($selected->index),
    $repository->k(),
    $repository->active_users([$selected->index])[$selected->index] ?? [],
    $aggregator->aggregated_until(),
    docaccess_aggregator::standard_log_enabled(),
    $url->out(false),
    count($organisations) > LOCAL_DIGITALSTRATEGY_DOCACCESS_PERPAGE ? $pagingbar : null,
);

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('docaccess_title', 'local_digitalstrategy'));
echo $OUTPUT->render($content);
echo $OUTPUT->footer();
