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

use mod_devcircle\event;
use mod_devcircle\instance;
use mod_devcircle\instance_repository;
use mod_devcircle\local\bbb\jwt;
use mod_devcircle\tests\bbb_double;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Tests of the calls the BigBlueButton server makes to Moodle: recording ready (JWT) and
 * meeting ended (token in the URL).
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\webinar\callback_handler
 * @covers     \mod_devcircle\local\bbb\jwt
 */
#[CoversClass(callback_handler::class)]
#[CoversClass(\mod_devcircle\local\bbb\jwt::class)]
final class callback_handler_test extends \advanced_testcase {
    use bbb_double;

    /** @var instance the circle */
    private instance $instance;
    /** @var session the session */
    private session $session;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->use_bbb_double();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id, 'waitformoderator' => 0]);
        $this->instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $this->session = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')
            ->create_session(['devcircle' => $circle->id]);
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $this->setUser($teacher);
        \core\di::get(meeting_service::class)->join($this->instance, $this->session, $teacher);
        $this->session = $this->reload();
        $this->setUser(null);
    }

    /**
     * The session as it is stored now.
     *
     * @return session
     */
    private function reload(): session {
        return \core\di::get(session_repository::class)->get_by_id($this->session->get_id());
    }

    /**
     * The handler, as callback.php gets it.
     *
     * @return callback_handler
     */
    private function handler(): callback_handler {
        return \core\di::get(callback_handler::class);
    }

    /**
     * The signed_parameters the double sent with its recording-ready callback.
     *
     * @param array $answer the answer of the control endpoint
     * @return string
     */
    private function signed_parameters(array $answer): string {
        $this->assertSame('recording-ready', $answer['callback']['kind']);
        parse_str($answer['callback']['body'], $body);
        return $body['signed_parameters'];
    }

    public function test_the_recording_ready_callback_of_the_server_is_accepted_and_refreshes_the_list(): void {
        $answer = $this->bbb_add_recording($this->session->get_meetingid());
        $this->assertStringContainsString('/mod/devcircle/callback.php?action=recordingready&circle=' .
            $this->instance->get_instance_id(), $answer['callback']['url']);
        $before = $this->session->get_recordings_revision();

        $status = $this->handler()->recording_ready(
            $this->instance->get_instance_id(),
            $this->signed_parameters($answer)
        );

        $this->assertSame(202, $status);
        $this->assertSame($before + 1, $this->reload()->get_recordings_revision());
    }

    public function test_a_forged_recording_ready_callback_is_refused(): void {
        $forged = jwt::encode_hs256(['meeting_id' => $this->session->get_meetingid(), 'record_id' => 'x-1'], 'not-the-secret');
        $none = rtrim(strtr(base64_encode('{"alg":"none"}'), '+/', '-_'), '=') . '.' .
            rtrim(strtr(
                base64_encode(json_encode(['meeting_id' => $this->session->get_meetingid(), 'record_id' => 'x'])),
                '+/',
                '-_'
            ), '=') . '.';
        $handler = $this->handler();
        $circleid = $this->instance->get_instance_id();

        $this->assertSame(400, $handler->recording_ready($circleid, $forged));
        $this->assertSame(400, $handler->recording_ready($circleid, $none));
        $this->assertSame(400, $handler->recording_ready($circleid, 'garbage'));
        $this->assertSame(400, $handler->recording_ready($circleid, ''));
        $this->assertSame(0, $this->reload()->get_recordings_revision());
    }

    public function test_a_genuine_token_for_another_circle_is_refused(): void {
        $token = jwt::encode_hs256(['meeting_id' => $this->session->get_meetingid(), 'record_id' => 'x-1'], $this->bbbsecret);

        $this->assertSame(404, $this->handler()->recording_ready($this->instance->get_instance_id() + 1, $token));
        $this->assertSame(202, $this->handler()->recording_ready($this->instance->get_instance_id(), $token));
    }

    public function test_the_end_callback_closes_the_session_and_a_forged_one_does_not(): void {
        $sink = $this->redirectEvents();
        $url = \core\di::get(meeting_service::class)->end_callback_url($this->session);
        $handler = $this->handler();

        $this->assertSame(403, $handler->meeting_ended($this->session->get_id(), 'forged'));
        $this->assertSame(403, $handler->meeting_ended($this->session->get_id(), ''));
        $this->assertTrue($this->reload()->is_open());
        $this->assertSame(200, $handler->meeting_ended($this->session->get_id(), $url->get_param('token')));

        $this->assertFalse($this->reload()->is_open());
        $ended = array_filter($sink->get_events(), fn($e) => $e instanceof event\session_ended);
        $this->assertCount(1, $ended);
    }

    public function test_without_the_token_nobody_learns_whether_a_session_exists(): void {
        $unknown = $this->session->get_id() + 1000;
        $handler = $this->handler();

        // Known or not: a wrong token gets the same answer, before anything is looked up.
        $this->assertSame(403, $handler->meeting_ended($unknown, 'forged'));
        $this->assertSame(403, $handler->meeting_ended($unknown, ''));
        $this->assertSame(403, $handler->meeting_ended($this->session->get_id(), 'forged'));
        // Only the holder of the shared secret hears that there is no such session.
        $token = \core\di::get(meeting_service::class)->end_callback_url(
            new session((object) ['id' => $unknown, 'devcircle' => 0, 'meetingid' => ''])
        )->get_param('token');
        $this->assertSame(404, $handler->meeting_ended($unknown, $token));
        $this->assertTrue($this->reload()->is_open());
    }

    public function test_without_a_configured_server_every_end_callback_is_refused(): void {
        global $CFG;
        unset($CFG->bigbluebuttonbn_server_url, $CFG->bigbluebuttonbn_shared_secret);
        set_config('bbb_serverurl', '', 'mod_devcircle');
        set_config('bbb_secret', '', 'mod_devcircle');
        \core\di::reset_container();

        $this->assertSame(403, $this->handler()->meeting_ended($this->session->get_id(), 'anything'));
        $this->assertTrue($this->reload()->is_open());
    }

    public function test_the_end_url_the_server_gets_is_the_one_moodle_accepts(): void {
        $meeting = $this->bbb_control('GET', 'state')['meetings'][0];
        $url = new \moodle_url($meeting['metadata']['endcallbackurl']);

        $this->assertSame('end', $url->get_param('action'));
        $this->assertSame(200, $this->handler()->meeting_ended((int) $url->get_param('session'), $url->get_param('token')));
    }

    public function test_jwt_expiry_and_algorithm_are_checked(): void {
        $expired = jwt::encode_hs256(['meeting_id' => 'm', 'exp' => time() - 10], 's3cret');
        $this->assertSame(['meeting_id' => 'm'], jwt::decode_hs256(jwt::encode_hs256(['meeting_id' => 'm'], 's3cret'), 's3cret'));
        $this->expectException(\invalid_parameter_exception::class);
        jwt::decode_hs256($expired, 's3cret');
    }
}
