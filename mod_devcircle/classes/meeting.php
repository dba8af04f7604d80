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

namespace mod_devcircle;

use mod_devcircle\local\bbb\client;
use moodle_url;
use stdClass;

/**
 * The BigBlueButton meeting of a session: create (idempotently), join, end and live status.
 *
 * Permission checks stay with the callers (pages and web services); this class assumes the
 * current user may do what is asked and decides only the role, from the capabilities.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class meeting {
    /** @var string the user may enter now */
    public const JOIN_READY = 'ready';
    /** @var string the user waits for a moderator to start the session */
    public const JOIN_WAITING = 'waiting';

    /** @var client the API client */
    private readonly client $client;

    /**
     * Creates the meeting object.
     *
     * @param instance $instance the circle
     * @param session $session the session
     * @param client|null $client the API client, the site's by default
     */
    public function __construct(
        /** @var instance the circle */
        private readonly instance $instance,
        /** @var session the session */
        private session $session,
        ?client $client = null,
    ) {
        $this->client = $client ?? client::from_settings();
    }

    /**
     * The session (as it is after the last change made here).
     *
     * @return session
     */
    public function get_session(): session {
        return $this->session;
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
     * The meta_ tags of the meeting (without the prefix); the recordings carry them too.
     *
     * @return array<string, string>
     */
    public function metadata(): array {
        global $CFG;
        $course = $this->instance->get_course();
        $context = $this->instance->get_context();
        $name = format_string($this->session->get_title(), true, ['context' => $context]);
        return [
            'bbb-origin' => 'Moodle',
            'bbb-origin-version' => (string) $CFG->release,
            'bbb-origin-server-name' => (string) parse_url($CFG->wwwroot, PHP_URL_HOST),
            'bbb-origin-tag' => 'moodle-mod_devcircle',
            'bbb-context' => format_string($course->fullname, true, ['context' => \context_course::instance($course->id)]),
            'bbb-context-id' => (string) $course->id,
            'bbb-context-name' => format_string($course->fullname, true, ['context' => \context_course::instance($course->id)]),
            'bbb-recording-name' => $name,
            'bbb-recording-description' => $this->instance->get_formatted_name(),
            'devcircle-site' => self::site_tag(),
            'devcircle-circle' => (string) $this->instance->get_instance_id(),
            'devcircle-session' => (string) $this->session->get_id(),
            'endCallbackUrl' => self::end_callback_url($this->session, $this->client)->out(false),
            'bbb-recording-ready-url' => (new moodle_url('/mod/devcircle/callback.php', [
                'action' => 'recordingready',
                'circle' => $this->instance->get_instance_id(),
            ]))->out(false),
        ];
    }

    /**
     * The URL BigBlueButton calls when the meeting ends, with a token only the server can know.
     *
     * @param session $session the session
     * @param client $client the client (signs with the shared secret)
     * @return moodle_url
     */
    public static function end_callback_url(session $session, client $client): moodle_url {
        return new moodle_url('/mod/devcircle/callback.php', [
            'action' => 'end',
            'session' => $session->get_id(),
            'token' => self::end_token($session, $client),
        ]);
    }

    /**
     * The token of a session's end callback.
     *
     * @param session $session the session
     * @param client $client the client
     * @return string
     */
    public static function end_token(session $session, client $client): string {
        return $client->sign('end|' . $session->get_id() . '|' . $session->get_meetingid());
    }

    /**
     * The create parameters from the circle's settings.
     *
     * @return array<string, scalar>
     */
    public function create_parameters(): array {
        $context = $this->instance->get_context();
        $name = $this->instance->get_formatted_name() . ': ' . format_string(
            $this->session->get_title(),
            true,
            ['context' => $context]
        );
        $params = [
            'name' => \core_text::substr(html_entity_decode($name, ENT_QUOTES, 'UTF-8'), 0, 250),
            'record' => $this->instance->should_record(),
            'autoStartRecording' => false,
            'allowStartStopRecording' => $this->instance->should_record(),
            'muteOnStart' => $this->instance->is_muted_on_start(),
            'logoutURL' => $this->instance->get_view_url()->out(false),
        ] + $this->instance->get_lock_settings();
        $params['lockSettingsLockOnJoin'] = true;
        $welcome = $this->instance->get_welcome();
        if ($welcome !== '') {
            $params['welcome'] = $welcome;
        }
        return $params;
    }

    /**
     * Creates the meeting on the server, or finds it when it exists (create is idempotent).
     *
     * @return array{meetingid: string, internalmeetingid: string, createtime: int, duplicate: bool}
     */
    public function create(): array {
        return $this->client->create_meeting($this->session->get_meetingid(), $this->create_parameters(), $this->metadata());
    }

    /**
     * Lets the current user in: moderators start the meeting; viewers wait for a moderator when
     * the circle asks for it. Records the attendance and triggers the events.
     *
     * @param stdClass $user the current user
     * @return array{status: string, url: string, role: string}
     */
    public function join(stdClass $user): array {
        $moderator = $this->instance->is_moderator((int) $user->id);
        if ($moderator) {
            $this->create();
        } else {
            $info = $this->client->get_meeting_info($this->session->get_meetingid());
            $running = $info !== null && $info->running;
            if (!$running && $this->instance->should_wait_for_moderator()) {
                return ['status' => self::JOIN_WAITING, 'url' => '', 'role' => attendance::ROLE_VIEWER];
            }
            if ($info === null) {
                $this->create();
            }
        }
        if (!$this->session->is_open()) {
            $this->session = session_manager::mark_started($this->session);
            event\session_started::create_from_session($this->instance, $this->session)->trigger();
        }
        $role = $moderator ? attendance::ROLE_MODERATOR : attendance::ROLE_VIEWER;
        $url = $this->client->join_url(
            $this->session->get_meetingid(),
            fullname($user),
            $moderator ? 'MODERATOR' : 'VIEWER',
            (string) $user->id,
        );
        attendance::record_join($this->session, (int) $user->id, $role);
        event\session_joined::create_from_session($this->instance, $this->session, $role)->trigger();
        $this->update_completion((int) $user->id);
        return ['status' => self::JOIN_READY, 'url' => $url, 'role' => $role];
    }

    /**
     * Ends the meeting for everyone and closes the session.
     *
     * @return bool true when the session was open and is ended now
     */
    public function end(): bool {
        $this->client->end_meeting($this->session->get_meetingid());
        return session_manager::mark_ended($this->instance, $this->session);
    }

    /** @var int seconds after a start in which a meeting the server does not know is not yet taken as over */
    public const GONE_AFTER = 120;

    /**
     * The live state of the session's meeting; only an open session is asked about.
     *
     * A meeting the server no longer knows has ended even if its end callback never reached
     * Moodle (BigBlueButton removes meetings after their end): the session is closed then.
     *
     * @return array{running: bool, participants: int, moderators: int}
     */
    public function status(): array {
        if (!$this->session->is_open()) {
            return ['running' => false, 'participants' => 0, 'moderators' => 0];
        }
        $info = $this->client->get_meeting_info($this->session->get_meetingid());
        if ($info === null && $this->session->get_timestarted() < time() - self::GONE_AFTER) {
            session_manager::mark_ended($this->instance, $this->session);
            $this->session = session::get($this->instance, $this->session->get_id()) ?? $this->session;
        }
        return [
            'running' => $info !== null && $info->running,
            'participants' => $info?->participantcount ?? 0,
            'moderators' => $info?->moderatorcount ?? 0,
        ];
    }

    /**
     * Lets the completion rule "attended at least N sessions" see the new attendance.
     *
     * @param int $userid the user who joined
     */
    private function update_completion(int $userid): void {
        global $CFG;
        if ($this->instance->get_completion_attended() <= 0) {
            return;
        }
        require_once($CFG->libdir . '/completionlib.php');
        $cm = $this->instance->get_cm();
        $completion = new \completion_info($this->instance->get_course());
        if ($completion->is_enabled($cm) == COMPLETION_TRACKING_AUTOMATIC) {
            $completion->update_state($cm, COMPLETION_COMPLETE, $userid);
        }
    }
}
