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

use mod_devcircle\event\pad_created;
use mod_devcircle\local\etherpad\client;
use mod_devcircle\local\etherpad\etherpad_exception;
use mod_devcircle\local\http\timeouts;
use mod_devcircle\webinar\session_repository;
use stdClass;

/**
 * The pads of development circles: creating them in Moodle and in Etherpad, and opening them
 * for a user (author, time-limited session, read-only address for readers).
 *
 * Etherpad mapping: one group per circle (createGroupIfNotExistsFor with a name unique to this
 * site and circle), group pads with unguessable names, one author per Moodle user
 * (createAuthorIfNotExistsFor; Etherpad learns the user's id and full name), and a session per
 * user and group that Moodle sets as the `sessionID` cookie.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pad_service {
    /**
     * Creates the service.
     *
     * @param client $client the Etherpad client (its calls fail with NOT_CONFIGURED when no Etherpad is set)
     * @param pad_repository $pads the pads
     * @param snapshot_repository $snapshots their snapshots
     * @param author_repository $authors the Etherpad authors of users
     * @param session_repository $sessions the sessions whose minutes pads hold
     * @param etherpad_session_store $etherpadsessions the Etherpad sessions the user holds
     * @param method_templates $templates the method templates
     * @param \core\clock $clock the clock
     */
    public function __construct(
        /** @var client the Etherpad client */
        private readonly client $client,
        /** @var pad_repository the pads */
        private readonly pad_repository $pads,
        /** @var snapshot_repository their snapshots */
        private readonly snapshot_repository $snapshots,
        /** @var author_repository the Etherpad authors of users */
        private readonly author_repository $authors,
        /** @var session_repository the sessions */
        private readonly session_repository $sessions,
        /** @var etherpad_session_store the Etherpad sessions the user holds */
        private readonly etherpad_session_store $etherpadsessions,
        /** @var method_templates the method templates */
        private readonly method_templates $templates,
        /** @var \core\clock the clock */
        private readonly \core\clock $clock,
    ) {
    }

    /**
     * The same service with other timeouts for Etherpad (shorter ones inside a request that must not wait long).
     *
     * @param timeouts $timeouts how long a call may wait
     * @return self
     */
    public function with_timeouts(timeouts $timeouts): self {
        return new self(
            $this->client->with_timeouts($timeouts),
            $this->pads,
            $this->snapshots,
            $this->authors,
            $this->sessions,
            $this->etherpadsessions,
            $this->templates,
            $this->clock
        );
    }

    /**
     * Whether an Etherpad server is configured.
     *
     * @return bool
     */
    public function is_configured(): bool {
        return $this->client->is_configured();
    }

    /**
     * The Etherpad client.
     *
     * @return client
     * @throws etherpad_exception when Etherpad is not configured
     */
    public function client(): client {
        if (!$this->client->is_configured()) {
            throw new etherpad_exception(etherpad_exception::NOT_CONFIGURED);
        }
        return $this->client;
    }

    /**
     * The name under which Etherpad knows a circle's group.
     *
     * @param int $circleid the circle
     * @return string
     */
    public static function group_mapper(int $circleid): string {
        return 'moodle-' . self::site_key() . '-devcircle-' . $circleid;
    }

    /**
     * The name under which Etherpad knows a Moodle user.
     *
     * @param int $userid the user
     * @return string
     */
    public static function author_mapper(int $userid): string {
        return 'moodle-' . self::site_key() . '-user-' . $userid;
    }

    /**
     * A short key of this Moodle site, so that several sites can share one Etherpad.
     *
     * @return string
     */
    private static function site_key(): string {
        return substr(sha1(get_site_identifier()), 0, 10);
    }

    /**
     * The circle pad of a circle; its Moodle record is created on first use.
     *
     * @param int $circleid the circle
     * @param string $name name of the pad (usually the circle's name)
     * @return pad
     */
    public function get_or_create_circle_pad(int $circleid, string $name): pad {
        $pad = $this->pads->get_circle_pad($circleid);
        if ($pad === null) {
            $pad = $this->pads->create($circleid, pad::KIND_CIRCLE, $name);
            $this->created($pad, 0);
        }
        return $pad;
    }

    /**
     * The pads of a circle for its page, with the time of their last snapshot: the circle pad
     * first (its Moodle record is created on the first visit), then method pads, then minutes.
     *
     * @param int $circleid the circle
     * @param string $name name of the circle pad (usually the circle's name)
     * @return array{0: pad[], 1: array<int, int>} the pads keyed by id, and pad id => time of its last snapshot
     */
    public function pads_of_circle(int $circleid, string $name): array {
        [$pads, $times] = $this->pads->get_for_circle_with_last_snapshot($circleid);
        foreach ($pads as $pad) {
            if ($pad->get_kind() === pad::KIND_CIRCLE) {
                return [$pads, $times];
            }
        }
        $this->get_or_create_circle_pad($circleid, $name);
        return $this->pads->get_for_circle_with_last_snapshot($circleid);
    }

    /**
     * The minutes pad of a session of the circle, named after the session; created on first use.
     *
     * @param int $circleid the circle
     * @param int $sessionid the session, which must belong to the circle
     * @return pad
     * @throws \moodle_exception sessionnotfound when the session is not one of the circle's
     */
    public function get_or_create_session_minutes(int $circleid, int $sessionid): pad {
        $existing = $this->pads->get_minutes_pad($circleid, $sessionid);
        if ($existing !== null) {
            return $existing;
        }
        $session = $this->sessions->get($circleid, $sessionid);
        if ($session === null) {
            throw new \moodle_exception('sessionnotfound', 'mod_devcircle');
        }
        $title = format_string($session->get_title(), true, ['escape' => false]);
        $name = get_string('padminutesname', 'mod_devcircle', $title);
        $pad = $this->pads->create($circleid, pad::KIND_MINUTES, $name, 0, $sessionid);
        $this->created($pad, 0);
        return $pad;
    }

    /**
     * The page of a session's minutes pad (the pad is created when the link is first followed).
     *
     * @param int $cmid course module of the circle
     * @param int $sessionid the session
     * @return \moodle_url
     */
    public static function session_minutes_url(int $cmid, int $sessionid): \moodle_url {
        return new \moodle_url('/mod/devcircle/pad.php', ['cmid' => $cmid, 'sessionid' => $sessionid]);
    }

    /**
     * Logs that a pad was created.
     *
     * @param pad $pad the pad
     * @param int $userid who created it, 0 for the system
     * @return void
     */
    private function created(pad $pad, int $userid): void {
        $params = [
            'objectid' => $pad->get_id(),
            'context' => $pad->get_context(),
            'other' => ['padid' => $pad->get_id()],
        ];
        if ($userid > 0) {
            $params['userid'] = $userid;
        }
        pad_created::create($params)->trigger();
    }

    /**
     * Creates a pad from a method template. The template text goes into Etherpad now if it is
     * reachable, otherwise when the pad is first opened.
     *
     * @param int $circleid the circle
     * @param string $template template key ({@see method_templates})
     * @param string $lang language of the template
     * @param string $name name of the pad; the template's title when empty
     * @param int $userid who creates it
     * @return pad
     * @throws \moodle_exception padunknowntemplate when there is no such template
     */
    public function create_method_pad(int $circleid, string $template, string $lang, string $name, int $userid): pad {
        if (!$this->templates->exists($template, $lang)) {
            throw new \moodle_exception('padunknowntemplate', 'mod_devcircle');
        }
        if (trim($name) === '') {
            $name = $this->templates->title($template, $lang);
        }
        $pad = $this->pads->create($circleid, pad::KIND_METHOD, $name, $userid, null, $template, $lang);
        $this->created($pad, $userid);
        if ($this->client->is_configured()) {
            try {
                $pad = $this->ensure_remote($pad);
            } catch (etherpad_exception $e) {
                // Etherpad is not reachable now: the pad gets its template when it is first opened.
                unset($e);
            }
        }
        return $pad;
    }

    /**
     * Makes sure the pad exists in Etherpad, creating it (and the circle's group) when needed.
     *
     * A new pad starts with the text of its last snapshot (after a course restore, or when the
     * Etherpad database was lost), else with its method template, else empty.
     *
     * @param pad $pad the pad
     * @return pad the pad with its Etherpad IDs
     * @throws etherpad_exception when Etherpad cannot be reached
     */
    public function ensure_remote(pad $pad): pad {
        $client = $this->client();
        if ($pad->get_pad_id() !== null && $pad->get_read_only_id() !== null && $client->pad_exists($pad->get_pad_id())) {
            return $pad;
        }
        $groupid = $client->create_group_if_not_exists_for(self::group_mapper($pad->get_circle_id()));
        $padname = $pad->get_pad_name();
        $padid = $groupid . '$' . $padname;
        if (!$client->pad_exists($padid)) {
            $padid = $client->create_group_pad($groupid, $padname, '');
            $this->fill_new_pad($pad, $padid);
        }
        return $this->pads->set_remote($pad, $groupid, $padid, $client->get_read_only_id($padid));
    }

    /**
     * Puts the first content into a new Etherpad pad.
     *
     * @param pad $pad the pad
     * @param string $padid its new Etherpad ID
     * @return void
     */
    private function fill_new_pad(pad $pad, string $padid): void {
        $latest = $this->snapshots->latest($pad->get_id());
        if ($latest !== null) {
            content::put($this->client(), $padid, $latest->get_html(), $latest->get_text());
            return;
        }
        [$template, $lang] = [(string) $pad->get_template(), (string) $pad->get_lang()];
        if ($this->templates->exists($template, $lang)) {
            $html = $this->templates->html($template, $lang);
            content::put($this->client(), $padid, $html, $this->templates->text($template, $lang));
        }
    }

    /**
     * Opens a pad for a user: creates the pad if needed, the user's Etherpad author and a
     * session for the circle's group (reused while it is valid for a while yet).
     *
     * @param pad $pad the pad
     * @param stdClass $user the user (a user record with the name fields)
     * @param bool $canedit whether the user may write (else the read-only address is returned)
     * @param string|null $lang the user's language for Etherpad's interface, the current one when null
     * @return pad_access
     * @throws etherpad_exception when Etherpad cannot be reached
     */
    public function open(pad $pad, stdClass $user, bool $canedit, ?string $lang = null): pad_access {
        $pad = $this->ensure_remote($pad);
        $client = $this->client();
        $authorid = $client->create_author_if_not_exists_for(self::author_mapper((int) $user->id), fullname($user));
        $now = $this->clock->time();
        $this->authors->record_open($pad->get_circle_id(), (int) $user->id, $authorid, $canedit, $now);

        $groupid = (string) $pad->get_group_id();
        $held = $this->etherpadsessions->get($groupid);
        // Reuse a session of the same author that stays valid for at least another quarter of an hour.
        if ($held !== null && $held['authorid'] === $authorid && $held['validuntil'] > $now + 15 * MINSECS) {
            $sessionid = $held['sessionid'];
            $validuntil = $held['validuntil'];
        } else {
            $lifetime = max(5 * MINSECS, (int) (get_config('mod_devcircle', 'etherpad_sessionlifetime') ?: 3 * HOURSECS));
            $validuntil = $now + $lifetime;
            $sessionid = $client->create_session($groupid, $authorid, $validuntil);
            $this->etherpadsessions->set($groupid, $sessionid, $authorid, $validuntil);
        }

        $url = $canedit ? $client->pad_url((string) $pad->get_pad_id()) : $client->pad_url((string) $pad->get_read_only_id());
        $url = pad_url_options::apply($url, (int) $user->id, $lang ?? current_language());
        return new pad_access($url, !$canedit, $sessionid, $validuntil);
    }

    /**
     * Creates the pads of a circle in Etherpad with the text of their last snapshot (after a
     * course restore). When Etherpad is not reachable, each pad is created when first opened.
     *
     * @param int $circleid the circle
     * @return int number of pads created or found in Etherpad
     */
    public function recreate_circle(int $circleid): int {
        if (!$this->client->is_configured()) {
            return 0;
        }
        $count = 0;
        try {
            foreach ($this->pads->get_for_circle($circleid) as $pad) {
                $this->ensure_remote($pad);
                $count++;
            }
        } catch (etherpad_exception $e) {
            // Not reachable now: ensure_remote() runs again when a pad is opened.
            unset($e);
        }
        return $count;
    }

    /**
     * Deletes a pad: in Etherpad when reachable; in Moodle the pad is marked deleted and keeps its
     * snapshots, so that the deletion can be undone ({@see undelete_pad()}). The caller takes a
     * last snapshot first.
     *
     * @param pad $pad the pad
     * @return void
     */
    public function delete_pad(pad $pad): void {
        if ($this->client->is_configured() && $pad->get_pad_id() !== null) {
            try {
                $this->client->delete_pad($pad->get_pad_id());
            } catch (etherpad_exception $e) {
                // Etherpad is not reachable: the pad stays there, unreachable without a Moodle session.
                unset($e);
            }
        }
        $this->pads->set_deleted($pad, $this->clock->time());
    }

    /**
     * Undoes the deletion of a pad: it is listed again under its name, and when it is next
     * opened Etherpad gets it back with the text of its last snapshot ({@see ensure_remote()}).
     *
     * @param pad $pad a deleted pad ({@see pad_repository::get_deleted()})
     * @return pad the pad, in use again
     */
    public function undelete_pad(pad $pad): pad {
        $this->pads->set_deleted($pad, 0);
        return $this->pads->get($pad->get_id());
    }

    /**
     * Deletes every pad of a circle in Moodle and, when reachable, the circle's group in Etherpad.
     *
     * @param int $circleid the circle
     * @return void
     */
    public function delete_circle(int $circleid): void {
        $groups = [];
        foreach ($this->pads->get_for_circle($circleid, true) as $pad) {
            if ($pad->get_group_id() !== null) {
                $groups[$pad->get_group_id()] = true;
            }
            $this->pads->delete($pad);
        }
        $this->authors->delete_for_circle($circleid);
        if ($this->client->is_configured()) {
            foreach (array_keys($groups) as $groupid) {
                try {
                    $this->client->call('deleteGroup', ['groupID' => $groupid]);
                } catch (etherpad_exception $e) {
                    // Etherpad is not reachable: the group stays there, unreachable without a Moodle session.
                    unset($e);
                }
            }
        }
    }
}
