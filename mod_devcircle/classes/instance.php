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
 * A development circle: its course, course module and settings, loaded together.
 *
 * Pages, web services and renderables receive an instance, never a raw record. Permission
 * predicates answer for the current user unless a user is given.
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

    /** @var \cm_info|null the course module, loaded on demand */
    private ?\cm_info $cm = null;

    /**
     * Creates the instance from loaded records.
     *
     * @param stdClass $course the course record
     * @param stdClass $circle the devcircle record
     * @param int $cmid the course module id
     */
    private function __construct(
        /** @var stdClass the course record */
        private readonly stdClass $course,
        /** @var stdClass the devcircle record */
        private readonly stdClass $circle,
        /** @var int the course module id */
        private readonly int $cmid,
    ) {
    }

    /**
     * Loads a circle by its course module id.
     *
     * @param int $cmid course module id
     * @return self|null null when there is no such circle
     */
    public static function get_from_cmid(int $cmid): ?self {
        return self::load('cm.id = :id', $cmid);
    }

    /**
     * Loads a circle by its id.
     *
     * @param int $instanceid id in the devcircle table
     * @return self|null null when there is no such circle
     */
    public static function get_from_instanceid(int $instanceid): ?self {
        return self::load('d.id = :id', $instanceid);
    }

    /**
     * Loads the circle a session belongs to.
     *
     * @param int $sessionid id in devcircle_sessions
     * @return self|null null when there is no such session
     */
    public static function get_from_sessionid(int $sessionid): ?self {
        return self::load('d.id = (SELECT s.devcircle FROM {devcircle_sessions} s WHERE s.id = :id)', $sessionid);
    }

    /**
     * Loads course, course module and circle in one query.
     *
     * @param string $where the condition, with the placeholder :id
     * @param int $id its value
     * @return self|null
     */
    private static function load(string $where, int $id): ?self {
        global $DB;
        $coursetable = new \core\dml\table('course', 'c', 'c_');
        $circletable = new \core\dml\table('devcircle', 'd', 'd_');
        $sql = "SELECT {$coursetable->get_field_select()}, {$circletable->get_field_select()}, cm.id AS cmid
                  FROM {devcircle} d
                  JOIN {course_modules} cm ON cm.instance = d.id
                  JOIN {modules} m ON m.id = cm.module AND m.name = :modname
                  JOIN {course} c ON c.id = d.course
                 WHERE {$where}";
        $row = $DB->get_record_sql($sql, ['modname' => 'devcircle', 'id' => $id]);
        if (!$row) {
            return null;
        }
        return new self($coursetable->extract_from_result($row), $circletable->extract_from_result($row), (int) $row->cmid);
    }

    /**
     * The course record.
     *
     * @return stdClass
     */
    public function get_course(): stdClass {
        return $this->course;
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
        if ($this->cm === null) {
            $this->cm = get_fast_modinfo($this->course)->get_cm($this->cmid);
        }
        return $this->cm;
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
     * The name of the circle, formatted for display.
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
     * @param int|null $userid the user, null for the current one
     * @return bool
     */
    public function can_view(?int $userid = null): bool {
        return has_capability('mod/devcircle:view', $this->get_context(), $userid);
    }

    /**
     * Whether the user may join its webinars.
     *
     * @param int|null $userid the user, null for the current one
     * @return bool
     */
    public function can_join(?int $userid = null): bool {
        return has_capability('mod/devcircle:join', $this->get_context(), $userid);
    }

    /**
     * Whether the user joins as moderator, may start and end sessions and plans them.
     *
     * @param int|null $userid the user, null for the current one
     * @return bool
     */
    public function is_moderator(?int $userid = null): bool {
        return has_capability('mod/devcircle:moderate', $this->get_context(), $userid);
    }

    /**
     * Whether the user may publish, unpublish and delete recordings.
     *
     * @param int|null $userid the user, null for the current one
     * @return bool
     */
    public function can_manage_recordings(?int $userid = null): bool {
        return has_capability('mod/devcircle:managerecordings', $this->get_context(), $userid);
    }

    /**
     * Whether the user may see the attendance reports.
     *
     * @param int|null $userid the user, null for the current one
     * @return bool
     */
    public function can_view_attendance(?int $userid = null): bool {
        return has_capability('mod/devcircle:viewattendance', $this->get_context(), $userid);
    }
}
