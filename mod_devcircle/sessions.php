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
 * All sessions of a development circle, a page at a time: those to come (and running), or
 * those that are over. The circle's page shows only the running and next sessions.
 *
 *   sessions.php?id=42                 the sessions to come
 *   sessions.php?id=42&list=past       the sessions that are over, the latest first
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

require_once(__DIR__ . '/../../config.php');

use mod_devcircle\instance_repository;
use mod_devcircle\output\sessions_section;
use mod_devcircle\webinar\session_overview;

$id = required_param('id', PARAM_INT); // Course module id.
$list = optional_param('list', session_overview::UPCOMING, PARAM_ALPHA);
$page = optional_param('page', 0, PARAM_INT);
if (!in_array($list, [session_overview::UPCOMING, session_overview::PAST], true)) {
    $list = session_overview::UPCOMING;
}

$instance = \core\di::get(instance_repository::class)->get_by_cmid($id);
if (!$instance) {
    throw new moodle_exception('invalidcoursemodule', 'error');
}
require_login($instance->get_course(), true, $instance->get_cm());
$context = $instance->get_context();
require_capability('mod/devcircle:view', $context);

$url = new moodle_url('/mod/devcircle/sessions.php', ['id' => $id, 'list' => $list]);
$title = get_string($list === session_overview::PAST ? 'sessionspasttitle' : 'sessionsupcoming', 'mod_devcircle');
$PAGE->set_url(new moodle_url($url, ['page' => $page]));
$PAGE->set_title($title . moodle_page::TITLE_SEPARATOR . $instance->get_formatted_name());
$PAGE->set_heading(format_string(
    $instance->get_course()->fullname,
    true,
    ['context' => context_course::instance($instance->get_course_id())]
));
$PAGE->set_activity_record($instance->get_record());
$PAGE->navbar->add($title);
$PAGE->requires->js_call_amd('mod_devcircle/webinar', 'init', ['mod_devcircle-sessions']);

$userid = (int) $USER->id;
$sessions = \core\di::get(session_overview::class)->page($instance, $userid, $list, $page);
$total = $list === session_overview::PAST ? $sessions->past : $sessions->upcoming;

echo $OUTPUT->header();
echo $OUTPUT->render(new \core\output\tabtree([
    new \core\output\tabobject(
        session_overview::UPCOMING,
        new moodle_url($url, ['list' => session_overview::UPCOMING]),
        get_string('sessionsupcomingcount', 'mod_devcircle', $sessions->upcoming)
    ),
    new \core\output\tabobject(
        session_overview::PAST,
        new moodle_url($url, ['list' => session_overview::PAST]),
        get_string('sessionspastcount', 'mod_devcircle', $sessions->past)
    ),
], $list));
echo $OUTPUT->render(new sessions_section(
    $instance,
    $sessions,
    $userid,
    \core\di::get(\core\clock::class)->time(),
    $list
));
echo $OUTPUT->paging_bar($total, $page, session_overview::PER_PAGE, $url);
echo html_writer::link($instance->get_view_url(), get_string('backtocircle', 'mod_devcircle'));
echo $OUTPUT->footer();
