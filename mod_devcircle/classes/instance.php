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

use context_module;
use moodle_url;
use stdClass;

/**
 * A development circle: its course, course module and settings, loaded together by
 * {@see instance_repository}.
 *
 * An immutable value: pages, web services and renderables receive an instance, never a raw
 * record. Permission predicates answer for the user whose id they are given.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class instance {
    /** @var string open the webinar in a new browser window */
    public const OPEN_WINDOW = 'window';
    /** @var string open the webinar embedded in the page */
    public const OPEN_EMBED = 'embed';

    /**
     * Creates the instance from loaded records.
     *
     * @param stdClass $course the course record
     * @param stdClass $circle the devcircle record
     * @param int $cmid the course module id
     */
    public function __construct(
        /** @var stdClass the course record */
        private readonly stdClass $course,
        /** @var stdClass the devcircle record */
        private readonly stdClass $circle,
        /** @var int the course module id */
        private readonly int $cmid,
    ) {
    }

    /**
     * The course record.
     *
     * @return stdClass
     */
    public function get_course(): stdClass {
        return clone $this->course;
    }

    /**
     * The course id.
     *
     * @return int
     */
    public function get_course_id(): int {
        return (int) $this->course->id;
    }

    /**
     * The id of the circle (devcircle table).
     *
     * @return int
     */
    public function get_instance_id(): int {
        return (int) $this->circle->id;
    }

    /**
     * The course module id.
     *
     * @return int
     */
    public function get_cm_id(): int {
        return $this->cmid;
    }

    /**
     * The course module.
     *
     * @return \cm_info
     */
    public function get_cm(): \cm_info {
        return get_fast_modinfo($this->course)->get_cm($this->cmid);
    }

    /**
     * The module context.
     *
     * @return context_module
     */
    public function get_context(): context_module {
        return context_module::instance($this->cmid);
    }

    /**
     * The devcircle record (a copy).
     *
     * @return stdClass
     */
    public function get_record(): stdClass {
        return clone $this->circle;
    }

    /**
     * The name of the circle as entered.
     *
     * @return string
     */
    public function get_name(): string {
        return (string) $this->circle->name;
    }

    /**
     * The name of the circle, formatted for display: HTML (for {{{ }}} in templates).
     *
     * @return string
     */
    public function get_formatted_name(): string {
        return format_string($this->circle->name, true, ['context' => $this->get_context()]);
    }

    /**
     * The URL of the circle's page.
     *
     * @return moodle_url
     */
    public function get_view_url(): moodle_url {
        return new moodle_url('/mod/devcircle/view.php', ['id' => $this->cmid]);
    }

    /**
     * Whether sessions may be recorded.
     *
     * @return bool
     */
    public function should_record(): bool {
        return !empty($this->circle->record);
    }

    /**
     * Whether viewers wait until a moderator has started the session.
     *
     * @return bool
     */
    public function should_wait_for_moderator(): bool {
        return !empty($this->circle->waitformoderator);
    }

    /**
     * Whether everyone joins muted.
     *
     * @return bool
     */
    public function is_muted_on_start(): bool {
        return !empty($this->circle->muteonstart);
    }

    /**
     * The welcome message shown in the meeting, '' for BigBlueButton's default.
     *
     * @return string
     */
    public function get_welcome(): string {
        return trim((string) ($this->circle->welcome ?? ''));
    }

    /**
     * The lock settings for viewers, as BigBlueButton create parameters.
     *
     * @return array<string, bool>
     */
    public function get_lock_settings(): array {
        return [
            'lockSettingsDisableCam' => !empty($this->circle->lockcam),
            'lockSettingsDisableMic' => !empty($this->circle->lockmic),
            'lockSettingsDisablePrivateChat' => !empty($this->circle->lockprivatechat),
            'lockSettingsDisablePublicChat' => !empty($this->circle->lockpublicchat),
        ];
    }

    /**
     * How the webinar opens: self::OPEN_WINDOW or self::OPEN_EMBED.
     *
     * @return string
     */
    public function get_open_mode(): string {
        return ($this->circle->openmode ?? '') === self::OPEN_EMBED ? self::OPEN_EMBED : self::OPEN_WINDOW;
    }

    /**
     * How many sessions a user must attend to complete the activity, 0 for no such rule.
     *
     * @return int
     */
    public function get_completion_attended(): int {
        return (int) ($this->circle->completionattended ?? 0);
    }

    /**
     * Whether the user may see the circle.
     *
     * @param int $userid the user
     * @return bool
     */
    public function can_view(int $userid): bool {
        return has_capability('mod/devcircle:view', $this->get_context(), $userid);
    }

    /**
     * Whether the user may join its webinars.
     *
     * @param int $userid the user
     * @return bool
     */
    public function can_join(int $userid): bool {
        return has_capability('mod/devcircle:join', $this->get_context(), $userid);
    }

    /**
     * Whether the user joins as moderator, may start and end sessions and plans them.
     *
     * @param int $userid the user
     * @return bool
     */
    public function is_moderator(int $userid): bool {
        return has_capability('mod/devcircle:moderate', $this->get_context(), $userid);
    }

    /**
     * Whether the user may publish, unpublish and delete recordings.
     *
     * @param int $userid the user
     * @return bool
     */
    public function can_manage_recordings(int $userid): bool {
        return has_capability('mod/devcircle:managerecordings', $this->get_context(), $userid);
    }

    /**
     * Whether the user may see the attendance reports.
     *
     * @param int $userid the user
     * @return bool
     */
    public function can_view_attendance(int $userid): bool {
        return has_capability('mod/devcircle:viewattendance', $this->get_context(), $userid);
    }

    /**
     * Whether the user may write in the circle's pads (else they read them).
     *
     * @param int $userid the user
     * @return bool
     */
    public function can_edit_pads(int $userid): bool {
        return has_capability('mod/devcircle:editpads', $this->get_context(), $userid);
    }

    /**
     * Whether the user may start method pads, delete them and take snapshots.
     *
     * @param int $userid the user
     * @return bool
     */
    public function can_manage_pads(int $userid): bool {
        return has_capability('mod/devcircle:managepads', $this->get_context(), $userid);
    }

    /**
     * Whether the user may put an earlier snapshot back into its pad.
     *
     * @param int $userid the user
     * @return bool
     */
    public function can_restore_snapshots(int $userid): bool {
        return has_capability('mod/devcircle:restoresnapshot', $this->get_context(), $userid);
    }

    /**
     * Whether the user sees full names the way the site shows them to teachers.
     *
     * @param int $userid the user
     * @return bool
     */
    public function can_view_full_names(int $userid): bool {
        return has_capability('moodle/site:viewfullnames', $this->get_context(), $userid);
    }
}
