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
 * Etherpad health check for administrators: URL, API key, API version and cookie domain.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/adminlib.php');

admin_externalpage_setup('mod_devcircle_etherpadhealth');

$report = new \mod_devcircle\output\health_report(\core\di::get(\mod_devcircle\local\etherpad\health_check::class)->run());

echo $OUTPUT->header();
echo $OUTPUT->heading(get_string('health_title', 'mod_devcircle'));
echo html_writer::tag('p', get_string('health_intro', 'mod_devcircle'));
echo $OUTPUT->render($report);
echo html_writer::tag('p', html_writer::link(
    new moodle_url('/admin/settings.php', ['section' => 'modsettingdevcircle']),
    get_string('health_settingslink', 'mod_devcircle')
));
echo $OUTPUT->footer();
