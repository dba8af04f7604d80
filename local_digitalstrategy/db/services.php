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
 * Web services of local_digitalstrategy.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$functions = [
    'local_digitalstrategy_get_run' => [
        'classname' => \local_digitalstrategy\external\get_run::class,
        'description' => 'A run of the check with its answers, for members of its organisation.',
        'type' => 'read',
        'ajax' => true,
    ],
    'local_digitalstrategy_start_run' => [
        'classname' => \local_digitalstrategy\external\start_run::class,
        'description' => 'Starts the check for the current user\'s organisation, or returns the open run.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/digitalstrategy:answercheck',
    ],
    'local_digitalstrategy_save_answer' => [
        'classname' => \local_digitalstrategy\external\save_answer::class,
        'description' => 'Saves one answer of the check, detecting conflicting changes by colleagues.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/digitalstrategy:answercheck',
    ],
    'local_digitalstrategy_submit_run' => [
        'classname' => \local_digitalstrategy\external\submit_run::class,
        'description' => 'Submits the check when it is complete enough.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/digitalstrategy:answercheck',
    ],
    'local_digitalstrategy_get_results' => [
        'classname' => \local_digitalstrategy\external\get_results::class,
        'description' => 'Scores, peer comparison, strengths, weaknesses, recommendations and history of a run.',
        'type' => 'read',
        'ajax' => true,
    ],
    'local_digitalstrategy_get_bestpractice' => [
        'classname' => \local_digitalstrategy\external\get_bestpractice::class,
        'description' => 'One page of the best-practice collection by text, experiment field and dimension; anonymised '
            . 'entries carry no organisation.',
        'type' => 'read',
        'ajax' => true,
        'capabilities' => 'local/digitalstrategy:viewstrategy',
    ],
    'local_digitalstrategy_get_strategy' => [
        'classname' => \local_digitalstrategy\external\get_strategy::class,
        'description' => 'The strategy of an organisation: state, vision, guiding values, goals and experiment fields.',
        'type' => 'read',
        'ajax' => true,
    ],
    'local_digitalstrategy_get_analyses' => [
        'classname' => \local_digitalstrategy\external\get_analyses::class,
        'description' => 'Resistance analyses and process-advice notes of the expert forum about an organisation, '
            . 'for its leadership, the expert forum and the project team.',
        'type' => 'read',
        'ajax' => true,
    ],
    // The PDCA board and the Ampel.
    'local_digitalstrategy_get_board' => [
        'classname' => \local_digitalstrategy\external\get_board::class,
        'description' => 'The measures of an organisation\'s PDCA board with their ratings and the overall Ampel.',
        'type' => 'read',
        'ajax' => true,
        'capabilities' => 'local/digitalstrategy:viewstrategy',
    ],
    'local_digitalstrategy_move_measure' => [
        'classname' => \local_digitalstrategy\external\move_measure::class,
        'description' => 'Moves a measure to a phase and position of the board, detecting conflicting changes by colleagues.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/digitalstrategy:editstrategy',
    ],
    'local_digitalstrategy_rate_measure' => [
        'classname' => \local_digitalstrategy\external\rate_measure::class,
        'description' => 'Rates a measure green, amber or red on quality, cost, staff or time.',
        'type' => 'write',
        'ajax' => true,
        'capabilities' => 'local/digitalstrategy:editstrategy',
    ],
    // Answering a campaign (respond.php): open without login for the personal link's token; logged in otherwise.
    'local_digitalstrategy_respond_save_answer' => [
        'classname' => \local_digitalstrategy\external\respond_save_answer::class,
        'description' => 'Saves one answer of a campaign\'s draft, by link without login or logged in, detecting conflicts.',
        'type' => 'write',
        'ajax' => true,
        'loginrequired' => false,
    ],
    'local_digitalstrategy_respond_submit' => [
        'classname' => \local_digitalstrategy\external\respond_submit::class,
        'description' => 'Submits the response to a campaign once, by link without login or logged in.',
        'type' => 'write',
        'ajax' => true,
        'loginrequired' => false,
    ],
];
