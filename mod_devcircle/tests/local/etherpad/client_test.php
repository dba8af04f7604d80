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
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The Etherpad client against a real Etherpad: groups, pads, authors, sessions, read-only IDs,
 * and clean errors when Etherpad is down, refuses the key, or is blocked.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\local\etherpad\client
 * @covers     \mod_devcircle\local\etherpad\etherpad_exception
 */
#[CoversClass(\mod_devcircle\local\etherpad\client::class)]
#[CoversClass(\mod_devcircle\local\etherpad\etherpad_exception::class)]
final class client_test extends \advanced_testcase {
    use \mod_devcircle\tests\etherpad_helper;

    /**
     * A client for the test Etherpad.
     *
     * @return client
     */
    private function client(): client {
        [$url, $key] = $this->require_etherpad();
        return self::etherpad_client($url, $key);
    }

    /**
     * A name no earlier test run used.
     *
     * @param string $what prefix
     * @return string
     */
    private static function unique(string $what): string {
        return $what . '-' . bin2hex(random_bytes(6));
    }

    public function test_reports_the_api_version_without_a_key(): void {
        $this->resetAfterTest();
        $version = $this->client()->get_api_version();
        $this->assertMatchesRegularExpression('/^1\.\d+\.\d+$/', $version);
    }

    public function test_group_for_a_mapper_is_created_once(): void {
        $this->resetAfterTest();
        $client = $this->client();
        $mapper = self::unique('circle');

        $first = $client->create_group_if_not_exists_for($mapper);
        $again = $client->create_group_if_not_exists_for($mapper);

        $this->assertStringStartsWith('g.', $first);
        $this->assertSame($first, $again);
        $this->assertNotSame($first, $client->create_group_if_not_exists_for(self::unique('circle')));
    }

    public function test_group_pad_keeps_text_and_html(): void {
        $this->resetAfterTest();
        $client = $this->client();
        $group = $client->create_group_if_not_exists_for(self::unique('circle'));

        $padid = $client->create_group_pad($group, 'minutes', "Protokoll\nTOP 1: Dienstplan");

        $this->assertSame($group . '$minutes', $padid);
        $this->assertContains($padid, $client->list_pads($group));
        $this->assertStringContainsString('TOP 1: Dienstplan', $client->get_text($padid));
        $client->set_html($padid, '<!DOCTYPE HTML><html><body><strong>Fett</strong> und normal</body></html>');
        $this->assertStringContainsString('<strong>Fett</strong>', $client->get_html($padid));
        $this->assertStringContainsString('Fett und normal', $client->get_text($padid));
        $this->assertTrue($client->pad_exists($padid));
        $this->assertGreaterThan(0, $client->get_revisions_count($padid));
        $this->assertGreaterThan(time() - HOURSECS, $client->get_last_edited($padid));

        $client->delete_pad($padid);
        $this->assertFalse($client->pad_exists($padid));
    }

    public function test_author_for_a_mapper_is_created_once_with_its_name(): void {
        $this->resetAfterTest();
        $client = $this->client();
        $mapper = self::unique('user');

        $author = $client->create_author_if_not_exists_for($mapper, 'Anna Schmidt');

        $this->assertStringStartsWith('a.', $author);
        $this->assertSame($author, $client->create_author_if_not_exists_for($mapper, 'Anna Schmidt'));
        $this->assertSame('Anna Schmidt', $client->get_author_name($author));
    }

    public function test_session_binds_an_author_to_a_group_until_a_time(): void {
        $this->resetAfterTest();
        $client = $this->client();
        $group = $client->create_group_if_not_exists_for(self::unique('circle'));
        $author = $client->create_author_if_not_exists_for(self::unique('user'), 'Ben Weber');
        $until = time() + HOURSECS;

        $session = $client->create_session($group, $author, $until);

        $this->assertTrue(session_cookie::is_session_id($session), $session);
        $info = $client->get_session_info($session);
        $this->assertSame($group, $info['groupID']);
        $this->assertSame($author, $info['authorID']);
        $this->assertSame($until, $info['validUntil']);
        $client->delete_session($session);
        $this->expectException(etherpad_exception::class);
        $client->get_session_info($session);
    }

