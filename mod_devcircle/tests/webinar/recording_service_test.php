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

use core_external\external_api;
use mod_devcircle\external\get_recordings;
use mod_devcircle\instance;
use mod_devcircle\instance_repository;
use mod_devcircle\local\bbb\jwt;
use mod_devcircle\tests\bbb_double;
use mod_devcircle\tests\escaping_assertions;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The recordings of a circle's sessions against the BigBlueButton test double: the server's
 * list is kept in Moodle's cache for a short time and dropped when a recording is ready,
 * published, unpublished or deleted, or a session ends; names are shown as stored.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\webinar\recording_service
 * @covers     \mod_devcircle\webinar\recordings_cache
 */
#[CoversClass(recording_service::class)]
#[CoversClass(recordings_cache::class)]
final class recording_service_test extends \advanced_testcase {
    use bbb_double;
    use escaping_assertions;

    /** @var instance the circle */
    private instance $instance;
    /** @var session a session that was held */
    private session $session;
    /** @var \stdClass the moderator */
    private \stdClass $teacher;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->use_bbb_double();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $this->instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $this->teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $this->setUser($this->teacher);
        $this->session = $this->start($this->getDataGenerator()->get_plugin_generator('mod_devcircle')
            ->create_session(['devcircle' => $circle->id]));
    }

    /**
     * Starts a session's meeting as its moderator.
     *
     * @param session $session the session
     * @return session as it is now
     */
    private function start(session $session): session {
        \core\di::get(meeting_service::class)->join($this->instance, $session, $this->teacher);
        return \core\di::get(session_repository::class)->get_by_id($session->get_id());
    }

    /**
     * The record IDs listed for the session.
     *
     * @return string[]
     */
    private function listed(): array {
        $sessions = \core\di::get(session_repository::class)->list_for_circle($this->instance->get_instance_id());
        $list = \core\di::get(recording_service::class)->for_sessions($this->instance, $sessions, true);
        return array_map(fn($r) => $r->recordid, $list[$this->session->get_id()]);
    }

    /**
     * How many times the server was asked for recordings.
     *
     * @return int
     */
    private function asked(): int {
        $lists = array_filter($this->bbb_calls(), fn($c) => $c['call'] === 'getRecordings' && isset($c['params']['meetingID']));
        return count($lists);
    }

    public function test_the_list_of_the_server_is_kept_for_a_short_time(): void {
        $first = $this->bbb_add_recording($this->session->get_meetingid())['recording']['recordID'];

        $this->assertSame([$first], $this->listed());
        $this->assertSame([$first], $this->listed());
        $this->assertSame([$first], $this->listed());

        $this->assertSame(1, $this->asked(), 'the server is asked once');
        $ttl = (int) (\cache_config::instance()->get_definition_by_id('mod_devcircle/recordings')['ttl'] ?? 0);
        $this->assertGreaterThan(0, $ttl);
        $this->assertLessThanOrEqual(5 * MINSECS, $ttl, 'a short time');
    }

    public function test_a_recording_ready_callback_shows_the_new_recording_at_once(): void {
        $this->assertSame([], $this->listed());
        // The double's callback cannot reach this test site: Moodle is called as the server would.
        $record = $this->bbb_add_recording($this->session->get_meetingid())['recording']['recordID'];
        $token = jwt::encode_hs256(['meeting_id' => $this->session->get_meetingid(), 'record_id' => $record], $this->bbbsecret);
        $this->assertSame([], $this->listed(), 'cached');

        $status = \core\di::get(callback_handler::class)->recording_ready($this->instance->get_instance_id(), $token);

        $this->assertSame(202, $status);
        $this->assertSame([$record], $this->listed());
        $this->assertSame(2, $this->asked());
    }

    public function test_publishing_unpublishing_and_deleting_show_at_once(): void {
        $record = $this->bbb_add_recording($this->session->get_meetingid())['recording']['recordID'];
        $service = \core\di::get(recording_service::class);
        $published = fn() => \core\di::get(recording_service::class)
            ->for_sessions($this->instance, [$this->session], false)[$this->session->get_id()];
        $this->assertCount(1, $published());

        $service->apply($this->session, $record, recording_service::ACTION_UNPUBLISH);
        $this->assertCount(0, $published(), 'unpublished: hidden from participants at once');
        $service->apply($this->session, $record, recording_service::ACTION_PUBLISH);
        $this->assertCount(1, $published());
        $service->apply($this->session, $record, recording_service::ACTION_DELETE);
        $this->assertSame([], $this->listed());
    }

    public function test_the_end_of_a_session_and_a_newly_started_one_ask_the_server_again(): void {
        $this->listed();
        \core\di::get(meeting_service::class)->end($this->instance, $this->session);
        $this->listed();
        $this->assertSame(2, $this->asked(), 'the end drops the list');

        $this->start($this->getDataGenerator()->get_plugin_generator('mod_devcircle')
            ->create_session(['devcircle' => $this->instance->get_instance_id()]));
        $this->listed();
        $this->assertSame(3, $this->asked(), 'another meeting: another list');
    }

    public function test_a_recording_of_another_session_with_the_same_meeting_id_is_not_listed(): void {
        // A recording that carries the meeting ID but names another session in its meta_ tags.
        $this->bbb_add_recording($this->session->get_meetingid(), ['meta' => ['devcircle-session' => '999999']]);

        $this->assertSame([], $this->listed());
    }

    public function test_names_of_recordings_are_shown_as_stored(): void {
        global $PAGE;
        $name = self::tricky_name('Aufzeichnung');
        $this->bbb_add_recording($this->session->get_meetingid(), ['name' => $name]);
        $answer = external_api::clean_returnvalue(
            get_recordings::execute_returns(),
            get_recordings::execute($this->instance->get_cm_id())
        );

        // The context mod_devcircle/webinar builds from the answer.
        $html = $PAGE->get_renderer('core')->render_from_template('mod_devcircle/recordings', [
            'hasrecordings' => true,
            'canmanage' => $answer['canmanage'],
            'recordings' => array_map(
                fn($r) => $r + ['date' => '7.12.2026, 10:00', 'minutes' => 85],
                $answer['sessions'][0]['recordings']
            ),
        ]);

        $this->assert_shown_once($name, $html, 'the recordings of a session');
        $this->assertStringContainsString('data-action="recording-delete"', $html);
    }
}
