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

namespace mod_devcircle\local\bbb;

use mod_devcircle\local\http\http_exception;
use mod_devcircle\local\http\timeouts;
use mod_devcircle\local\http\transport;

/**
 * A small client of the BigBlueButton API (works with Scalelite too).
 *
 * Every URL is built and signed here; every answer is parsed and checked here. Requests go
 * through the plugin's one HTTP transport ({@see transport}); its failures and BigBlueButton's
 * error answers become {@see bbb_exception}s with plain-language messages. The client knows
 * nothing about circles or sessions: {@see \mod_devcircle\webinar\meeting_service} translates
 * between the two.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class client {
    /** @var timeouts how long a call may wait: a page must not hang on a silent server */
    private readonly timeouts $timeouts;

    /**
     * Creates a client.
     *
     * @param server_config $config server URL, secret and algorithm
     * @param transport $transport how requests are sent
     * @param timeouts|null $timeouts how long a call may wait; the budget of a user action by default
     */
    public function __construct(
        /** @var server_config server URL, secret and algorithm */
        private readonly server_config $config,
        /** @var transport how requests are sent */
        private readonly transport $transport,
        ?timeouts $timeouts = null,
    ) {
        $this->timeouts = $timeouts ?? timeouts::for_action();
    }

    /**
     * The same client with other timeouts (shorter ones while a page waits for the answer).
     *
     * @param timeouts $timeouts how long a call may wait
     * @return self
     */
    public function with_timeouts(timeouts $timeouts): self {
        return new self($this->config, $this->transport, $timeouts);
    }

    /**
     * The signed URL of an API call.
     *
     * @param string $call API call name, e.g. "getMeetingInfo"
     * @param array<string, scalar> $params its parameters; booleans become "true"/"false"
     * @return string
     * @throws bbb_exception NOT_CONFIGURED when no server is configured
     */
    public function url(string $call, array $params = []): string {
        if (!$this->config->is_configured()) {
            throw new bbb_exception(bbb_exception::NOT_CONFIGURED);
        }
        $query = self::query($params);
        $checksum = checksum::compute($call, $query, $this->config->get_secret(), $this->config->get_algorithm());
        return $this->config->get_api_url() . $call . '?' . ($query === '' ? '' : $query . '&') . 'checksum=' . $checksum;
    }

    /**
     * Builds a query string the way BigBlueButton expects it (RFC 3986 encoding, no empty values).
     *
     * @param array<string, scalar|null> $params the parameters
     * @return string
     */
    public static function query(array $params): string {
        $clean = [];
        foreach ($params as $name => $value) {
            if ($value === null) {
                continue;
            }
            $clean[$name] = is_bool($value) ? ($value ? 'true' : 'false') : (string) $value;
        }
        return http_build_query($clean, '', '&', PHP_QUERY_RFC3986);
    }

    /**
     * Sends a GET call and returns the checked answer.
     *
     * @param string $call API call name
     * @param array<string, scalar|null> $params its parameters
     * @return \SimpleXMLElement
     */
    private function call(string $call, array $params = []): \SimpleXMLElement {
        $url = $this->url($call, $params);
        try {
            $body = $this->transport->get($url, $this->timeouts);
        } catch (http_exception $e) {
            throw bbb_exception::from_http($e);
        }
        return xml_reader::parse($body);
    }

    /**
     * Adds the meta_ prefix to metadata keys.
     *
     * @param array<string, string> $metadata key => value
     * @return array<string, string>
     */
    private static function meta(array $metadata): array {
        $out = [];
        foreach ($metadata as $key => $value) {
            $out['meta_' . $key] = $value;
        }
        return $out;
    }

    /**
     * Creates a meeting, or finds the one that exists with this ID (create is idempotent in BBB).
     *
     * @param string $meetingid the meeting ID
     * @param array<string, scalar|null> $params name, record, welcome, muteOnStart, lockSettings…
     * @param array<string, string> $metadata meta_ values without the prefix
     * @return array{meetingid: string, internalmeetingid: string, createtime: int, duplicate: bool}
     */
    public function create_meeting(string $meetingid, array $params, array $metadata = []): array {
        $xml = $this->call('create', ['meetingID' => $meetingid] + $params + self::meta($metadata));
        return [
            'meetingid' => (string) $xml->meetingID,
            'internalmeetingid' => (string) $xml->internalMeetingID,
            'createtime' => (int) $xml->createTime,
            'duplicate' => (string) $xml->messageKey === 'duplicateWarning',
        ];
    }

    /**
     * The signed join URL for one person (no request is made: the browser follows it).
     *
     * @param string $meetingid the meeting ID
     * @param string $fullname the name shown in the meeting
     * @param string $role MODERATOR or VIEWER
     * @param string $userid the ID BigBlueButton shows and reports for this user
     * @param array<string, scalar|null> $extra more join parameters (createTime, userdata-…)
     * @return string
     */
    public function join_url(string $meetingid, string $fullname, string $role, string $userid, array $extra = []): string {
        if (!in_array($role, ['MODERATOR', 'VIEWER'], true)) {
            throw new \coding_exception('Unknown role ' . $role);
        }
        return $this->url('join', [
            'meetingID' => $meetingid,
            'fullName' => $fullname,
            'role' => $role,
            'userID' => $userid,
        ] + $extra);
    }

    /**
     * Whether a meeting is running (unknown meetings are simply not running).
     *
     * @param string $meetingid the meeting ID
     * @return bool
     */
    public function is_meeting_running(string $meetingid): bool {
        return xml_reader::bool($this->call('isMeetingRunning', ['meetingID' => $meetingid])->running);
    }

    /**
     * The state of a meeting, or null when the server does not know it (not created, or ended).
     *
     * @param string $meetingid the meeting ID
     * @return meeting_info|null
     */
    public function get_meeting_info(string $meetingid): ?meeting_info {
        try {
            return meeting_info::from_xml($this->call('getMeetingInfo', ['meetingID' => $meetingid]));
        } catch (bbb_exception $e) {
            if ($e->messagekey === 'notFound') {
                return null;
            }
            throw $e;
        }
    }

    /**
     * Ends a meeting for everyone.
     *
     * @param string $meetingid the meeting ID
     * @return bool true when it was ended now, false when the server did not know it (already over)
     */
    public function end_meeting(string $meetingid): bool {
        try {
            $this->call('end', ['meetingID' => $meetingid]);
            return true;
        } catch (bbb_exception $e) {
            if ($e->messagekey === 'notFound') {
                return false;
            }
            throw $e;
        }
    }

    /**
     * Recordings of the given meetings, always filtered (Scalelite may refuse an unfiltered call).
     *
     * @param string[] $meetingids meeting IDs (at least one)
     * @param array<string, string> $metadata meta_ filters without the prefix
     * @param string $states comma-separated states, e.g. "published,unpublished"
     * @return recording[]
     */
    public function get_recordings(array $meetingids, array $metadata = [], string $states = 'published,unpublished'): array {
        $meetingids = array_values(array_filter($meetingids, fn($id) => $id !== ''));
        if (!$meetingids) {
            return [];
        }
        $xml = $this->call('getRecordings', [
            'meetingID' => implode(',', $meetingids),
            'state' => $states,
        ] + self::meta($metadata));
        $recordings = [];
        if (isset($xml->recordings->recording)) {
            foreach ($xml->recordings->recording as $element) {
                $recordings[] = recording::from_xml($element);
            }
        }
        return $recordings;
    }

    /**
     * A recording by its ID, restricted by meta_ filters, or null.
     *
     * @param string $recordid the record ID
     * @param array<string, string> $metadata meta_ filters without the prefix
     * @return recording|null
     */
    public function get_recording(string $recordid, array $metadata = []): ?recording {
        $xml = $this->call('getRecordings', ['recordID' => $recordid, 'state' => 'any'] + self::meta($metadata));
        if (isset($xml->recordings->recording)) {
            foreach ($xml->recordings->recording as $element) {
                $recording = recording::from_xml($element);
                if ($recording->recordid === $recordid) {
                    return $recording;
                }
            }
        }
        return null;
    }

    /**
     * Publishes or unpublishes recordings.
     *
     * @param string[] $recordids the record IDs
     * @param bool $publish true to publish, false to unpublish
     */
    public function publish_recordings(array $recordids, bool $publish): void {
        $this->call('publishRecordings', ['recordID' => implode(',', $recordids), 'publish' => $publish]);
    }

    /**
     * Deletes recordings.
     *
     * @param string[] $recordids the record IDs
     */
    public function delete_recordings(array $recordids): void {
        $this->call('deleteRecordings', ['recordID' => implode(',', $recordids)]);
    }

    /**
     * Changes meta_ values of recordings (an empty value removes the key).
     *
     * @param string[] $recordids the record IDs
     * @param array<string, string> $metadata the values without the prefix
     */
    public function update_recordings(array $recordids, array $metadata): void {
        $this->call('updateRecordings', ['recordID' => implode(',', $recordids)] + self::meta($metadata));
    }

    /**
     * Verifies the JWT of a recording-ready callback, signed with the shared secret.
     *
     * @param string $token the signed_parameters value
     * @return array the payload (meeting_id, record_id)
     * @throws \invalid_parameter_exception when the token is not valid
     */
    public function verify_callback_jwt(string $token): array {
        return jwt::decode_hs256($token, $this->config->get_secret());
    }

    /**
     * A keyed hash of a value with the shared secret, for tokens in callback URLs.
     *
     * @param string $value what to sign
     * @return string hex HMAC-SHA256
     */
    public function sign(string $value): string {
        if (!$this->config->is_configured()) {
            throw new bbb_exception(bbb_exception::NOT_CONFIGURED);
        }
        return hash_hmac('sha256', $value, $this->config->get_secret());
    }
}
