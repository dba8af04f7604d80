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

use stdClass;

/**
 * A session of a circle: a planned webinar, held as one BigBlueButton meeting.
 *
 * An immutable value built from a devcircle_sessions record by {@see session_repository};
 * changes go through {@see session_manager}.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class session {
    /** @var string the table */
    public const TABLE = 'devcircle_sessions';

    /** @var stdClass a devcircle_sessions record (a private copy) */
    private readonly stdClass $record;

    /**
     * Wraps a copy of a record.
     *
     * @param stdClass $record a devcircle_sessions record
     */
    public function __construct(stdClass $record) {
        $this->record = clone $record;
    }

    /**
     * The deterministic, unguessable meeting ID of a session: a hash of the site's secret
     * identifier, the circle and the session.
     *
     * @param int $circleid the circle
     * @param int $sessionid the session
     * @return string 64 hex characters
     */
    public static function meeting_id_for(int $circleid, int $sessionid): string {
        return hash('sha256', get_site_identifier() . '|mod_devcircle|' . $circleid . '|' . $sessionid);
    }

    /**
     * The session id.
     *
     * @return int
     */
    public function get_id(): int {
        return (int) $this->record->id;
    }

    /**
     * The circle id.
     *
     * @return int
     */
    public function get_circle_id(): int {
        return (int) $this->record->devcircle;
    }

    /**
     * The title as entered.
     *
     * @return string
     */
    public function get_title(): string {
        return (string) $this->record->title;
    }

    /**
     * The agenda as entered.
     *
     * @return string
     */
    public function get_agenda(): string {
        return (string) ($this->record->agenda ?? '');
    }

    /**
     * The format of the agenda.
     *
     * @return int
     */
    public function get_agenda_format(): int {
        return (int) $this->record->agendaformat;
    }

    /**
     * The planned start.
     *
     * @return int
     */
    public function get_timestart(): int {
        return (int) $this->record->timestart;
    }

    /**
     * The planned duration in seconds.
     *
     * @return int
     */
    public function get_duration(): int {
        return (int) $this->record->duration;
    }

    /**
     * The BigBlueButton meeting ID.
     *
     * @return string
     */
    public function get_meetingid(): string {
        return (string) $this->record->meetingid;
    }

    /**
     * When a moderator last started the meeting, 0 if never.
     *
     * @return int
     */
    public function get_timestarted(): int {
        return (int) $this->record->timestarted;
    }

    /**
     * When the meeting last ended, 0 if it has not ended since.
     *
     * @return int
     */
    public function get_timeended(): int {
        return (int) $this->record->timeended;
    }

    /**
     * A number that changes whenever the recordings of the session may have changed.
     *
     * @return int
     */
    public function get_recordings_revision(): int {
        return (int) $this->record->recordingsrevision;
    }

    /**
     * Whether the meeting was started and has not ended since: only then can it be running.
     *
     * @return bool
     */
    public function is_open(): bool {
        return $this->get_timestarted() > 0 && $this->get_timeended() < $this->get_timestarted();
    }

    /**
     * Whether the meeting was ever started.
     *
     * @return bool
     */
    public function was_started(): bool {
        return $this->get_timestarted() > 0;
    }

    /**
     * Whether the session is over for the list of sessions: its planned end has passed and its
     * meeting is not open.
     *
     * @param int $now the current time
     * @return bool
     */
    public function is_past(int $now): bool {
        return $this->get_timestart() + $this->get_duration() < $now && !$this->is_open();
    }

    /**
     * The record (a copy).
     *
     * @return stdClass
     */
    public function get_record(): stdClass {
        return clone $this->record;
    }
}