    public function test_read_only_id_is_stable_and_differs_from_the_pad_id(): void {
        $this->resetAfterTest();
        $client = $this->client();
        $group = $client->create_group_if_not_exists_for(self::unique('circle'));
        $padid = $client->create_group_pad($group, 'readers', 'Nur lesen');

        $readonly = $client->get_read_only_id($padid);

        $this->assertStringStartsWith('r.', $readonly);
        $this->assertStringNotContainsString($padid, $readonly);
        $this->assertSame($readonly, $client->get_read_only_id($padid));
        $this->assertSame($padid, $client->call('getPadID', ['roID' => $readonly])['padID']);
    }

    public function test_pad_url_points_into_etherpad(): void {
        $this->resetAfterTest();
        $client = self::etherpad_client('https://pad.example.org', 'k');
        $this->assertSame('https://pad.example.org/p/g.abc%24pad', $client->pad_url('g.abc$pad'));
    }

    public function test_existing_pad_name_is_an_api_error_with_etherpads_message(): void {
        $this->resetAfterTest();
        $client = $this->client();
        $group = $client->create_group_if_not_exists_for(self::unique('circle'));
        $client->create_group_pad($group, 'twice', '');
        try {
            $client->create_group_pad($group, 'twice', '');
            $this->fail('Expected an exception');
        } catch (etherpad_exception $e) {
            $this->assertSame(etherpad_exception::API_ERROR, $e->kind);
            $this->assertStringContainsString('does already exist', $e->getMessage());
            $this->assertFalse($e->is_unavailable());
        }
    }

    public function test_wrong_key_is_reported_without_revealing_any_key(): void {
        $this->resetAfterTest();
        [$url, $key] = $this->require_etherpad();
        $wrong = 'wrong-key-' . bin2hex(random_bytes(8));
        $client = self::etherpad_client($url, $wrong);
        try {
            $client->check_token();
            $this->fail('Expected an exception');
        } catch (etherpad_exception $e) {
            $this->assertSame(etherpad_exception::WRONG_KEY, $e->kind);
            $this->assertStringStartsWith(get_string('etherpad_wrongkey', 'mod_devcircle'), $e->getMessage());
            foreach ([$e->getMessage(), (string) $e->debuginfo, $e->getTraceAsString()] as $text) {
                $this->assertStringNotContainsString($wrong, $text);
                $this->assertStringNotContainsString($key, $text);
            }
        }
        (self::etherpad_client($url, $key))->check_token();
    }

    public function test_etherpad_down_is_unreachable_quickly(): void {
        $this->resetAfterTest();
        $this->allow_outgoing_requests_to(self::down_url());
        $client = self::etherpad_client(self::down_url(), 'secret-key', 2, 5);
        $start = microtime(true);
        try {
            $client->create_group_if_not_exists_for('x');
            $this->fail('Expected an exception');
        } catch (etherpad_exception $e) {
            $this->assertSame(etherpad_exception::UNREACHABLE, $e->kind);
            $this->assertTrue($e->is_unavailable());
            $this->assertStringStartsWith(get_string('etherpad_unreachable', 'mod_devcircle'), $e->getMessage());
            $this->assertStringNotContainsString('secret-key', (string) $e->debuginfo);
        }
        $this->assertLessThan(5, microtime(true) - $start);
    }

    public function test_url_blocked_by_moodle_is_reported_as_blocked(): void {
        $this->resetAfterTest();
        [$url, $key] = $this->require_etherpad();
        set_config('curlsecurityblockedhosts', "127.0.0.1\nlocalhost");
        try {
            (self::etherpad_client($url, $key))->check_token();
            $this->fail('Expected an exception');
        } catch (etherpad_exception $e) {
            $this->assertSame(etherpad_exception::BLOCKED, $e->kind);
            $this->assertStringContainsString('cURL', $e->getMessage());
        }
    }

    public function test_something_else_than_etherpad_is_a_bad_response(): void {
        $this->resetAfterTest();
        [$url, $key] = $this->require_etherpad();
        // Pad pages are HTML, not the API.
        $client = self::etherpad_client(rtrim($url, '/') . '/p/', $key);
        try {
            $client->check_token();
            $this->fail('Expected an exception');
        } catch (etherpad_exception $e) {
            $this->assertContains($e->kind, [etherpad_exception::BAD_RESPONSE]);
        }
    }

