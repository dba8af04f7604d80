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

namespace mod_devcircle\local\etherpad;

use mod_devcircle\local\http\http_exception;
use mod_devcircle\local\http\timeouts;
use mod_devcircle\local\http\transport;

/**
 * Etherpad's HTTP API, called from the Moodle server only.
 *
 * Every call is a form POST with the API key in the body (so it never appears in a URL or an
 * access log) and goes through the plugin's one HTTP transport ({@see transport}: Moodle's cURL
 * class, the outgoing-request guard, short timeouts). Every failure becomes an
 * {@see etherpad_exception} with a plain-language message. The API key is never part of a
 * message, a return value or debug information.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class client {
    /** @var string API version we speak: supported by Etherpad 1.8 and 2.x. */
    public const API_VERSION = '1.2.13';

    /** @var timeouts how long a call may wait */
    private readonly timeouts $timeouts;

    /**
     * Creates a client.
     *
     * @param server_config $config URL and API key
     * @param transport $transport how requests are sent
     * @param timeouts|null $timeouts how long a call may wait; the budget of a user action by default
     */
    public function __construct(
        /** @var server_config URL and API key */
        private readonly server_config $config,
        /** @var transport how requests are sent */
        private readonly transport $transport,
        ?timeouts $timeouts = null,
    ) {
        $this->timeouts = $timeouts ?? timeouts::for_action();
    }

    /**
     * The same client with other timeouts (shorter ones inside a request that must not wait long).
     *
     * @param timeouts $timeouts how long a call may wait
     * @return self
     */
    public function with_timeouts(timeouts $timeouts): self {
        return new self($this->config, $this->transport, $timeouts);
    }

    /**
     * Whether an Etherpad server is configured; calls fail with NOT_CONFIGURED otherwise.
     *
     * @return bool
     */
    public function is_configured(): bool {
        return $this->config->is_configured();
    }

    /**
     * Base URL of Etherpad, with a trailing slash.
     *
     * @return string
     */
    public function get_base_url(): string {
        return $this->config->get_base_url();
    }

    /**
     * The address of a pad for the browser.
     *
     * @param string $padid group pad ID or read-only ID
     * @return string
     */
    public function pad_url(string $padid): string {
        return $this->config->get_base_url() . 'p/' . rawurlencode($padid);
    }

    /**
     * The newest API version the server offers (GET /api, needs no key).
     *
     * @return string e.g. "1.2.15"
     */
    public function get_api_version(): string {
        $answer = $this->request('api', null);
        if (!is_array($answer) || !isset($answer['currentVersion']) || !is_string($answer['currentVersion'])) {
            throw new etherpad_exception(etherpad_exception::BAD_RESPONSE, 'GET /api did not answer with currentVersion');
        }
        return $answer['currentVersion'];
    }

    /**
     * Checks the API key (checkToken).
     *
     * @return void
     * @throws etherpad_exception WRONG_KEY when Etherpad refuses the key
     */
    public function check_token(): void {
        $this->call('checkToken');
    }

    /**
     * The group mapped to a Moodle-side name, created on first use.
     *
     * @param string $mapper a name unique to the Moodle object, e.g. the circle
     * @return string group ID ("g.…")
     */
    public function create_group_if_not_exists_for(string $mapper): string {
        return $this->string_field($this->call('createGroupIfNotExistsFor', ['groupMapper' => $mapper]), 'groupID');
    }

    /**
     * Creates a pad in a group.
     *
     * @param string $groupid the group
     * @param string $padname the pad's name inside the group
     * @param string|null $text initial text; null for Etherpad's default text
     * @return string pad ID ("g.…$name")
     */
    public function create_group_pad(string $groupid, string $padname, ?string $text = null): string {
        $params = ['groupID' => $groupid, 'padName' => $padname];
        if ($text !== null) {
            $params['text'] = $text;
        }
        return $this->string_field($this->call('createGroupPad', $params), 'padID');
    }

    /**
     * The pads of a group.
     *
     * @param string $groupid the group
     * @return string[] pad IDs
     */
    public function list_pads(string $groupid): array {
        $data = $this->call('listPads', ['groupID' => $groupid]);
        return array_values(array_map('strval', (array) ($data['padIDs'] ?? [])));
    }

    /**
     * Whether a pad exists.
     *
     * @param string $padid the pad
     * @return bool
     */
    public function pad_exists(string $padid): bool {
        try {
            $this->get_revisions_count($padid);
            return true;
        } catch (etherpad_exception $e) {
            if ($e->kind === etherpad_exception::API_ERROR && str_contains((string) $e->a, 'does not exist')) {
                return false;
            }
            throw $e;
        }
    }

    /**
     * Deletes a pad.
     *
     * @param string $padid the pad
     * @return void
     */
    public function delete_pad(string $padid): void {
        $this->call('deletePad', ['padID' => $padid]);
    }

    /**
     * The author mapped to a Moodle-side name, created on first use; the name is updated.
     *
     * @param string $mapper a name unique to the Moodle user
     * @param string $name the name other writers see
     * @return string author ID ("a.…")
     */
    public function create_author_if_not_exists_for(string $mapper, string $name): string {
        return $this->string_field(
            $this->call('createAuthorIfNotExistsFor', ['authorMapper' => $mapper, 'name' => $name]),
            'authorID'
        );
    }

    /**
     * The name of an author.
     *
     * @param string $authorid the author
     * @return string
     */
    public function get_author_name(string $authorid): string {
        $data = $this->call('getAuthorName', ['authorID' => $authorid]);
        // Etherpad answers {"data": "name"} here, not an object.
        return is_string($data) ? $data : (string) ($data['authorName'] ?? '');
    }

    /**
     * The authors who wrote in a pad.
     *
     * @param string $padid the pad
     * @return string[] author IDs
     */
    public function list_authors_of_pad(string $padid): array {
        $data = $this->call('listAuthorsOfPad', ['padID' => $padid]);
        return array_values(array_map('strval', (array) ($data['authorIDs'] ?? [])));
    }

    /**
     * Creates a session that lets an author open the pads of a group until a time.
     *
     * @param string $groupid the group
     * @param string $authorid the author
     * @param int $validuntil Unix time the session ends
     * @return string session ID ("s.…"), the value of the sessionID cookie
     */
    public function create_session(string $groupid, string $authorid, int $validuntil): string {
        return $this->string_field($this->call(
            'createSession',
            ['groupID' => $groupid, 'authorID' => $authorid, 'validUntil' => (string) $validuntil]
        ), 'sessionID');
    }

    /**
     * Information about a session.
     *
     * @param string $sessionid the session
     * @return array{groupID: string, authorID: string, validUntil: int}
     */
    public function get_session_info(string $sessionid): array {
        $data = (array) $this->call('getSessionInfo', ['sessionID' => $sessionid]);
        return [
            'groupID' => (string) ($data['groupID'] ?? ''),
            'authorID' => (string) ($data['authorID'] ?? ''),
            'validUntil' => (int) ($data['validUntil'] ?? 0),
        ];
    }

    /**
     * Deletes a session.
     *
     * @param string $sessionid the session
     * @return void
     */
    public function delete_session(string $sessionid): void {
        $this->call('deleteSession', ['sessionID' => $sessionid]);
    }

    /**
     * The read-only ID of a pad.
     *
     * @param string $padid the pad
     * @return string read-only ID ("r.…")
     */
    public function get_read_only_id(string $padid): string {
        return $this->string_field($this->call('getReadOnlyID', ['padID' => $padid]), 'readOnlyID');
    }

    /**
     * The plain text of a pad.
     *
     * @param string $padid the pad
     * @return string
     */
    public function get_text(string $padid): string {
        return $this->string_field($this->call('getText', ['padID' => $padid]), 'text');
    }

    /**
     * The HTML of a pad (a whole document with the pad body).
     *
     * @param string $padid the pad
     * @return string
     */
    public function get_html(string $padid): string {
        return $this->string_field($this->call('getHTML', ['padID' => $padid]), 'html');
    }

    /**
     * Replaces the text of a pad.
     *
     * @param string $padid the pad
     * @param string $text the new text
     * @return void
     */
    public function set_text(string $padid, string $text): void {
        $this->call('setText', ['padID' => $padid, 'text' => $text]);
    }

    /**
     * Replaces the content of a pad with HTML (Etherpad keeps what its editor supports).
     *
     * @param string $padid the pad
     * @param string $html the new content
     * @return void
     */
    public function set_html(string $padid, string $html): void {
        $this->call('setHTML', ['padID' => $padid, 'html' => $html]);
    }

    /**
     * The number of the pad's newest revision.
     *
     * @param string $padid the pad
     * @return int
     */
    public function get_revisions_count(string $padid): int {
        $data = $this->call('getRevisionsCount', ['padID' => $padid]);
        return (int) ($data['revisions'] ?? 0);
    }

    /**
     * When the pad was last edited.
     *
     * @param string $padid the pad
     * @return int Unix time
     */
    public function get_last_edited(string $padid): int {
        $data = $this->call('getLastEdited', ['padID' => $padid]);
        return intdiv((int) ($data['lastEdited'] ?? 0), 1000);
    }

    /**
     * Calls an API function.
     *
     * @param string $function name of the API function
     * @param array<string, string> $params its parameters (without the key)
     * @return mixed the "data" member of the answer
     * @throws etherpad_exception on any failure
     */
    public function call(string $function, array $params = []): mixed {
        $answer = $this->request(
            'api/' . self::API_VERSION . '/' . $function,
            ['apikey' => $this->config->get_api_key()] + $params
        );
        if (!is_array($answer) || !array_key_exists('code', $answer)) {
            throw new etherpad_exception(etherpad_exception::BAD_RESPONSE, "$function: the answer has no code");
        }
        $code = (int) $answer['code'];
        $message = is_string($answer['message'] ?? null) ? $answer['message'] : '';
        if ($code === 4) {
            throw new etherpad_exception(etherpad_exception::WRONG_KEY, "$function: $message");
        }
        if ($code !== 0) {
            throw new etherpad_exception(
                etherpad_exception::API_ERROR,
                "$function: code $code, $message",
                $message !== '' ? $message : "code $code"
            );
        }
        return $answer['data'] ?? null;
    }

    /**
     * Sends one request and decodes the JSON answer.
     *
     * Etherpad answers some refusals (a wrong API key) with an HTTP error status and its usual
     * JSON body; such a body is read like any other answer.
     *
     * @param string $path the path below the base URL
     * @param array<string, string>|null $post form fields to POST, null for a GET
     * @return mixed the decoded JSON
     * @throws etherpad_exception when there is no usable answer
     */
    private function request(string $path, #[\SensitiveParameter] ?array $post): mixed {
        if (!$this->config->is_configured()) {
            throw new etherpad_exception(etherpad_exception::NOT_CONFIGURED);
        }
        $url = $this->config->get_base_url() . $path;
        $where = preg_replace('~/api/.*$~', '/api/…', $url);
        $status = 200;
        try {
            $body = $post === null
                ? $this->transport->get($url, $this->timeouts, ['Accept: application/json'])
                : $this->transport->post(
                    $url,
                    http_build_query($post, '', '&'),
                    'application/x-www-form-urlencoded',
                    $this->timeouts,
                    ['Accept: application/json']
                );
        } catch (http_exception $e) {
            if ($e->kind === http_exception::BLOCKED) {
                throw new etherpad_exception(etherpad_exception::BLOCKED, (string) $e->debuginfo);
            }
            if ($e->kind !== http_exception::STATUS) {
                throw new etherpad_exception(etherpad_exception::UNREACHABLE, (string) $e->debuginfo);
            }
            [$status, $body] = [$e->status, $e->body];
        }
        $decoded = json_decode($body, true);
        if (($decoded === null && json_last_error() !== JSON_ERROR_NONE) || ($status !== 200 && !is_array($decoded))) {
            $kind = $status >= 500 ? etherpad_exception::UNREACHABLE : etherpad_exception::BAD_RESPONSE;
            $excerpt = \core_text::substr(trim(strip_tags($body)), 0, 120);
            throw new etherpad_exception($kind, "$where: HTTP $status, not JSON: $excerpt");
        }
        return $decoded;
    }

    /**
     * Reads a string member of an answer.
     *
     * @param mixed $data the "data" member
     * @param string $field the member
     * @return string
     */
    private function string_field(mixed $data, string $field): string {
        if (!is_array($data) || !isset($data[$field]) || !is_string($data[$field])) {
            throw new etherpad_exception(etherpad_exception::BAD_RESPONSE, "the answer has no $field");
        }
        return $data[$field];
    }
}
