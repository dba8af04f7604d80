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
 * Survey campaigns of the programme with their participation, for the project team.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use local_digitalstrategy\local\campaign\participation_repository;

$context = context_system::instance();
require_login();
require_capability('local/digitalstrategy:managecampaigns', $context);
$PAGE->set_context($context);
$PAGE->set_url(new moodle_url('/local/digitalstrategy/campaigns.php'));
$PAGE->set_pagelayout('admin');
$PAGE->set_title(get_string('campaign_list', 'local_digitalstrategy'));
$PAGE->set_heading(get_string('campaign_list', 'local_digitalstrategy'));

$campaigns = \core\di::get(participation_repository::class)->campaigns([], 'survey');

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('campaign_list', 'local_digitalstrategy'));
echo $OUTPUT->render(new \local_digitalstrategy\output\campaigns_page($campaigns));
echo $OUTPUT->footer();
