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
 * Organisations of the programme: list, archive and reactivate.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

use local_digitalstrategy\local\organisation_filter;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\output\organisation_list_controls;
use local_digitalstrategy\organisation;

/** Organisations per page unless the address says otherwise. */
const LOCAL_DIGITALSTRATEGY_ORGANISATIONS_PERPAGE = 50;
/** The columns the list sorts by. */
const LOCAL_DIGITALSTRATEGY_ORGANISATIONS_SORTS = ['name', 'idnumber', 'location', 'region', 'contactemail', 'fieldofwork',
    'employees', 'pilot', 'members'];

admin_externalpage_setup('local_digitalstrategy_organisations');
$context = context_system::instance();
require_capability('local/digitalstrategy:manageorganisations', $context);

$filter = new organisation_filter(
    optional_param('q', '', PARAM_TEXT),
    optional_param('fieldofwork', '', PARAM_ALPHA),
    optional_param('pilot', '', PARAM_ALPHANUM),
    optional_param('participation', '', PARAM_ALPHA),
    optional_param('status', '', PARAM_ALPHA),
);
$sort = optional_param('sort', '', PARAM_ALPHA);
$sort = in_array($sort, LOCAL_DIGITALSTRATEGY_ORGANISATIONS_SORTS, true) ? $sort : '';
$desc = optional_param('dir', 'asc', PARAM_ALPHA) === 'desc';
$page = max(0, optional_param('page', 0, PARAM_INT));
$perpage = min(1000, max(1, optional_param('perpage', LOCAL_DIGITALSTRATEGY_ORGANISATIONS_PERPAGE, PARAM_INT)));
$controls = new organisation_list_controls(
    new moodle_url('/local/digitalstrategy/organisations.php'),
    $filter,
    $sort,
    $desc,
    $perpage,
    LOCAL_DIGITALSTRATEGY_ORGANISATIONS_PERPAGE
);

$action = optional_param('action', '', PARAM_ALPHA);
$repository = \core\di::get(organisation_repository::class);
if ($action === 'archive' || $action === 'unarchive') {
    require_sesskey();
    $organisation = $repository->get(required_param('id', PARAM_INT));
    $repository->set_archived($organisation, $action === 'archive', $USER->id);
    redirect($controls->url(['page' => $page]), get_string(
        $action === 'archive' ? 'organisationarchivednotice' : 'organisationunarchived',
        'local_digitalstrategy',
        $organisation->get_formatted_name()
    ), null, \core\output\notification::NOTIFY_SUCCESS);
}

// Fields of work sort by their names in the user's language.
$fieldnames = [];
foreach (organisation::FIELDS_OF_WORK as $field) {
    $fieldnames[$field] = get_string('fieldofwork_' . $field, 'local_digitalstrategy');
}
core_collator::asort($fieldnames);
$result = $repository->search($filter, $sort, $desc, $page * $perpage, $perpage, array_keys($fieldnames));
if (!$result['rows'] && $result['total'] > 0) {
    // A page past the end (a hand-made address, or the last row archived away): the last page.
    $page = intdiv($result['total'] - 1, $perpage);
    $result = $repository->search($filter, $sort, $desc, $page * $perpage, $perpage, array_keys($fieldnames));
}
$totalall = $filter->is_empty() ? $result['total'] : $repository->count_all();

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('organisations', 'local_digitalstrategy'));
echo $OUTPUT->render(new \local_digitalstrategy\output\organisations_page(
    $result['rows'],
    $result['total'],
    $totalall,
    $page,
    $perpage,
    $controls
));
echo $OUTPUT->footer();
