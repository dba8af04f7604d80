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
 * The project team's overview of every active organisation's strategy (state, measures per
 * phase, overall Ampel per criterion), a page at a time: four queries, however many
 * organisations and measures there are.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

use local_digitalstrategy\local\organisation_filter;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\strategy_summary_repository;
use local_digitalstrategy\output\organisation_list_controls;
use local_digitalstrategy\output\strategies_page;
use local_digitalstrategy\output\strategies_table;

$page = max(0, optional_param('page', 0, PARAM_INT));
$perpage = max(0, min(1000, optional_param('perpage', strategies_page::DEFAULT_PERPAGE, PARAM_INT)));
$listfilter = new organisation_filter(
    optional_param('q', '', PARAM_TEXT),
    optional_param('fieldofwork', '', PARAM_ALPHA),
    optional_param('pilot', '', PARAM_ALPHANUM),
    optional_param('participation', '', PARAM_ALPHA),
);
// Archived organisations have no strategy work going on: the overview lists the active ones
// (not a choice of the user, so not part of the list's address or its "reset").
$filter = new organisation_filter(
    $listfilter->search,
    $listfilter->fieldofwork,
    $listfilter->pilot === null ? '' : ($listfilter->pilot ? '1' : '0'),
    $listfilter->participation,
    'active',
);
$desc = optional_param('dir', 'asc', PARAM_ALPHA) === 'desc';
$url = new moodle_url('/local/digitalstrategy/strategies.php');
admin_externalpage_setup('local_digitalstrategy_strategies', '', null, $url);
require_capability('local/digitalstrategy:viewallstrategies', context_system::instance());

$controls = new organisation_list_controls($url, $listfilter, 'name', $desc, $perpage, strategies_page::DEFAULT_PERPAGE, 'name');
$organisations = \core\di::get(organisation_repository::class);
$result = $organisations->search($filter, 'name', $desc, $page * $perpage, $perpage);
if (!$result['rows'] && $result['total'] > 0 && $perpage > 0) {
    // A page past the end (a hand-made address): the last page.
    $page = intdiv($result['total'] - 1, $perpage);
    $result = $organisations->search($filter, 'name', $desc, $page * $perpage, $perpage);
}
$rows = array_map(fn($r) => ['id' => (int) $r->id, 'name' => (string) $r->name], $result['rows']);
$summaries = \core\di::get(strategy_summary_repository::class)->for_organisations(array_column($rows, 'id'));
$totalall = $listfilter->is_empty() ? $result['total'] : $organisations->count_active();

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('strategies_title', 'local_digitalstrategy'));
echo $OUTPUT->render(new strategies_page(
    new strategies_table($rows, $summaries, 'local_digitalstrategy-strategies', $controls->column(
        'name',
        get_string('strategies_organisation', 'local_digitalstrategy')
    ), true),
    $controls,
    $result['total'],
    count($rows),
    $page,
    $perpage,
    $totalall
));
echo $OUTPUT->footer();
