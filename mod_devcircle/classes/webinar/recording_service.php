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

use mod_devcircle\instance;
use mod_devcircle\local\bbb\client;
use mod_devcircle\local\bbb\recording;
use mod_devcircle\local\http\timeouts;

/**
 * The recordings of a circle's sessions, kept on the BigBlueButton server (or Scalelite).
 *
 * Recordings are always looked up by meeting ID and by this site's meta_ tag, never unfiltered,
 * and each must name its session in its meta_ tags, so a recording of another site or activity
 * on a shared server is never shown or changed here. A session restored from a backup keeps
 * the meeting IDs it held before ({@see session_repository::previous_meetings()}): the
 * recordings of those meetings are listed too, as inherited ones that are managed in the
 * circle they were made in. Lists are cached briefly ({@see recordings_cache}).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class recording_service {
    /** @var string publish a recording */
    public const ACTION_PUBLISH = 'publish';
    /** @var string unpublish a recording */
    public const ACTION_UNPUBLISH = 'unpublish';
    /** @var string delete a recording */
    public const ACTION_DELETE = 'delete';

    /**
     * Creates the service.
     *
     * @param client $client the API client
     * @param session_repository $sessions the sessions and their earlier meetings
     * @param session_manager $manager notes changes of recordings
     * @param recordings_cache $cache the cached lists
     */
    public function __construct(
        /** @var client the API client */
        private readonly client $client,
        /** @var session_repository the sessions */
        private readonly session_repository $sessions,
        /** @var session_manager notes changes of recordings */
        private readonly session_manager $manager,
        /** @var recordings_cache the cached lists */
        private readonly recordings_cache $cache,
    ) {
    }

    /**
     * The same service with other timeouts for the webinar server (shorter ones while a page waits).
     *
     * @param timeouts $timeouts how long a call may wait
     * @return self
     */
    public function with_timeouts(timeouts $timeouts): self {
        return new self($this->client->with_timeouts($timeouts), $this->sessions, $this->manager, $this->cache);
    }

    /**
     * The meta_ filter of every lookup: recordings of this site.
     *
     * @return array<string, string>
     */
    private static function filter(): array {
        return ['devcircle-site' => meeting_service::site_tag()];
    }

    /**
     * The meetings whose recordings belong to the given sessions: their own meeting once it was
     * started, and the meetings they held before a restore.
     *
     * @param session[] $sessions sessions of one circle
     * @return array<string, array{0: int, 1: string}> meeting ID => [session id, session id its recordings name]
     */
    private function meetings_of(array $sessions): array {
        $meetings = [];
        foreach ($sessions as $session) {
            // Only a session that was started can have recordings of its own.
            if ($session->was_started()) {
                $meetings[$session->get_meetingid()] = [$session->get_id(), (string) $session->get_id()];
            }
        }
        $ids = array_map(fn(session $s) => $s->get_id(), $sessions);
        foreach ($this->sessions->previous_meetings($ids) as $sessionid => $previous) {
            foreach ($previous as $meetingid => $originsession) {
                $meetings[$meetingid] = [$sessionid, (string) $originsession];
            }
        }
        return $meetings;
    }

    /**
     * The recordings of the given sessions, grouped by session (at most one API call for all of
     * them, none while the list is cached).
     *
     * @param instance $instance the circle
     * @param session[] $sessions sessions of this circle
     * @param bool $withunpublished whether unpublished recordings are included (for users who manage them)
     * @return array<int, recording[]> session id => recordings, oldest first
     */
    public function for_sessions(instance $instance, array $sessions, bool $withunpublished): array {
        $circleid = $instance->get_instance_id();
        foreach ($sessions as $session) {
            if ($session->get_circle_id() !== $circleid) {
                throw new \coding_exception('Session of another circle');
            }
        }
        $result = array_fill_keys(array_map(fn(session $s) => $s->get_id(), $sessions), []);
        $meetings = $this->meetings_of($sessions);
        if (!$meetings) {
            return $result;
        }
        $fingerprint = recordings_cache::fingerprint(array_keys($meetings));
        $all = $this->cache->get($circleid, $fingerprint);
        if ($all === null) {
            $all = $this->client->get_recordings(array_keys($meetings), self::filter(), 'published,unpublished');
            $this->cache->set($circleid, $fingerprint, $all);
        }
        foreach ($all as $recording) {
            [$sessionid, $named] = $meetings[$recording->meetingid] ?? [null, null];
            // The meta_ tags must name the same session: defends against a reused meeting ID.
            if ($sessionid === null || ($recording->metadata['devcircle-session'] ?? '') !== $named) {
                continue;
            }
            if (!$recording->published && !$withunpublished) {
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
     * Whether a recording of a session was made before the session was restored into this circle
     * (it is then managed in the circle it was made in).
     *
     * @param session $session the session
     * @param recording $recording one of its recordings
     * @return bool
     */
    public static function is_inherited(session $session, recording $recording): bool {
        return $recording->meetingid !== $session->get_meetingid();
    }

    /**
     * A recording of a session, or null when it is not one of its recordings.
     *
     * @param session $session the session
     * @param string $recordid the record ID
     * @return recording|null
     */
    public function find(session $session, string $recordid): ?recording {
        $recording = $this->client->get_recording($recordid, self::filter());
        if ($recording === null || $recording->state === 'deleted') {
            return null;
        }
        $named = [$session->get_meetingid() => (string) $session->get_id()];
        foreach ($this->sessions->previous_meetings([$session->get_id()])[$session->get_id()] ?? [] as $meetingid => $origin) {
            $named[$meetingid] = (string) $origin;
        }
        $expected = $named[$recording->meetingid] ?? null;
        if ($expected === null || ($recording->metadata['devcircle-session'] ?? '') !== $expected) {
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
     * @throws \moodle_exception recordingnotfound when the recording is not one of this session,
     *     recordinginherited when it belongs to the circle the session was restored from
     */
    public function apply(session $session, string $recordid, string $action): void {
        if (!in_array($action, [self::ACTION_PUBLISH, self::ACTION_UNPUBLISH, self::ACTION_DELETE], true)) {
            throw new \coding_exception('Unknown recording action ' . $action);
        }
        $recording = $this->find($session, $recordid);
        if ($recording === null) {
            throw new \moodle_exception('recordingnotfound', 'mod_devcircle');
        }
        if (self::is_inherited($session, $recording)) {
            throw new \moodle_exception('recordinginherited', 'mod_devcircle');
        }
        match ($action) {
            self::ACTION_PUBLISH => $this->client->publish_recordings([$recordid], true),
            self::ACTION_UNPUBLISH => $this->client->publish_recordings([$recordid], false),
            self::ACTION_DELETE => $this->client->delete_recordings([$recordid]),
        };
        $this->manager->touch_recordings($session);
    }
}
