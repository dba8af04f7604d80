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
 * Scheduled tasks of local_digitalstrategy.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$tasks = [
    // PDCA board: remind owners of measures falling due within a day.
    [
        'classname' => \local_digitalstrategy\task\measure_due_reminders::class,
        'blocking' => 0,
        'minute' => '15',
        'hour' => '6',
        'day' => '*',
        'month' => '*',
        'dayofweek' => '*',
    ],
    // Survey campaigns: open and close at their dates, send pending invitations (again after a
    // refusal) and reminders to those who have not responded.
    [
        'classname' => \local_digitalstrategy\task\send_reminders::class,
        'blocking' => 0,
        'minute' => '*/15',
        'hour' => '*',
        'day' => '*',
        'month' => '*',
        'dayofweek' => '*',
    ],
    // Document-access statistics and active users: aggregate new rows of the standard log in
    // bounded batches (at most two minutes a run; the next run resumes).
    [
        'classname' => \local_digitalstrategy\task\aggregate_docaccess::class,
        'blocking' => 0,
        'minute' => '*/15',
        'hour' => '*',
        'day' => '*',
        'month' => '*',
        'dayofweek' => '*',
    ],
    // Project controlling: compute every indicator's actual value and Ampel per half-year and store
    // them for the report builder.
    [
        'classname' => \local_digitalstrategy\task\refresh_indicators::class,
        'blocking' => 0,
        'minute' => 'R',
        'hour' => '*',
        'day' => '*',
        'month' => '*',
        'dayofweek' => '*',
    ],
];