    public function test_missing_settings_mean_not_configured(): void {
        $this->resetAfterTest();
        set_config('etherpad_url', '', 'mod_devcircle');
        set_config('etherpad_apikey', 'k', 'mod_devcircle');
        \core\di::reset_container();
        $client = \core\di::get(client::class);

        $this->assertFalse($client->is_configured());
        $this->expectException(etherpad_exception::class);
        $this->expectExceptionMessage(get_string('etherpad_notconfigured', 'mod_devcircle'));
        $client->check_token();
    }

    public function test_the_client_sends_through_the_transport_bound_in_the_container(): void {
        $this->resetAfterTest();
        $this->use_etherpad_at('https://pad.example.org/', 'the-key');
        $transport = new \mod_devcircle\tests\scripted_transport('{"code":0,"message":"ok","data":{"groupID":"g.abc"}}');
        \core\di::set(\mod_devcircle\local\http\transport::class, $transport);

        $group = \core\di::get(client::class)->with_timeouts(new \mod_devcircle\local\http\timeouts(2, 5))
            ->create_group_if_not_exists_for('circle-1');

        $this->assertSame('g.abc', $group);
        $this->assertCount(1, $transport->requests);
        $request = $transport->requests[0];
        $this->assertSame('POST', $request['method']);
        $this->assertSame('https://pad.example.org/api/' . client::API_VERSION . '/createGroupIfNotExistsFor', $request['url']);
        parse_str($request['body'], $fields);
        $this->assertSame(['apikey' => 'the-key', 'groupMapper' => 'circle-1'], $fields, 'the key goes in the body, never the URL');
        $this->assertSame([2, 5], [$request['timeouts']->connect, $request['timeouts']->total]);
    }

    /**
     * What the transport reports (a failure of a kind, or a body of a 2xx answer) and the
     * message the user gets.
     *
     * @return array
     */
    public static function transport_answers(): array {
        return [
            'blocked by Moodle' => [http_exception::BLOCKED, 0, '', etherpad_exception::BLOCKED],
            'no connection' => [http_exception::UNREACHABLE, 0, '', etherpad_exception::UNREACHABLE],
            'no answer in time' => [http_exception::TIMEOUT, 0, '', etherpad_exception::UNREACHABLE],
            'wrong key with an error status' => [http_exception::STATUS, 401,
                '{"code":4,"message":"no or wrong API Key","data":null}', etherpad_exception::WRONG_KEY],
            'a server error page' => [http_exception::STATUS, 502, '<h1>Bad gateway</h1>', etherpad_exception::UNREACHABLE],
            'a page that is not the API' => [http_exception::STATUS, 404, '<h1>Not found</h1>', etherpad_exception::BAD_RESPONSE],
            'not JSON' => [null, 200, '<html>Etherpad</html>', etherpad_exception::BAD_RESPONSE],
        ];
    }

    /**
     * Whatever the transport reports becomes the client's own message, never the key.
     *
     * @dataProvider transport_answers
     * @param string|null $failure the kind of failure the transport reports, null for an answer
     * @param int $status the HTTP status
     * @param string $body the body of the answer
     * @param string $kind the message the user gets
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('transport_answers')]
    public function test_what_the_transport_reports_becomes_a_plain_message(
        ?string $failure,
        int $status,
        string $body,
        string $kind
    ): void {
        $this->resetAfterTest();
        $this->use_etherpad_at('https://pad.example.org/', 'the-secret-key');
        $answer = $failure === null ? $body
            : new http_exception($failure, 'https://pad.example.org/api/…', 'detail', $status, $body);
        \core\di::set(\mod_devcircle\local\http\transport::class, new \mod_devcircle\tests\scripted_transport($answer));

        try {
            \core\di::get(client::class)->check_token();
            $this->fail('expected an exception');
        } catch (etherpad_exception $e) {
            $this->assertSame($kind, $e->kind);
            $this->assertStringStartsWith(get_string($kind, 'mod_devcircle'), $e->getMessage());
            $this->assertStringNotContainsString('the-secret-key', $e->getMessage() . $e->debuginfo);
        }
    }
}
