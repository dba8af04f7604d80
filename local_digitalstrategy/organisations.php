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

use local_digitalstrategy\local\organisation_repository;

admin_externalpage_setup('local_digitalstrategy_organisations');
$context = context_system::instance();
require_capability('local/digitalstrategy:manageorganisations', $context);

$action = optional_param('action', '', PARAM_ALPHA);
$repository = \core\di::get(organisation_repository::class);
if ($action === 'archive' || $action === 'unarchive') {
    require_sesskey();
    $organisation = $repository->get(required_param('id', PARAM_INT));
    $repository->set_archived($organisation, $action === 'archive', $USER->id);
    redirect($PAGE->url, get_string(
        $action === 'archive' ? 'organisationarchivednotice' : 'organisationunarchived',
        'local_digitalstrategy',
        $organisation->get_formatted_name()
    ), null, \core\output\notification::NOTIFY_SUCCESS);
}

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('organisations', 'local_digitalstrategy'));
echo $OUTPUT->render(new \local_digitalstrategy\output\organisations_page($repository->list_organisations()));
echo $OUTPUT->footer();
