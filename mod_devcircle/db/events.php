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
 * Event observers of mod_devcircle.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$observers = [
    // Pads: keep a copy of the circle's pads (the session's minutes above all) when a session ends.
    [
        'eventname' => '\mod_devcircle\event\session_ended',
        'callback' => '\mod_devcircle\pads\observer::session_ended',
    ],
    // Feedback: invite the session's attendees to its feedback form and notify them.
    [
        'eventname' => '\mod_devcircle\event\session_ended',
        'callback' => '\mod_devcircle\feedback\observer::session_ended',
    ],
];
