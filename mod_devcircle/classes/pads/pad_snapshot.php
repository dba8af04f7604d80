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

use stdClass;

/**
 * A copy of a pad's text and HTML kept in Moodle: who asked for it (or restored it), when,
 * why, and who had written in the pad since the copy before.
 *
 * An immutable value; {@see snapshot_repository} loads and stores snapshots.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pad_snapshot {
    /** @var string taken by the scheduled task */
    public const REASON_SCHEDULED = 'scheduled';
    /** @var string taken when a session ended */
    public const REASON_SESSIONEND = 'sessionend';
    /** @var string taken on request of a user */
    public const REASON_MANUAL = 'manual';
    /** @var string the state right after a snapshot was restored into the pad */
    public const REASON_RESTORE = 'restore';
    /** @var string taken before a backup */
    public const REASON_BACKUP = 'backup';
    /** @var string taken just before the pad was deleted (its deletion can be undone from it) */
    public const REASON_DELETE = 'delete';

    /** @var stdClass the record (a private copy) */
    private readonly stdClass $record;

    /**
     * Wraps a copy of a record of devcircle_pad_snapshots.
     *
     * @param stdClass $record the record
     * @param int[] $authorids the users who wrote in the pad since the snapshot before
     */
    public function __construct(
        stdClass $record,
        /** @var int[] the users who wrote in the pad since the snapshot before */
        private readonly array $authorids = [],
    ) {
        $this->record = clone $record;
    }

    /**
     * The hash that tells whether a pad changed.
     *
     * @param string $text plain text
     * @param string $html HTML
     * @return string
     */
    public static function hash(string $text, string $html): string {
        return sha1($text . "\0" . $html);
    }

    /**
     * The id.
     *
     * @return int
     */
    public function get_id(): int {
        return (int) $this->record->id;
    }

    /**
     * The pad (Moodle id).
     *
     * @return int
     */
    public function get_pad_id(): int {
        return (int) $this->record->pad;
    }

    /**
     * The Etherpad revision the copy was taken at.
     *
     * @return int
     */
    public function get_revision(): int {
        return (int) $this->record->revision;
    }

    /**
     * SHA-1 of text and HTML.
     *
     * @return string
     */
    public function get_content_hash(): string {
        return (string) $this->record->contenthash;
    }

    /**
     * The plain text.
     *
     * @return string
     */
    public function get_text(): string {
        return (string) $this->record->text;
    }

    /**
     * The HTML as Etherpad exported it (clean it before showing it).
     *
     * @return string
     */
    public function get_html(): string {
        return (string) $this->record->html;
    }

    /**
     * One of the REASON_ constants.
     *
     * @return string
     */
    public function get_reason(): string {
        return (string) $this->record->reason;
    }

    /**
     * Who asked for the copy or restored it, 0 for the system.
     *
     * @return int
     */
    public function get_user_id(): int {
        return (int) $this->record->userid;
    }

    /**
     * When the copy was taken.
     *
     * @return int
     */
    public function get_time_created(): int {
        return (int) $this->record->timecreated;
    }

    /**
     * The users who wrote in the pad since the snapshot before.
     *
     * @return int[]
     */
    public function get_author_ids(): array {
        return $this->authorids;
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
