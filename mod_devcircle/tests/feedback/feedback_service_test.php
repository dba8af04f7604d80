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

namespace mod_devcircle\feedback;

use local_digitalstrategy\local\campaign\campaign_repository;
use mod_devcircle\external\end_session;
use mod_devcircle\instance;
use mod_devcircle\instance_repository;
use mod_devcircle\output\feedback_section;
use mod_devcircle\tests\bbb_double;
use mod_devcircle\webinar\callback_handler;
use mod_devcircle\webinar\meeting_service;
use mod_devcircle\webinar\session;
use mod_devcircle\webinar\session_manager;
use mod_devcircle\webinar\session_repository;

/**
 * Feedback on a circle's sessions: attaching a form, inviting and notifying the attendees once
 * when a session ends (whichever end path fires, however often), and "give feedback" until
 * they answered.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\feedback\feedback_service
 * @covers     \mod_devcircle\feedback\circle_feedback_repository
 * @covers     \mod_devcircle\feedback\observer
 * @covers     \mod_devcircle\feedback\feedback_notifier
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\mod_devcircle\feedback\feedback_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\mod_devcircle\feedback\circle_feedback_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\mod_devcircle\feedback\observer::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\mod_devcircle\feedback\feedback_notifier::class)]
final class feedback_service_test extends \advanced_testcase {
    use bbb_double;

    /** @var \stdClass the course */
    private \stdClass $course;
    /** @var instance the circle */
    private instance $instance;
    /** @var session the session */
    private session $session;
    /** @var \stdClass the moderator */
    private \stdClass $teacher;
    /** @var \stdClass[] two attendees */
    private array $students;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->use_bbb_double();
        $this->course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $this->course->id, 'waitformoderator' => 0]);
        $this->instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $this->session = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')->create_session([
            'devcircle' => $circle->id,
            'title' => 'Kinder < 6 Jahre & "Eltern" 🎉',
        ]);
        $this->teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->students = [
            $this->getDataGenerator()->create_and_enrol($this->course, 'student'),
            $this->getDataGenerator()->create_and_enrol($this->course, 'student'),
        ];
    }

    /**
     * The example feedback form's id.
     *
     * @return int
     */
    private function form_id(): int {
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        return $generator->get_instrument_id('veranstaltungsfeedback');
    }

    /**
     * Attaches the example form as the teacher.
     *
     * @param session|null $session the session, null for the whole circle
     * @return \local_digitalstrategy\local\campaign\campaign
     */
    private function attach(?session $session): \local_digitalstrategy\local\campaign\campaign {
        return \core\di::get(feedback_service::class)->attach(
            $this->instance,
            $this->form_id(),
            $session,
            'Feedback & "Rückblick" 🎉',
            true,
            (int) $this->teacher->id
        );
    }

    /**
     * The teacher starts the session and the students join it.
     *
     * @param session $session the session
     */
    private function hold(session $session): void {
        $meetings = \core\di::get(meeting_service::class);
        $this->setUser($this->teacher);
        $meetings->join($this->instance, $session, $this->teacher);
        foreach ($this->students as $student) {
            $this->setUser($student);
            $meetings->join($this->instance, $this->reload($session), $student);
        }
        $this->setUser(null);
    }

    /**
     * A session as it is stored now.
     *
     * @param session $session the session
     * @return session
     */
    private function reload(session $session): session {
        return \core\di::get(session_repository::class)->get_by_id($session->get_id());
    }

    /**
     * The moderator ends the session through the web service.
     *
     * @param session $session the session
     */
    private function moderator_ends(session $session): void {
        $this->setUser($this->teacher);
        end_session::execute($session->get_id());
        $this->setUser(null);
    }

    /**
     * The BBB server calls the end callback.
     *
     * @param session $session the session
     */
    private function server_ends(session $session): void {
        $url = \core\di::get(meeting_service::class)->end_callback_url($session);
        \core\di::get(callback_handler::class)->meeting_ended($session->get_id(), $url->get_param('token'));
    }

    /**
     * The invitations of a campaign by user id.
     *
     * @param int $campaignid the campaign
     * @return \stdClass[]
     */
    private function invites(int $campaignid): array {
        global $DB;
        return $DB->get_records(
            'local_digitalstrategy_invite',
            ['campaignid' => $campaignid],
            'userid',
            'userid, responded, tokenhash, status'
        );
    }

    public function test_attaching_to_a_session_creates_an_open_anonymous_person_feedback_in_the_module_context(): void {
        $campaign = $this->attach($this->session);

        $this->assertSame('feedback', $campaign->kind);
        $this->assertSame('session', $campaign->target);
        $this->assertSame($this->session->get_id(), $campaign->targetid);
        $this->assertSame((int) $this->instance->get_context()->id, $campaign->contextid);
        $this->assertSame('person', $campaign->respondent);
        $this->assertSame('open', $campaign->status);
        $this->assertTrue($campaign->anonymous);
        $this->assertSame($this->session->get_timestart(), $campaign->eventdate);
        $this->assertSame('Feedback & "Rückblick" 🎉', $campaign->name);

        $circle = $this->attach(null);
        $this->assertSame('circle', $circle->target);
        $this->assertSame($this->instance->get_cm_id(), $circle->targetid);
    }

    public function test_only_a_feedback_form_and_only_a_session_of_the_same_circle_can_be_attached(): void {
        $survey = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy')->create_campaign();
        try {
            \core\di::get(feedback_service::class)->attach($this->instance, $survey->instrumentid, null, 'x', true, 2);
            $this->fail('A survey was attached as feedback');
        } catch (\invalid_parameter_exception $e) {
            $this->assertStringContainsString('Not a feedback form', $e->getMessage());
        }
        $other = $this->getDataGenerator()->create_module('devcircle', ['course' => $this->course->id]);
        $foreign = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')->create_session(['devcircle' => $other->id]);
        $this->expectException(\invalid_parameter_exception::class);
        $this->attach($foreign);
    }

    public function test_only_those_who_manage_feedback_may_attach_it(): void {
        $context = $this->instance->get_context();
        $this->assertTrue(has_capability('mod/devcircle:managefeedback', $context, $this->teacher));
        $this->assertFalse(has_capability('mod/devcircle:managefeedback', $context, $this->students[0]));
    }

    public function test_the_moderators_end_then_the_servers_end_notify_each_attendee_once(): void {
        $campaign = $this->attach($this->session);
        $this->hold($this->session);
        $sink = $this->redirectMessages();

        $this->moderator_ends($this->session);
        $this->server_ends($this->session);

        $messages = $sink->get_messages();
        $this->assertCount(2, $messages);
        $this->assertEqualsCanonicalizing(
            [(int) $this->students[0]->id, (int) $this->students[1]->id],
            array_map(fn($m) => (int) $m->useridto, $messages)
        );
        $message = reset($messages);
        $this->assertSame('mod_devcircle', $message->component);
        $this->assertSame('feedbackrequest', $message->eventtype);
        $this->assertStringContainsString('/local/digitalstrategy/respond.php?campaign=' . $campaign->id, $message->fullmessage);
        $this->assertStringContainsString('Kinder < 6 Jahre & "Eltern" 🎉', $message->fullmessage);
        // The moderator who ran the session is not asked; the attendees answer logged in (no token).
        $invites = $this->invites($campaign->id);
        $this->assertSame([(int) $this->students[0]->id, (int) $this->students[1]->id], array_map('intval', array_keys($invites)));
        foreach ($invites as $invite) {
            $this->assertSame('0', (string) $invite->responded);
            $this->assertSame('', $invite->tokenhash);
        }
    }

    public function test_the_servers_end_then_the_moderators_end_and_a_second_run_notify_nobody_twice(): void {
        $campaign = $this->attach($this->session);
        $this->hold($this->session);
        $sink = $this->redirectMessages();

        $this->server_ends($this->session);
        try {
            // The session is over already: ending it again changes nothing.
            $this->moderator_ends($this->session);
        } catch (\moodle_exception $e) {
            $this->assertNotEmpty($e->getMessage());
        }
        $this->assertCount(2, $sink->get_messages());

        // A restart opens a new run; its end invites nobody again.
        \core\di::get(session_manager::class)->mark_started($this->reload($this->session));
        \core\di::get(session_manager::class)->mark_ended($this->instance, $this->reload($this->session));
        $this->assertCount(2, $sink->get_messages());
        $this->assertCount(2, $this->invites($campaign->id));
    }

    public function test_a_feedback_on_the_whole_circle_asks_each_attendee_once_across_sessions(): void {
        $campaign = $this->attach(null);
        $second = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')->create_session([
            'devcircle' => $this->instance->get_instance_id(),
        ]);
        $sink = $this->redirectMessages();

        $this->hold($this->session);
        $this->server_ends($this->session);
        $this->hold($second);
        $this->server_ends($second);

        $this->assertCount(2, $sink->get_messages());
        $this->assertCount(2, $this->invites($campaign->id));
    }

    public function test_a_session_without_feedback_and_a_closed_feedback_invite_nobody(): void {
        $campaign = $this->attach($this->session);
        \core\di::get(campaign_repository::class)->update_status($campaign->id, 'closed', (int) $this->teacher->id);
        $this->hold($this->session);
        $sink = $this->redirectMessages();

        $this->server_ends($this->session);

        $this->assertCount(0, $sink->get_messages());
        $this->assertCount(0, $this->invites($campaign->id));
    }

    public function test_give_feedback_shows_until_the_attendee_answered(): void {
        global $DB;
        $campaign = $this->attach($this->session);
        $this->hold($this->session);
        $this->redirectMessages();
        $this->server_ends($this->session);
        $service = \core\di::get(feedback_service::class);
        [$first, $second] = $this->students;

        $this->assertSame([$campaign->id => $campaign->name], $service->pending($this->instance, (int) $first->id));
        $this->assertSame([], $service->pending($this->instance, (int) $this->teacher->id));

        $DB->set_field('local_digitalstrategy_invite', 'responded', 1, ['campaignid' => $campaign->id, 'userid' => $first->id]);
        $this->assertSame([], $service->pending($this->instance, (int) $first->id));
        $this->assertCount(1, $service->pending($this->instance, (int) $second->id));

        // The circle's page asks once, whatever the number of sessions and campaigns.
        $this->attach(null);
        $reads = $DB->perf_get_reads();
        $service->pending($this->instance, (int) $second->id);
        $this->assertSame(1, $DB->perf_get_reads() - $reads);

        $section = new feedback_section(
            $this->instance->get_cm_id(),
            $this->instance->get_context(),
            $service->pending($this->instance, (int) $second->id),
            false
        );
        $this->setUser($second);
        $html = $GLOBALS['OUTPUT']->render($section);
        $this->assertStringContainsString('respond.php?campaign=' . $campaign->id, $html);
        $this->assertStringContainsString('Feedback &amp; "Rückblick" 🎉', $html);
        $this->assertStringNotContainsString('&amp;amp;', $html);
    }

    public function test_the_course_page_shows_give_feedback_under_the_circle(): void {
        $this->attach($this->session);
        $this->hold($this->session);
        $this->redirectMessages();
        $this->server_ends($this->session);
        $this->setUser($this->students[0]);

        $cm = get_fast_modinfo($this->course)->get_cm($this->instance->get_cm_id());

        $this->assertStringContainsString('data-action="give-feedback"', $cm->afterlink);
        $this->setUser($this->teacher);
        $cm = get_fast_modinfo($this->course)->get_cm($this->instance->get_cm_id());
        $this->assertStringNotContainsString('give-feedback', (string) $cm->afterlink);
    }
}
