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

namespace mod_devcircle\tests;

/**
 * Points mod_devcircle at the BigBlueButton API test double (tests/bbb-double in the project)
 * and drives the double's control endpoints.
 *
 * The double is found through the environment: DEVCIRCLE_TEST_BBB_URL (for example
 * http://127.0.0.1:8090/bigbluebutton/) and DEVCIRCLE_TEST_BBB_SECRET; scripts/test-all.sh
 * starts it and sets both. Without them the tests that need it fail in a strict run and are skipped
 * otherwise (see service_requirement).
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
trait bbb_double {
    /** @var string base URL of the double's API, e.g. http://127.0.0.1:8090/bigbluebutton/ */
    protected string $bbburl = '';
    /** @var string the double's shared secret */
    protected string $bbbsecret = '';

    /**
     * Configures the plugin for the double and resets it; fails or skips the test when it is not available.
     *
     * Call after resetAfterTest(): the settings changed here are restored after the test.
     *
     * @param string $algorithm checksum algorithm to configure
     */
    protected function use_bbb_double(string $algorithm = 'sha256'): void {
        $url = (string) getenv('DEVCIRCLE_TEST_BBB_URL');
        $secret = (string) getenv('DEVCIRCLE_TEST_BBB_SECRET');
        if ($url === '' || $secret === '') {
            service_requirement::unavailable('bbb', 'The BigBlueButton test double is not configured: start it with '
                . '"scripts/bbb-double.sh start" and set DEVCIRCLE_TEST_BBB_URL and DEVCIRCLE_TEST_BBB_SECRET '
                . '(npm test does both).');
        }
        $this->bbburl = rtrim($url, '/') . '/';
        $this->bbbsecret = $secret;
        set_config('bbb_serverurl', $this->bbburl, 'mod_devcircle');
        set_config('bbb_secret', $secret, 'mod_devcircle');
        set_config('bbb_checksum', $algorithm, 'mod_devcircle');
        // Moodle's outgoing-request guard blocks loopback and ports other than 80/443 by default.
        $port = parse_url($this->bbburl, PHP_URL_PORT) ?: 80;
        set_config('curlsecurityblockedhosts', '');
        set_config('curlsecurityallowedport', "80\n443\n" . $port);
        // Services are built once per request from the settings: the next ones see these.
        \core\di::reset_container();
        $this->bbb_control('POST', 'reset');
    }

    /**
     * A BigBlueButton client for the site's settings as they are now, with the plugin's HTTP transport.
     *
     * @return \mod_devcircle\local\bbb\client
     */
    protected static function bbb_client(): \mod_devcircle\local\bbb\client {
        return new \mod_devcircle\local\bbb\client(
            \mod_devcircle\local\bbb\server_config::from_settings(),
            new \mod_devcircle\local\http\curl_transport()
        );
    }

    /**
     * Calls a control endpoint of the double (no checksum; test only).
     *
     * @param string $method GET or POST
     * @param string $path path below /_control/, e.g. "meetings/ID/start"
     * @param mixed $body JSON body for POST
     * @return mixed the decoded JSON answer
     */
    protected function bbb_control(string $method, string $path, $body = null) {
        $origin = preg_replace('~^(https?://[^/]+).*$~', '$1', $this->bbburl);
        $ch = curl_init($origin . '/_control/' . ltrim($path, '/'));
        curl_setopt_array($ch, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_TIMEOUT => 10,
            CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
        ]);
        if ($method === 'POST') {
            curl_setopt($ch, CURLOPT_POSTFIELDS, $body === null ? '' : json_encode($body));
        }
        $answer = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
        curl_close($ch);
        if ($answer === false || $status >= 400) {
            $this->fail("BBB test double at {$origin}: {$method} /_control/{$path} failed ({$status}): "
                . var_export($answer, true));
        }
        return json_decode($answer, true);
    }

    /**
     * Makes a meeting run on the double, as if its moderator had entered.
     *
     * @param string $meetingid the meeting ID
     * @param string $fullname the moderator's name
     */
    protected function bbb_start_meeting(string $meetingid, string $fullname = 'Moderator'): void {
        $this->bbb_control('POST', 'meetings/' . rawurlencode($meetingid) . '/start', ['fullName' => $fullname]);
    }

    /**
     * Adds a recording to a meeting of the double (fires its recording-ready callback).
     *
     * @param string $meetingid the meeting ID
     * @param array $extra name, published, meta…
     * @return array the answer: recording and callback
     */
    protected function bbb_add_recording(string $meetingid, array $extra = []): array {
        return $this->bbb_control('POST', 'recordings', ['meetingID' => $meetingid] + $extra);
    }

    /**
     * Simulates an outage or an error answer of the double.
     *
     * @param array $mode e.g. ['mode' => 'down'] or ['mode' => 'error', 'messageKey' => 'maxConcurrent']
     */
    protected function bbb_fail(array $mode): void {
        $this->bbb_control('POST', 'fail', $mode);
    }

    /**
     * The joins the double has seen.
     *
     * @return array[]
     */
    protected function bbb_joins(): array {
        return $this->bbb_control('GET', 'joins');
    }

    /**
     * The API calls the double has seen.
     *
     * @return array[]
     */
    protected function bbb_calls(): array {
        return $this->bbb_control('GET', 'calls');
    }

    /**
     * Fetches a join URL the way a browser would (without following the redirect).
     *
     * @param string $url the join URL
     * @return array{status: int, location: string, body: string}
     */
    protected function bbb_open(string $url): array {
        $ch = curl_init($url);
        curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_HEADER => true, CURLOPT_TIMEOUT => 10]);
        $answer = (string) curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
        $headersize = curl_getinfo($ch, CURLINFO_HEADER_SIZE);
        curl_close($ch);
        $headers = substr($answer, 0, $headersize);
        $location = preg_match('/^Location:\s*(\S+)/mi', $headers, $m) ? $m[1] : '';
        return ['status' => $status, 'location' => $location, 'body' => substr($answer, $headersize)];
    }

    /**
     * Follows a join URL into the double's client page, as a browser would: the user enters.
     *
     * @param string $url the join URL
     * @return string the client page
     */
    protected function bbb_enter(string $url): string {
        $answer = $this->bbb_open($url);
        $this->assertSame(302, $answer['status'], 'the join URL should redirect to the client');
        return $this->bbb_open($answer['location'])['body'];
    }
}
