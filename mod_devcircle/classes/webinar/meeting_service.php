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

use mod_devcircle\event\session_joined;
use mod_devcircle\event\session_started;
use mod_devcircle\instance;
use mod_devcircle\local\bbb\client;
use mod_devcircle\local\http\timeouts;
use moodle_url;
use stdClass;

/**
 * The BigBlueButton meeting of a session: create (idempotently), join, end and live status.
 *
 * Permission checks stay with the callers (pages and web services); this service assumes the
 * user may do what is asked and decides only the role, from the user's capabilities.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class meeting_service {
    /** @var string the user may enter now */
    public const JOIN_READY = 'ready';
    /** @var string the user waits for a moderator to start the session */
    public const JOIN_WAITING = 'waiting';
    /** @var int seconds after a start in which a meeting the server does not know is not yet taken as over */
    public const GONE_AFTER = 120;

    /**
     * Creates the service.
     *
     * @param client $client the API client
     * @param session_manager $manager records starts and ends
     * @param attendance_repository $attendance records joins
     * @param \core\clock $clock the clock
     */
    public function __construct(
        /** @var client the API client */
        private readonly client $client,
        /** @var session_manager records starts and ends */
        private readonly session_manager $manager,
        /** @var attendance_repository records joins */
        private readonly attendance_repository $attendance,
        /** @var \core\clock the clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The same service with other timeouts for the webinar server (shorter ones while a page waits).
     *
     * @param timeouts $timeouts how long a call may wait
     * @return self
     */
    public function with_timeouts(timeouts $timeouts): self {
        return new self($this->client->with_timeouts($timeouts), $this->manager, $this->attendance, $this->clock);
    }

    /**
     * A stable, non-reversible tag of this site for recordings' meta_ filters.
     *
     * @return string
     */
    public static function site_tag(): string {
        return substr(hash('sha256', 'mod_devcircle-site|' . get_site_identifier()), 0, 16);
    }

    /**
     * The meta_ tags of a session's meeting (without the prefix); the recordings carry them too.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @return array<string, string>
     */
    public function metadata(instance $instance, session $session): array {
        global $CFG;
        $course = $instance->get_course();
        $coursename = format_string(
            $course->fullname,
            true,
            ['context' => \context_course::instance($course->id), 'escape' => false]
        );
        return [
            'bbb-origin' => 'Moodle',
            'bbb-origin-version' => (string) $CFG->release,
            'bbb-origin-server-name' => (string) parse_url($CFG->wwwroot, PHP_URL_HOST),
            'bbb-origin-tag' => 'moodle-mod_devcircle',
            'bbb-context' => $coursename,
            'bbb-context-id' => (string) $course->id,
            'bbb-context-name' => $coursename,
            'bbb-recording-name' => self::plain($instance, $session->get_title()),
            'bbb-recording-description' => self::plain($instance, $instance->get_name()),
            'devcircle-site' => self::site_tag(),
            'devcircle-circle' => (string) $instance->get_instance_id(),
            'devcircle-session' => (string) $session->get_id(),
            'endCallbackUrl' => $this->end_callback_url($session)->out(false),
            'bbb-recording-ready-url' => (new moodle_url('/mod/devcircle/callback.php', [
                'action' => 'recordingready',
                'circle' => $instance->get_instance_id(),
            ]))->out(false),
        ];
    }

    /**
     * A name as plain text for the webinar server (filtered, not HTML-escaped).
     *
     * @param instance $instance the circle
     * @param string $name the name as entered
     * @return string
     */
    private static function plain(instance $instance, string $name): string {
        return format_string($name, true, ['context' => $instance->get_context(), 'escape' => false]);
    }

    /**
     * The URL BigBlueButton calls when a session's meeting ends, with a token only the server can know.
     *
     * @param session $session the session
     * @return moodle_url
     */
    public function end_callback_url(session $session): moodle_url {
        return new moodle_url('/mod/devcircle/callback.php', [
            'action' => 'end',
            'session' => $session->get_id(),
            'token' => $this->end_token($session->get_id()),
        ]);
    }

    /**
     * The token of a session's end callback: checked before anything about the session is looked up.
     *
     * @param int $sessionid the session
     * @return string
     */
    public function end_token(int $sessionid): string {
        return $this->client->sign('end|' . $sessionid);
    }

    /**
     * The create parameters from the circle's settings.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @return array<string, scalar>
     */
    public function create_parameters(instance $instance, session $session): array {
        $name = self::plain($instance, $instance->get_name()) . ': ' . self::plain($instance, $session->get_title());
        $params = [
            'name' => \core_text::substr($name, 0, 250),
            'record' => $instance->should_record(),
            'autoStartRecording' => false,
            'allowStartStopRecording' => $instance->should_record(),
            'muteOnStart' => $instance->is_muted_on_start(),
            'logoutURL' => $instance->get_view_url()->out(false),
        ] + $instance->get_lock_settings();
        $params['lockSettingsLockOnJoin'] = true;
        $welcome = $instance->get_welcome();
        if ($welcome !== '') {
            $params['welcome'] = $welcome;
        }
        return $params;
    }

    /**
     * Creates the meeting on the server, or finds it when it exists (create is idempotent).
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @return array{meetingid: string, internalmeetingid: string, createtime: int, duplicate: bool}
     */
    public function create(instance $instance, session $session): array {
        return $this->client->create_meeting(
            $session->get_meetingid(),
            $this->create_parameters($instance, $session),
            $this->metadata($instance, $session)
        );
    }

    /**
     * Lets a user in: moderators start the meeting; viewers wait for a moderator when the circle
     * asks for it. Records the attendance and triggers the events. A session that has ended
     * ({@see has_ended()}) is refused with a clear message.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @param stdClass $user the user who joins (a user record with the name fields)
     * @return array{status: string, url: string, role: string}
     * @throws \moodle_exception error_sessionended when the session has ended
     */
    public function join(instance $instance, session $session, stdClass $user): array {
        if (self::has_ended($session)) {
            // Started once and ended since: nobody starts it again (that would reopen the minutes
            // of a finished meeting and count attendance after its end).
            throw new \moodle_exception('error_sessionended', 'mod_devcircle');
        }
        $moderator = $instance->is_moderator((int) $user->id);
        if ($moderator) {
            $this->create($instance, $session);
        } else {
            $info = $this->client->get_meeting_info($session->get_meetingid());
            $running = $info !== null && $info->running;
            if (!$running && $instance->should_wait_for_moderator()) {
                return ['status' => self::JOIN_WAITING, 'url' => '', 'role' => attendance_repository::ROLE_VIEWER];
            }
            if ($info === null) {
                $this->create($instance, $session);
            }
        }
        if (!$session->is_open()) {
            $session = $this->manager->mark_started($session);
            session_started::create_from_session($instance, $session)->trigger();
        }
        $role = $moderator ? attendance_repository::ROLE_MODERATOR : attendance_repository::ROLE_VIEWER;
        $url = $this->client->join_url(
            $session->get_meetingid(),
            fullname($user),
            $moderator ? 'MODERATOR' : 'VIEWER',
            (string) $user->id,
        );
        $this->attendance->record_join($session, (int) $user->id, $role);
        session_joined::create_from_session($instance, $session, $role)->trigger();
        $this->update_completion($instance, (int) $user->id);
        return ['status' => self::JOIN_READY, 'url' => $url, 'role' => $role];
    }

    /**
     * Whether a session's webinar was held and is over: it cannot be started or joined again.
     *
     * @param session $session the session
     * @return bool
     */
    public static function has_ended(session $session): bool {
        return $session->was_started() && !$session->is_open();
    }

    /**
     * Ends the meeting for everyone and closes the session.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @return bool true when the session was open and is ended now
     */
    public function end(instance $instance, session $session): bool {
        $this->client->end_meeting($session->get_meetingid());
        return $this->manager->mark_ended($instance, $session);
    }

    /**
     * The live state of the session's meeting; only an open session is asked about. Changes nothing.
     *
     * @param session $session the session
     * @return array{running: bool, participants: int, moderators: int}
     */
    public function status(session $session): array {
        if (!$session->is_open()) {
            return ['running' => false, 'participants' => 0, 'moderators' => 0];
        }
        $info = $this->client->get_meeting_info($session->get_meetingid());
        return [
            'running' => $info !== null && $info->running,
            'participants' => $info?->participantcount ?? 0,
            'moderators' => $info?->moderatorcount ?? 0,
        ];
    }

    /**
     * Closes an open session whose meeting the server no longer knows: it has ended even if its
     * end callback never reached Moodle (BigBlueButton forgets meetings after their end). A
     * meeting started less than {@see GONE_AFTER} seconds ago is left alone: the server may not
     * know it yet.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @return bool true when the session was closed now
     */
    public function close_if_gone(instance $instance, session $session): bool {
        if (!$session->is_open() || $session->get_timestarted() >= $this->clock->time() - self::GONE_AFTER) {
            return false;
        }
        if ($this->client->get_meeting_info($session->get_meetingid()) !== null) {
            return false;
        }
        return $this->manager->mark_ended($instance, $session);
    }

    /**
     * Lets the completion rule "attended at least N sessions" see the new attendance.
     *
     * @param instance $instance the circle
     * @param int $userid the user who joined
     */
    private function update_completion(instance $instance, int $userid): void {
        global $CFG;
        if ($instance->get_completion_attended() <= 0) {
            return;
        }
        require_once($CFG->libdir . '/completionlib.php');
        $cm = $instance->get_cm();
        $completion = new \completion_info($instance->get_course());
        if ($completion->is_enabled($cm) == COMPLETION_TRACKING_AUTOMATIC) {
            $completion->update_state($cm, COMPLETION_COMPLETE, $userid);
        }
    }
}
