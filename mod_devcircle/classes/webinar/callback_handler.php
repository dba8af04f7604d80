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

namespace mod_devcircle\webinar;

use mod_devcircle\instance_repository;
use mod_devcircle\local\bbb\bbb_exception;
use mod_devcircle\local\bbb\client;

/**
 * Handles the calls the BigBlueButton server makes to Moodle: the end of a meeting
 * (meta_endCallbackUrl, authenticated by a token made with the shared secret) and a finished
 * recording (bbb-recording-ready-url, a JWT signed with the shared secret).
 *
 * Each method returns the HTTP status to answer with. The token or JWT is checked before
 * anything is looked up, so a caller without the secret learns nothing about which sessions
 * or circles exist: every refusal looks the same.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class callback_handler {
    /**
     * Creates the handler.
     *
     * @param client $client the API client (its secret verifies the calls)
     * @param meeting_service $meetings makes the end tokens
     * @param session_manager $manager records the end and changed recordings
     * @param session_repository $sessions the sessions
     * @param instance_repository $instances the circles
     */
    public function __construct(
        /** @var client the API client */
        private readonly client $client,
        /** @var meeting_service makes the end tokens */
        private readonly meeting_service $meetings,
        /** @var session_manager records the end and changed recordings */
        private readonly session_manager $manager,
        /** @var session_repository the sessions */
        private readonly session_repository $sessions,
        /** @var instance_repository the circles */
        private readonly instance_repository $instances,
    ) {
    }

    /**
     * The meeting of a session ended.
     *
     * @param int $sessionid the session named in the callback URL
     * @param string $token the token of the callback URL
     * @return int HTTP status: 200 handled, 403 bad token (whether the session exists or not),
     *     404 unknown session with a genuine token
     */
    public function meeting_ended(int $sessionid, string $token): int {
        try {
            $expected = $this->meetings->end_token($sessionid);
        } catch (bbb_exception $e) {
            // No server configured: nobody can hold a genuine token.
            return 403;
        }
        if ($token === '' || !hash_equals($expected, $token)) {
            return 403;
        }
        $instance = $this->instances->get_by_sessionid($sessionid);
        $session = $instance ? $this->sessions->get($instance->get_instance_id(), $sessionid) : null;
        if (!$instance || !$session) {
            return 404;
        }
        $this->manager->mark_ended($instance, $session);
        return 200;
    }

    /**
     * A recording of a circle's session is ready.
     *
     * @param int $circleid the circle named in the callback URL
     * @param string $signedparameters the JWT BigBlueButton sent
     * @return int HTTP status: 202 accepted, 400 bad or forged token, 404 unknown circle or meeting
     */
    public function recording_ready(int $circleid, string $signedparameters): int {
        try {
            $claims = $this->client->verify_callback_jwt($signedparameters);
        } catch (\invalid_parameter_exception $e) {
            return 400;
        }
        $meetingid = (string) ($claims['meeting_id'] ?? '');
        if ($meetingid === '' || empty($claims['record_id'])) {
            return 400;
        }
        $session = $this->sessions->get_by_meetingid($meetingid);
        if (!$session || $session->get_circle_id() !== $circleid) {
            return 404;
        }
        $this->manager->touch_recordings($session);
        return 202;
    }
}
