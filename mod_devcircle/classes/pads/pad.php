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

namespace mod_devcircle\pads;

use context_module;
use stdClass;

/**
 * A pad of a development circle: the circle pad, the minutes of a session or a method pad.
 *
 * The Moodle record exists before the Etherpad pad: the pad is created in Etherpad when it is
 * first opened (and again, with the text of the last snapshot, when it has gone from Etherpad,
 * for example after a course restore). An immutable value: {@see pad_repository} loads it
 * together with the circle's course module, so that pages can check access in the right
 * context, and stores its changes.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pad {
    /** @var string the one shared pad of a circle */
    public const KIND_CIRCLE = 'circle';
    /** @var string the minutes of a session */
    public const KIND_MINUTES = 'minutes';
    /** @var string a pad created from a method template */
    public const KIND_METHOD = 'method';

    /** @var string[] the kinds of pads */
    public const KINDS = [self::KIND_CIRCLE, self::KIND_MINUTES, self::KIND_METHOD];

    /** @var stdClass the pad record (a private copy) */
    private readonly stdClass $record;

    /**
     * Wraps a copy of a record of devcircle_pads.
     *
     * @param stdClass $record the pad record
     * @param int $cmid course module of the circle
     * @param int $courseid course of the circle
     */
    public function __construct(
        stdClass $record,
        /** @var int course module of the circle */
        private readonly int $cmid,
        /** @var int course of the circle */
        private readonly int $courseid,
    ) {
        $this->record = clone $record;
    }

    /**
     * The id of the pad in Moodle.
     *
     * @return int
     */
    public function get_id(): int {
        return (int) $this->record->id;
    }

    /**
     * The circle.
     *
     * @return int
     */
    public function get_circle_id(): int {
        return (int) $this->record->devcircle;
    }

    /**
     * The course module of the circle.
     *
     * @return int
     */
    public function get_cmid(): int {
        return $this->cmid;
    }

    /**
     * The course of the circle.
     *
     * @return int
     */
    public function get_course_id(): int {
        return $this->courseid;
    }

    /**
     * The module context of the circle.
     *
     * @return context_module
     */
    public function get_context(): context_module {
        return context_module::instance($this->cmid);
    }

    /**
     * One of the KIND_ constants.
     *
     * @return string
     */
    public function get_kind(): string {
        return (string) $this->record->kind;
    }

    /**
     * The session of a minutes pad.
     *
     * @return int|null
     */
    public function get_session_id(): ?int {
        return $this->record->sessionid === null ? null : (int) $this->record->sessionid;
    }

    /**
     * The method template of a method pad.
     *
     * @return string|null
     */
    public function get_template(): ?string {
        return $this->record->template === null || $this->record->template === '' ? null : (string) $this->record->template;
    }

    /**
     * The language of the method template.
     *
     * @return string|null
     */
    public function get_lang(): ?string {
        return $this->record->lang === null || $this->record->lang === '' ? null : (string) $this->record->lang;
    }

    /**
     * The name shown in Moodle (unformatted).
     *
     * @return string
     */
    public function get_name(): string {
        return (string) $this->record->name;
    }

    /**
     * The name inside the Etherpad group.
     *
     * @return string
     */
    public function get_pad_name(): string {
        return (string) $this->record->padname;
    }

    /**
     * The Etherpad group, once created.
     *
     * @return string|null
     */
    public function get_group_id(): ?string {
        return empty($this->record->groupid) ? null : (string) $this->record->groupid;
    }

    /**
     * The Etherpad pad ID, once created. Never shown to users who may only read.
     *
     * @return string|null
     */
    public function get_pad_id(): ?string {
        return empty($this->record->padid) ? null : (string) $this->record->padid;
    }

    /**
     * The Etherpad read-only ID, once created.
     *
     * @return string|null
     */
    public function get_read_only_id(): ?string {
        return empty($this->record->readonlyid) ? null : (string) $this->record->readonlyid;
    }

    /**
     * Who created the pad, 0 for the system.
     *
     * @return int
     */
    public function get_user_created(): int {
        return (int) $this->record->usercreated;
    }

    /**
     * When the pad was created in Moodle.
     *
     * @return int
     */
    public function get_time_created(): int {
        return (int) $this->record->timecreated;
    }

    /**
     * When the pad was last changed in Moodle (created, renamed, or created anew in Etherpad).
     *
     * @return int
     */
    public function get_time_modified(): int {
        return (int) $this->record->timemodified;
    }

    /**
     * The raw record, for backup and tests.
     *
     * @return stdClass a copy
     */
    public function to_record(): stdClass {
        return clone $this->record;
    }
}
