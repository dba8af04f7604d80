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
 * One pad of a development circle, embedded from Etherpad; the last snapshot when Etherpad is down.
 *
 * pad.php?id=PAD opens a pad; pad.php?cmid=CM&sessionid=S opens (and first creates) the
 * minutes of a session; pad.php?cmid=CM opens the circle pad.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

use mod_devcircle\event\pad_viewed;
use mod_devcircle\instance_repository;
use mod_devcircle\local\etherpad\etherpad_exception;
use mod_devcircle\local\etherpad\session_cookie;
use mod_devcircle\local\http\timeouts;
use mod_devcircle\output\pad_page;
use mod_devcircle\pads\pad;
use mod_devcircle\pads\pad_repository;
use mod_devcircle\pads\pad_service;
use mod_devcircle\pads\snapshot_repository;

require(__DIR__ . '/../../config.php');

$id = optional_param('id', 0, PARAM_INT);
$cmid = optional_param('cmid', 0, PARAM_INT);
$sessionid = optional_param('sessionid', 0, PARAM_INT);

$instances = \core\di::get(instance_repository::class);
$service = \core\di::get(pad_service::class);
if (!$id) {
    // A session's minutes or the circle pad: found (or created) for the circle, then shown under their own id.
    $instance = $instances->get_by_cmid($cmid);
    if (!$instance) {
        throw new moodle_exception('invalidcoursemodule', 'error');
    }
    require_login($instance->get_course(), true, $instance->get_cm());
    require_capability('mod/devcircle:view', $instance->get_context());
    $pad = $sessionid
        ? $service->get_or_create_session_minutes($instance->get_instance_id(), $sessionid)
        : $service->get_or_create_circle_pad($instance->get_instance_id(), $instance->get_name());
    redirect(new moodle_url('/mod/devcircle/pad.php', ['id' => $pad->get_id()]));
}

$pad = \core\di::get(pad_repository::class)->get($id);
$instance = $pad ? $instances->get_by_cmid($pad->get_cmid()) : null;
if (!$pad || !$instance) {
    throw new moodle_exception('padnotfound', 'mod_devcircle');
}
$course = $instance->get_course();
require_login($course, true, $instance->get_cm());
$context = $instance->get_context();
require_capability('mod/devcircle:view', $context);
$userid = (int) $USER->id;

$access = null;
$problem = null;
try {
    // The page budget for Etherpad: a hung server costs this page 1 s, then the circuit breaker answers at once.
    $access = $service->with_timeouts(timeouts::for_page())->open($pad, $USER, $instance->can_edit_pads($userid));
    session_cookie::send($access->sessionid, $access->validuntil);
} catch (etherpad_exception $e) {
    // The plain-language message without the technical detail; the last snapshot is shown instead.
    $problem = get_string($e->errorcode, 'mod_devcircle', $e->a);
}

pad_viewed::create([
    'objectid' => $pad->get_id(),
    'context' => $context,
    'other' => ['padid' => $pad->get_id()],
])->trigger();

// The circle pad carries the circle's name, which the page header shows already.
$padname = $pad->get_kind() === pad::KIND_CIRCLE ? get_string('padkind_circle', 'mod_devcircle')
    : format_string($pad->get_name(), true, ['context' => $context]);
$PAGE->set_url('/mod/devcircle/pad.php', ['id' => $pad->get_id()]);
$PAGE->set_title($padname . moodle_page::TITLE_SEPARATOR . $instance->get_formatted_name());
$PAGE->set_heading(format_string($course->fullname, true, ['context' => context_course::instance($course->id)]));
$PAGE->set_cacheable(false);
$PAGE->activityheader->disable();
$PAGE->navbar->add($padname);
$PAGE->requires->js_call_amd('mod_devcircle/pad', 'init', ['mod_devcircle-pad']);

echo $OUTPUT->header();
echo $OUTPUT->heading($padname, 2);
echo $OUTPUT->render(new pad_page(
    $pad,
    $access,
    $problem,
    $instance->can_manage_pads($userid),
    $access === null ? \core\di::get(snapshot_repository::class)->latest($pad->get_id()) : null
));
echo $OUTPUT->footer();
