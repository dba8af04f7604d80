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
 * The experiment fields strategies choose from: the project team adds, renames and archives them.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\strategy\strategy_field_repository;

require_login(null, false);
$context = context_system::instance();
require_capability('local/digitalstrategy:manageorganisations', $context);
$fields = \core\di::get(strategy_field_repository::class);

$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/fields.php'));
$PAGE->set_pagelayout('admin');
$title = get_string('field_list', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);

$action = optional_param('action', '', PARAM_ALPHA);
if ($action !== '' && data_submitted()) {
    require_sesskey();
    $id = required_param('id', PARAM_INT);
    $field = $fields->get($id);
    $fields->set_archived($id, $action === 'archive', $USER->id);
    redirect(
        $PAGE->url,
        get_string(
            $action === 'archive' ? 'field_archivedmessage' : 'field_restoredmessage',
            'local_digitalstrategy',
            $field['displayname']
        ),
        null,
        \core\output\notification::NOTIFY_SUCCESS
    );
}

echo $OUTPUT->header();
echo $OUTPUT->heading($title);
echo $OUTPUT->render(new \local_digitalstrategy\output\strategy_fields_page($fields->list(true), sesskey()));
echo $OUTPUT->footer();
