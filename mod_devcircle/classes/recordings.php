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
use mod_devcircle\local\bbb\recording;

/**
 * The recordings of a circle's sessions, kept on the BigBlueButton server (or Scalelite).
 *
 * Recordings are always looked up by meeting ID and by our meta_ tags, never unfiltered, so a
 * recording of another site or activity on a shared server is never shown or changed here.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class recordings {
    /** @var string publish a recording */
    public const ACTION_PUBLISH = 'publish';
    /** @var string unpublish a recording */
    public const ACTION_UNPUBLISH = 'unpublish';
    /** @var string delete a recording */
    public const ACTION_DELETE = 'delete';

    /** @var client the API client */
    private readonly client $client;

    /**
     * Creates the object for a circle.
     *
     * @param instance $instance the circle
     * @param client|null $client the API client, the site's by default
     */
    public function __construct(
        /** @var instance the circle */
        private readonly instance $instance,
        ?client $client = null,
    ) {
        $this->client = $client ?? client::from_settings();
    }

    /**
     * The meta_ filter that restricts recordings to this site and circle.
     *
     * @return array<string, string>
     */
    private function filter(): array {
        return [
            'devcircle-site' => meeting::site_tag(),
            'devcircle-circle' => (string) $this->instance->get_instance_id(),
        ];
    }

    /**
     * The recordings of the given sessions, grouped by session (one API call for all of them).
     *
     * Unpublished recordings are included only for users who manage recordings.
     *
     * @param session[] $sessions sessions of this circle
     * @return array<int, recording[]> session id => recordings, oldest first
     */
    public function for_sessions(array $sessions): array {
        $bymeeting = [];
        foreach ($sessions as $session) {
            if ($session->get_circle_id() !== $this->instance->get_instance_id()) {
                throw new \coding_exception('Session of another circle');
            }
            // Only a session that was started can have recordings.
            if ($session->was_started()) {
                $bymeeting[$session->get_meetingid()] = $session->get_id();
            }
        }
        $result = array_fill_keys(array_map(fn(session $s) => $s->get_id(), $sessions), []);
        if (!$bymeeting) {
            return $result;
        }
        $states = $this->instance->can_manage_recordings() ? 'published,unpublished' : 'published';
        foreach ($this->client->get_recordings(array_keys($bymeeting), $this->filter(), $states) as $recording) {
            $sessionid = $bymeeting[$recording->meetingid] ?? null;
            // The meta_ tags must name the same session: defends against a reused meeting ID.
            if ($sessionid === null || ($recording->metadata['devcircle-session'] ?? '') !== (string) $sessionid) {
                continue;
            }
            $result[$sessionid][] = $recording;
        }
        foreach ($result as &$list) {
            usort($list, fn(recording $a, recording $b) => $a->starttime <=> $b->starttime);
        }
        return $result;
    }

    /**
     * A recording of a session of this circle, or null when it is not one of ours.
     *
     * @param session $session the session
     * @param string $recordid the record ID
     * @return recording|null
     */
    public function find(session $session, string $recordid): ?recording {
        $filter = $this->filter() + ['devcircle-session' => (string) $session->get_id()];
        $recording = $this->client->get_recording($recordid, $filter);
        if ($recording === null || $recording->meetingid !== $session->get_meetingid() || $recording->state === 'deleted') {
            return null;
        }
        return $recording;
    }

    /**
     * Publishes, unpublishes or deletes a recording of a session.
     *
     * @param session $session the session
     * @param string $recordid the record ID
     * @param string $action one of the ACTION_ constants
     * @throws \moodle_exception recordingnotfound when the recording is not one of this session
     */
    public function apply(session $session, string $recordid, string $action): void {
        if (!in_array($action, [self::ACTION_PUBLISH, self::ACTION_UNPUBLISH, self::ACTION_DELETE], true)) {
            throw new \coding_exception('Unknown recording action ' . $action);
        }
        if ($this->find($session, $recordid) === null) {
            throw new \moodle_exception('recordingnotfound', 'mod_devcircle');
        }
        match ($action) {
            self::ACTION_PUBLISH => $this->client->publish_recordings([$recordid], true),
            self::ACTION_UNPUBLISH => $this->client->publish_recordings([$recordid], false),
            self::ACTION_DELETE => $this->client->delete_recordings([$recordid]),
        };
        session_manager::touch_recordings($session);
    }
}
