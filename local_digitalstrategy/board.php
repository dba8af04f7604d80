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
 * The Plan-Do-Check-Act board of an organisation's strategy (default: the viewer's organisation).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\board_service;

require_login(null, false);
$context = context_system::instance();
$orgid = optional_param('orgid', 0, PARAM_INT);
$organisations = \core\di::get(organisation_repository::class);
$organisation = $orgid ? $organisations->get($orgid) : $organisations->get_for_user((int) $USER->id);
if (!$organisation) {
    throw new moodle_exception('notmember', 'local_digitalstrategy');
}
$service = \core\di::get(board_service::class);
$board = $service->board($organisation, (int) $USER->id);

$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/board.php', ['orgid' => $organisation->get_id()]));
$PAGE->set_pagelayout('standard');
// The title and the heading are plain text: Moodle formats (and so escapes) them once.
$title = get_string('board_title', 'local_digitalstrategy');
$PAGE->set_title($title);
$PAGE->set_heading($title);
// Viewers get the polling too: they see colleagues' moves without a reload.
$PAGE->requires->js_call_amd('local_digitalstrategy/board', 'init', ['local_digitalstrategy-board']);

echo $OUTPUT->header();
echo $OUTPUT->render(new \local_digitalstrategy\output\board_page($organisation, $board));
echo $OUTPUT->footer();
