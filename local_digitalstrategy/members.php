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
 * The members of an organisation: add with a role, change the role, remove.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

use local_digitalstrategy\local\organisation_repository;

$orgid = required_param('orgid', PARAM_INT);
admin_externalpage_setup(
    'local_digitalstrategy_organisations',
    '',
    null,
    new moodle_url('/local/digitalstrategy/members.php', ['orgid' => $orgid])
);
require_capability('local/digitalstrategy:manageorganisations', context_system::instance());

$repository = \core\di::get(organisation_repository::class);
$organisation = $repository->get($orgid);

$remove = optional_param('remove', 0, PARAM_INT);
if ($remove) {
    require_sesskey();
    $repository->remove_member($organisation, $remove);
    redirect(
        $PAGE->url,
        get_string('memberremoved', 'local_digitalstrategy'),
        null,
        \core\output\notification::NOTIFY_SUCCESS
    );
}

$form = new \local_digitalstrategy\form\member_form($PAGE->url, ['organisation' => $organisation]);
$form->set_data(['orgid' => $orgid]);
if ($data = $form->get_data()) {
    $repository->add_member($organisation, (int) $data->userid, $data->role, $USER->id);
    redirect(
        $PAGE->url,
        get_string('memberadded', 'local_digitalstrategy'),
        null,
        \core\output\notification::NOTIFY_SUCCESS
    );
}

$title = get_string('membersof', 'local_digitalstrategy', $organisation->get_formatted_name());
$PAGE->navbar->add($title);
echo $OUTPUT->header();
echo $OUTPUT->heading($title);
echo $OUTPUT->render(new \local_digitalstrategy\output\members_page($organisation, $repository->get_members($organisation)));
echo $OUTPUT->heading(get_string('addmember', 'local_digitalstrategy'), 3);
$form->display();
echo $OUTPUT->footer();
