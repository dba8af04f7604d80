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
 * Programme overview for managers and administrators.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

require_login();
$context = context_system::instance();
require_capability('local/digitalstrategy:viewallresults', $context);

// Sets the URL, the admin layout, the navigation and the title from the admin tree entry.
admin_externalpage_setup('local_digitalstrategy_overview');

$organisations = \core\di::get(\local_digitalstrategy\local\organisation_repository::class)->count_active();
$overview = \local_digitalstrategy\output\overview::build(
    \core\di::get(\local_digitalstrategy\local\settings::class),
    $organisations,
    $organisations ? \core\di::get(\local_digitalstrategy\local\check\score_repository::class)->count_participating() : 0,
    has_capability('moodle/site:config', $context),
    has_capability('local/digitalstrategy:manageorganisations', $context)
);

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('overview', 'local_digitalstrategy'));
echo $OUTPUT->render($overview);
echo $OUTPUT->footer();
