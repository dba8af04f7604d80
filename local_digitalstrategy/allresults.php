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
 * The latest check result of every active organisation per area (heat map), a page at a time,
 * and the export of all of them (local\export\safe_export).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

use local_digitalstrategy\local\check\aggregate_export;
use local_digitalstrategy\local\check\aggregate_repository;
use local_digitalstrategy\local\export\safe_export;
use local_digitalstrategy\local\organisation_filter;
use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\output\allresults_page;
use local_digitalstrategy\output\organisation_list_controls;

$dataformat = optional_param('dataformat', '', PARAM_ALPHA);
$page = max(0, optional_param('page', 0, PARAM_INT));
$perpage = max(0, min(1000, optional_param('perpage', allresults_page::DEFAULT_PERPAGE, PARAM_INT)));
$filter = new organisation_filter(
    optional_param('q', '', PARAM_TEXT),
    optional_param('fieldofwork', '', PARAM_ALPHA),
    optional_param('pilot', '', PARAM_ALPHANUM),
    optional_param('participation', '', PARAM_ALPHA),
);
$sort = optional_param('sort', 'name', PARAM_ALPHANUMEXT);
$desc = optional_param('dir', 'asc', PARAM_ALPHA) === 'desc';
admin_externalpage_setup('local_digitalstrategy_allresults', '', null, new moodle_url('/local/digitalstrategy/allresults.php'));
$context = context_system::instance();
require_capability('local/digitalstrategy:viewallresults', $context);

$current = \core\di::get(instrument_repository::class)->get_current_check();
if (!$current) {
    throw new moodle_exception('instrumentnotfound', 'local_digitalstrategy');
}
$instrument = $current['instrument'];
$lang = current_language();

if ($dataformat !== '') {
    require_sesskey();
    $export = \core\di::get(aggregate_export::class);
    $filename = clean_filename(get_string('allresults_filename', 'local_digitalstrategy') . '-' . userdate(time(), '%Y-%m-%d'));
    \core\di::get(safe_export::class)->download(
        $filename,
        $dataformat,
        $export->columns($instrument, $lang),
        $export->rows($instrument, $lang)
    );
    die();
}

$aggregates = \core\di::get(aggregate_repository::class);
$names = array_map(fn($dimension) => instrument::localise($dimension['name'], $lang), $instrument->get_dimensions());
if ($sort !== 'score' && !array_key_exists($sort, $names)) {
    $sort = 'name';
}
$controls = new organisation_list_controls(
    new moodle_url('/local/digitalstrategy/allresults.php'),
    $filter,
    $sort,
    $desc,
    $perpage,
    allresults_page::DEFAULT_PERPAGE,
    'name'
);
$totalall = $aggregates->count_rows();
$total = $filter->is_empty() ? $totalall : $aggregates->count_filtered($instrument->get_idnumber(), $filter);
$page = $perpage ? max(0, min($page, intdiv(max(0, $total - 1), $perpage))) : 0;
$rows = $total ? $aggregates->get_rows(
    $instrument->get_idnumber(),
    array_keys($names),
    $page * $perpage,
    $perpage,
    $filter,
    $sort,
    $desc
) : [];

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('allresults', 'local_digitalstrategy'));
echo $OUTPUT->render(new allresults_page(
    $names,
    $rows,
    $total,
    $page,
    $perpage,
    new moodle_url('/local/digitalstrategy/allresults.php'),
    $controls,
    $totalall
));
echo $OUTPUT->footer();
