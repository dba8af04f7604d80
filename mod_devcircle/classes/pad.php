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
use stdClass;

/**
 * A pad of a development circle: the circle pad, the minutes of a session or a method pad.
 *
 * The Moodle record exists before the Etherpad pad: the pad is created in Etherpad when it is
 * first opened (and again, with the text of the last snapshot, when it has gone from Etherpad,
 * for example after a course restore). Load pads with the factories; they load the course
 * module together with the pad so that pages can check access in the right context.
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

    /**
     * Wraps a record of devcircle_pads.
     *
     * @param stdClass $record the pad record
     * @param int $cmid course module of the circle
     * @param int $courseid course of the circle
     */
    private function __construct(
        /** @var stdClass the pad record */
        private stdClass $record,
        /** @var int course module of the circle */
        private readonly int $cmid,
        /** @var int course of the circle */
        private readonly int $courseid,
    ) {
    }

    /**
     * SQL that loads pads with their course module.
     *
     * @param string $where condition on p (devcircle_pads) and d (devcircle)
     * @return string
     */
    private static function sql(string $where): string {
        return "SELECT p.*, cm.id AS cmid, d.course AS courseid
                  FROM {devcircle_pads} p
                  JOIN {devcircle} d ON d.id = p.devcircle
                  JOIN {modules} m ON m.name = 'devcircle'
                  JOIN {course_modules} cm ON cm.instance = d.id AND cm.module = m.id
                 WHERE $where";
    }

    /**
     * Builds a pad from a row of {@see sql()}.
     *
     * @param stdClass $row the row
     * @return self
     */
    private static function from_row(stdClass $row): self {
        $cmid = (int) $row->cmid;
        $courseid = (int) $row->courseid;
        unset($row->cmid, $row->courseid);
        return new self($row, $cmid, $courseid);
    }

    /**
     * Loads a pad.
     *
     * @param int $id id of the pad
     * @param int $strictness MUST_EXIST or IGNORE_MISSING
     * @return self|null null when missing and IGNORE_MISSING
     */
    public static function get_by_id(int $id, int $strictness = MUST_EXIST): ?self {
        global $DB;
        $row = $DB->get_record_sql(self::sql('p.id = :id'), ['id' => $id], $strictness);
        return $row ? self::from_row($row) : null;
    }

    /**
     * The pads of a circle: the circle pad first, then method pads, then minutes, each by creation.
     *
     * @param int $circleid the circle
     * @return self[] keyed by id
     */
    public static function get_for_circle(int $circleid): array {
        global $DB;
        $order = "CASE p.kind WHEN 'circle' THEN 0 WHEN 'method' THEN 1 ELSE 2 END, p.timecreated, p.id";
        $rows = $DB->get_records_sql(self::sql('p.devcircle = :circleid') . " ORDER BY $order", ['circleid' => $circleid]);
        $pads = [];
        foreach ($rows as $row) {
            $pads[(int) $row->id] = self::from_row($row);
        }
        return $pads;
    }

    /**
     * The circle pad of a circle, if it exists.
     *
     * @param int $circleid the circle
     * @return self|null
     */
    public static function get_circle_pad(int $circleid): ?self {
        global $DB;
        $rows = $DB->get_records_sql(
            self::sql('p.devcircle = :circleid AND p.kind = :kind') . ' ORDER BY p.id',
            ['circleid' => $circleid, 'kind' => self::KIND_CIRCLE],
            0,
            1
        );
        return $rows ? self::from_row(reset($rows)) : null;
    }

    /**
     * The minutes pad of a session, if it exists.
     *
     * @param int $circleid the circle
     * @param int $sessionid the session
     * @return self|null
     */
    public static function get_minutes_pad(int $circleid, int $sessionid): ?self {
        global $DB;
        $rows = $DB->get_records_sql(
            self::sql('p.devcircle = :circleid AND p.kind = :kind AND p.sessionid = :sessionid') . ' ORDER BY p.id',
            ['circleid' => $circleid, 'kind' => self::KIND_MINUTES, 'sessionid' => $sessionid],
            0,
            1
        );
        return $rows ? self::from_row(reset($rows)) : null;
    }

    /**
     * Every pad that exists in Etherpad, for the scheduled snapshot.
     *
     * @return \Generator<self>
     */
    public static function get_all_created(): \Generator {
        global $DB;
        $rs = $DB->get_recordset_sql(self::sql('p.padid IS NOT NULL') . ' ORDER BY p.id');
        try {
            foreach ($rs as $row) {
                yield self::from_row($row);
            }
        } finally {
            $rs->close();
        }
    }

    /**
     * Stores a new pad record (not yet in Etherpad).
     *
     * @param int $circleid the circle
     * @param string $kind one of the KIND_ constants
     * @param string $name name shown in Moodle
     * @param int $userid creator, 0 for the system
     * @param int|null $sessionid session of a minutes pad
     * @param string|null $template method template
     * @param string|null $lang language of the template
     * @return self
     */
    public static function create(
        int $circleid,
        string $kind,
        string $name,
        int $userid = 0,
        ?int $sessionid = null,
        ?string $template = null,
        ?string $lang = null
    ): self {
        global $DB;
        if (!in_array($kind, [self::KIND_CIRCLE, self::KIND_MINUTES, self::KIND_METHOD], true)) {
            throw new \coding_exception("Unknown pad kind $kind");
        }
        $now = time();
        $record = (object) [
            'devcircle' => $circleid,
            'kind' => $kind,
            'sessionid' => $sessionid,
            'template' => $template,
            'lang' => $lang,
            'name' => \core_text::substr(trim($name), 0, 255),
            // Unguessable: whoever holds a session of the group could open any pad whose name they know.
            'padname' => self::new_pad_name(),
            'groupid' => null,
            'padid' => null,
            'readonlyid' => null,
            'usercreated' => $userid,
            'timecreated' => $now,
            'timemodified' => $now,
        ];
        $record->id = $DB->insert_record('devcircle_pads', $record);
        return self::get_by_id((int) $record->id);
    }

    /**
     * A fresh random pad name.
     *
     * @return string
     */
    public static function new_pad_name(): string {
        return 'p' . bin2hex(random_bytes(12));
    }

    /**
     * Records where the pad lives in Etherpad.
     *
     * @param string|null $groupid Etherpad group ID, null to forget
     * @param string|null $padid Etherpad pad ID, null to forget
     * @param string|null $readonlyid read-only ID, null to forget
     * @param string|null $padname new pad name inside the group, null to keep it
     * @return void
     */
    public function set_remote(?string $groupid, ?string $padid, ?string $readonlyid, ?string $padname = null): void {
        global $DB;
        $this->record->groupid = $groupid;
        $this->record->padid = $padid;
        $this->record->readonlyid = $readonlyid;
        if ($padname !== null) {
            $this->record->padname = $padname;
        }
        $this->record->timemodified = time();
        $DB->update_record('devcircle_pads', $this->record);
    }

    /**
     * Renames the pad in Moodle.
     *
     * @param string $name the new name
     * @return void
     */
    public function rename(string $name): void {
        global $DB;
        $this->record->name = \core_text::substr(trim($name), 0, 255);
        $this->record->timemodified = time();
        $DB->update_record('devcircle_pads', $this->record);
    }

    /**
     * Deletes the pad's record, its snapshots and their authors (not the Etherpad pad).
     *
     * @return void
     */
    public function delete_record(): void {
        global $DB;
        $snapshots = $DB->get_fieldset_select('devcircle_pad_snapshots', 'id', 'pad = ?', [$this->get_id()]);
        if ($snapshots) {
            [$in, $params] = $DB->get_in_or_equal($snapshots);
            $DB->delete_records_select('devcircle_snapshot_authors', "snapshot $in", $params);
        }
        $DB->delete_records('devcircle_pad_snapshots', ['pad' => $this->get_id()]);
        $DB->delete_records('devcircle_pads', ['id' => $this->get_id()]);
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
     * The raw record, for backup and tests.
     *
     * @return stdClass a copy
     */
    public function to_record(): stdClass {
        return clone $this->record;
    }
}
