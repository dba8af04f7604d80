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

namespace mod_devcircle\external;

use core_external\external_api;
use core_external\external_function_parameters;
use core_external\external_multiple_structure;
use core_external\external_single_structure;
use core_external\external_value;
use mod_devcircle\local\bbb\bbb_exception;
use mod_devcircle\local\http\timeouts;
use mod_devcircle\webinar\recording_service;
use mod_devcircle\webinar\session_repository;
use moodle_url;

/**
 * The recordings of a circle's sessions, grouped by session (one call to the server).
 *
 * Unpublished recordings are listed only for users who manage recordings. A session restored
 * from a backup lists the recordings of the meetings it held before too, marked as inherited:
 * they are managed in the circle they were made in. Playback goes through Moodle
 * (recording.php), which checks access and logs the view. When the server cannot be asked the
 * status is "unavailable" (the lists are empty because nothing is known, not because there are
 * no recordings); the circle page loads this, so the server gets the page budget.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class get_recordings extends external_api {
    /** @var string the server listed the recordings */
    public const STATUS_OK = 'ok';
    /** @var string the server could not be asked: nothing is known about recordings right now */
    public const STATUS_UNAVAILABLE = 'unavailable';

    /**
     * Parameters.
     *
     * @return external_function_parameters
     */
    public static function execute_parameters(): external_function_parameters {
        return new external_function_parameters([
            'cmid' => new external_value(PARAM_INT, 'Course module id of the circle', VALUE_REQUIRED, null, NULL_NOT_ALLOWED),
        ]);
    }

    /**
     * Lists the recordings.
     *
     * @param int $cmid course module id
     * @return array
     */
    public static function execute(int $cmid): array {
        global $USER;
        ['cmid' => $cmid] = self::validate_parameters(self::execute_parameters(), ['cmid' => $cmid]);
        $instance = lookup::circle($cmid);
        $context = $instance->get_context();
        self::validate_context($context);
        require_capability('mod/devcircle:view', $context);

        $canmanage = $instance->can_manage_recordings((int) $USER->id);
        $sessions = \core\di::get(session_repository::class)->list_for_circle($instance->get_instance_id());
        $error = '';
        $status = self::STATUS_OK;
        try {
            $bysession = \core\di::get(recording_service::class)->with_timeouts(timeouts::for_page())
                ->for_sessions($instance, $sessions, $canmanage);
        } catch (bbb_exception $e) {
            $error = get_string($e->errorcode, 'mod_devcircle');
            $status = self::STATUS_UNAVAILABLE;
            $bysession = [];
        }
        $result = [];
        foreach ($sessions as $session) {
            $list = [];
            foreach ($bysession[$session->get_id()] ?? [] as $recording) {
                $list[] = [
                    'recordid' => $recording->recordid,
                    'name' => \core_external\util::format_string($recording->name, $context),
                    'published' => $recording->published,
                    'inherited' => recording_service::is_inherited($session, $recording),
                    'starttime' => $recording->starttime,
                    'endtime' => $recording->endtime,
                    'participants' => $recording->participants,
                    'playurl' => $recording->published || $canmanage
                        ? (new moodle_url('/mod/devcircle/recording.php', [
                            'id' => $instance->get_cm_id(),
                            'session' => $session->get_id(),
                            'recordid' => $recording->recordid,
                        ]))->out(false)
                        : '',
                ];
            }
            $result[] = ['sessionid' => $session->get_id(), 'recordings' => $list];
        }
        return ['status' => $status, 'sessions' => $result, 'canmanage' => $canmanage, 'error' => $error];
    }

    /**
     * Return structure.
     *
     * @return external_single_structure
     */
    public static function execute_returns(): external_single_structure {
        return new external_single_structure([
            'status' => new external_value(
                PARAM_ALPHA,
                '"ok" when the server listed the recordings, "unavailable" when it could not be asked right now'
            ),
            'sessions' => new external_multiple_structure(new external_single_structure([
                'sessionid' => new external_value(PARAM_INT, 'Session id'),
                'recordings' => new external_multiple_structure(new external_single_structure([
                    'recordid' => new external_value(PARAM_RAW, 'BigBlueButton record ID'),
                    'name' => new external_value(PARAM_RAW, 'Name of the recording, formatted (HTML)'),
                    'published' => new external_value(PARAM_BOOL, 'Whether it can be played by participants'),
                    'inherited' => new external_value(PARAM_BOOL, 'Made before the session was restored into this circle'),
                    'starttime' => new external_value(PARAM_INT, 'Start, Unix time'),
                    'endtime' => new external_value(PARAM_INT, 'End, Unix time'),
                    'participants' => new external_value(PARAM_INT, 'How many took part'),
                    'playurl' => new external_value(PARAM_URL, 'Moodle URL that plays it, empty when it cannot be played'),
                ])),
            ])),
            'canmanage' => new external_value(PARAM_BOOL, 'Whether the user may publish, unpublish and delete'),
            'error' => new external_value(PARAM_TEXT, 'Plain-language message when the server could not be asked, else empty'),
        ]);
    }
}
