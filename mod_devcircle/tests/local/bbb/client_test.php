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
use mod_devcircle\tests\bbb_double;
use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * Tests of the BigBlueButton client against the API test double.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\local\bbb\client
 * @covers     \mod_devcircle\local\bbb\xml_reader
 * @covers     \mod_devcircle\local\bbb\meeting_info
 * @covers     \mod_devcircle\local\bbb\recording
 * @covers     \mod_devcircle\local\bbb\bbb_exception
 * @covers     \mod_devcircle\local\bbb\server_config
 */
#[CoversClass(\mod_devcircle\local\bbb\client::class)]
#[CoversClass(\mod_devcircle\local\bbb\xml_reader::class)]
#[CoversClass(\mod_devcircle\local\bbb\meeting_info::class)]
#[CoversClass(\mod_devcircle\local\bbb\recording::class)]
#[CoversClass(\mod_devcircle\local\bbb\bbb_exception::class)]
#[CoversClass(\mod_devcircle\local\bbb\server_config::class)]
final class client_test extends \advanced_testcase {
    use bbb_double;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->use_bbb_double();
    }

    /**
     * The checksum algorithms.
     *
     * @return array
     */
    public static function algorithms(): array {
        return ['SHA-1' => ['sha1', 40], 'SHA-256' => ['sha256', 64], 'SHA-384' => ['sha384', 96], 'SHA-512' => ['sha512', 128]];
    }

    /**
     * Every checksum algorithm is accepted by the server.
     *
     * @dataProvider algorithms
     * @param string $algorithm the algorithm
     * @param int $length its hex length
     */
    #[DataProvider('algorithms')]
    public function test_every_checksum_algorithm_is_accepted_by_the_server(string $algorithm, int $length): void {
        set_config('bbb_checksum', $algorithm, 'mod_devcircle');
        $client = self::bbb_client();

        $url = $client->url('isMeetingRunning', ['meetingID' => 'algo-test']);

        $this->assertMatchesRegularExpression('/&checksum=[0-9a-f]{' . $length . '}$/', $url);
        $this->assertFalse($client->is_meeting_running('algo-test'));
        $calls = $this->bbb_calls();
        $this->assertTrue(end($calls)['checksumOk']);
    }

    public function test_a_wrong_secret_gives_the_checksum_message(): void {
        set_config('bbb_secret', 'not-the-secret', 'mod_devcircle');

        try {
            self::bbb_client()->is_meeting_running('x1');
            $this->fail('expected an exception');
        } catch (bbb_exception $e) {
            $this->assertSame(bbb_exception::CHECKSUM, $e->errorcode);
            $this->assertSame('checksumError', $e->messagekey);
            $this->assertStringStartsWith(get_string('bbb_error_checksum', 'mod_devcircle'), $e->getMessage());
            $this->assertStringNotContainsString('not-the-secret', $e->getMessage() . $e->debuginfo);
        }
    }

    public function test_create_is_idempotent_and_sends_settings_and_meta_tags(): void {
        $client = self::bbb_client();
        $params = ['name' => 'Kreis: Auftakt', 'record' => true, 'muteOnStart' => true, 'welcome' => 'Willkommen & hallo'];

        $first = $client->create_meeting('meeting-42', $params, ['devcircle-session' => '42', 'bbb-origin' => 'Moodle']);
        $second = $client->create_meeting('meeting-42', $params, ['devcircle-session' => '42', 'bbb-origin' => 'Moodle']);

        $this->assertFalse($first['duplicate']);
        $this->assertTrue($second['duplicate']);
        $this->assertSame($first['internalmeetingid'], $second['internalmeetingid']);
        $state = $this->bbb_control('GET', 'state');
        $this->assertCount(1, $state['meetings']);
        $meeting = $state['meetings'][0];
        $this->assertSame('Kreis: Auftakt', $meeting['name']);
        $this->assertTrue($meeting['record']);
        $this->assertSame('true', $meeting['params']['muteOnStart']);
        $this->assertSame('Willkommen & hallo', $meeting['params']['welcome']);
        $this->assertSame(['devcircle-session' => '42', 'bbb-origin' => 'Moodle'], $meeting['metadata']);
    }

    public function test_join_url_carries_name_role_and_user_and_lets_the_user_in(): void {
        $client = self::bbb_client();
        $client->create_meeting('meeting-7', ['name' => 'Sitzung']);

        $url = $client->join_url('meeting-7', 'Anna Albers', 'VIEWER', '1234');
        $answer = $this->bbb_open($url);

        $this->assertSame(302, $answer['status']);
        $this->assertStringContainsString('/bigbluebutton/client?sessionToken=', $answer['location']);
        $joins = $this->bbb_joins();
        $this->assertCount(1, $joins);
        $this->assertSame('Anna Albers', $joins[0]['fullName']);
        $this->assertSame('VIEWER', $joins[0]['role']);
        $this->assertSame('1234', $joins[0]['userID']);
    }

    public function test_meeting_info_tells_running_and_counts_and_null_for_unknown_meetings(): void {
        $client = self::bbb_client();
        $this->assertNull($client->get_meeting_info('nobody-knows'));
        $client->create_meeting('meeting-9', ['name' => 'Sitzung']);
        $this->assertFalse($client->get_meeting_info('meeting-9')->running);

        $this->bbb_start_meeting('meeting-9', 'Maria Moderatorin');
        $this->bbb_control('POST', 'meetings/meeting-9/participants', [['fullName' => 'Ben Brandt'], ['fullName' => 'Clara']]);
        $info = $client->get_meeting_info('meeting-9');

        $this->assertTrue($info->running);
        $this->assertSame(3, $info->participantcount);
        $this->assertSame(1, $info->moderatorcount);
        $this->assertTrue($client->is_meeting_running('meeting-9'));
    }

    public function test_end_ends_a_meeting_and_reports_an_unknown_one(): void {
        $client = self::bbb_client();
        $client->create_meeting('meeting-e', ['name' => 'Sitzung']);
        $this->bbb_start_meeting('meeting-e');

        $this->assertTrue($client->end_meeting('meeting-e'));

        $this->assertNull($client->get_meeting_info('meeting-e'));
        $this->assertFalse($client->end_meeting('meeting-e'));
    }

    public function test_recordings_are_always_filtered_by_meeting_and_meta_tags(): void {
        $client = self::bbb_client();
        $client->create_meeting('m-a', ['name' => 'A'], ['devcircle-site' => 'site1']);
        $client->create_meeting('m-b', ['name' => 'B'], ['devcircle-site' => 'site2']);
        $client->create_meeting('m-c', ['name' => 'C'], ['devcircle-site' => 'site1']);
        $a = $this->bbb_add_recording('m-a', ['name' => 'Aufzeichnung A'])['recording'];
        $this->bbb_add_recording('m-b');
        $this->bbb_add_recording('m-c', ['published' => false]);

        $this->assertSame([], $client->get_recordings([]));
        $found = $client->get_recordings(['m-a', 'm-b', 'm-c'], ['devcircle-site' => 'site1'], 'published');

        $this->assertCount(1, $found);
        $this->assertSame($a['recordID'], $found[0]->recordid);
        $this->assertSame('Aufzeichnung A', $found[0]->name);
        $this->assertTrue($found[0]->published);
        $this->assertSame('site1', $found[0]->metadata['devcircle-site']);
        $this->assertStringContainsString('/playback/presentation/2.3/', $found[0]->playback_url());
        $this->assertCount(2, $client->get_recordings(['m-a', 'm-c'], ['devcircle-site' => 'site1']));
        $calls = array_values(array_filter($this->bbb_calls(), fn($c) => $c['call'] === 'getRecordings'));
        foreach ($calls as $call) {
            $this->assertNotEmpty($call['params']['meetingID'] ?? $call['params']['recordID'] ?? '');
        }
    }

    public function test_recordings_can_be_unpublished_published_and_deleted(): void {
        $client = self::bbb_client();
        $client->create_meeting('m-r', ['name' => 'R'], ['devcircle-site' => 's']);
        $id = $this->bbb_add_recording('m-r')['recording']['recordID'];

        $client->publish_recordings([$id], false);
        $this->assertFalse($client->get_recording($id, ['devcircle-site' => 's'])->published);
        $this->assertSame('unpublished', $client->get_recording($id)->state);
        $client->publish_recordings([$id], true);
        $this->assertTrue($client->get_recording($id)->published);
        $client->update_recordings([$id], ['devcircle-note' => 'geprüft']);
        $this->assertSame('geprüft', $client->get_recording($id)->metadata['devcircle-note']);
        $client->delete_recordings([$id]);
        $this->assertSame('deleted', $client->get_recording($id)->state);
        $this->assertSame([], $client->get_recordings(['m-r']));
        $this->assertNull($client->get_recording($id, ['devcircle-site' => 'other']));
    }

    public function test_a_server_that_is_down_gives_the_unreachable_message(): void {
        $this->bbb_fail(['mode' => 'down']);
        try {
            self::bbb_client()->is_meeting_running('x');
            $this->fail('expected an exception');
        } catch (bbb_exception $e) {
            $this->assertSame(bbb_exception::UNREACHABLE, $e->errorcode);
            $this->assertStringStartsWith(get_string('bbb_error_unreachable', 'mod_devcircle'), $e->getMessage());
        }
        $this->bbb_fail(['mode' => 'down', 'reset' => true]);
        try {
            self::bbb_client()->is_meeting_running('x');
            $this->fail('expected an exception');
        } catch (bbb_exception $e) {
            $this->assertSame(bbb_exception::UNREACHABLE, $e->errorcode);
        }
    }

    /**
     * Error keys of BigBlueButton and the message they become.
     *
     * @return array
     */
    public static function error_keys(): array {
        return [
            'max concurrent' => ['maxConcurrent', bbb_exception::MAX_CONCURRENT],
            'not found' => ['notFound', bbb_exception::NOT_FOUND],
            'checksum' => ['checksumError', bbb_exception::CHECKSUM],
            'anything else' => ['internalError', bbb_exception::FAILED],
        ];
    }

    /**
     * An error key becomes a clean message.
     *
     * @dataProvider error_keys
     * @param string $messagekey BigBlueButton's message key
     * @param string $errorcode our error string
     */
    #[DataProvider('error_keys')]
    public function test_an_error_key_becomes_a_clean_message(string $messagekey, string $errorcode): void {
        $this->bbb_fail(['mode' => 'error', 'messageKey' => $messagekey, 'message' => 'Something <b>broke</b>']);
        try {
            self::bbb_client()->create_meeting('x-err', ['name' => 'X']);
            $this->fail('expected an exception');
        } catch (bbb_exception $e) {
            $this->assertSame($errorcode, $e->errorcode);
            $this->assertSame($messagekey, $e->messagekey);
            $this->assertStringStartsWith(get_string($errorcode, 'mod_devcircle'), $e->getMessage());
            $this->assertStringNotContainsString('<b>', $e->getMessage() . $e->debuginfo);
        }
    }

    public function test_moodles_request_guard_gives_the_blocked_message(): void {
        set_config('curlsecurityblockedhosts', "127.0.0.0/8\nlocalhost");
        try {
            self::bbb_client()->is_meeting_running('x');
            $this->fail('expected an exception');
        } catch (bbb_exception $e) {
            $this->assertSame(bbb_exception::BLOCKED, $e->errorcode);
        }
        // Core's url_blocked event reports the blocked request as a debugging message in tests.
        $this->resetDebugging();
    }

    public function test_without_a_server_nothing_is_sent_and_the_message_says_so(): void {
        global $CFG;
        set_config('bbb_serverurl', '', 'mod_devcircle');
        unset($CFG->bigbluebuttonbn_server_url);
        $this->expectException(bbb_exception::class);
        $this->expectExceptionMessage(get_string('bbb_error_notconfigured', 'mod_devcircle'));
        self::bbb_client()->is_meeting_running('x');
    }

    public function test_the_client_sends_through_the_transport_bound_in_the_container(): void {
        $transport = new \mod_devcircle\tests\scripted_transport(
            '<response><returncode>SUCCESS</returncode><running>true</running></response>'
        );
        \core\di::set(\mod_devcircle\local\http\transport::class, $transport);

        $running = \core\di::get(client::class)->is_meeting_running('via-container');

        $this->assertTrue($running);
        $this->assertCount(1, $transport->requests);
        $this->assertStringStartsWith(
            $this->bbburl . 'api/isMeetingRunning?meetingID=via-container&checksum=',
            $transport->requests[0]['url']
        );
        // The budget of a user action: the user has an answer or a clear message within 5 s.
        $this->assertEquals(\mod_devcircle\local\http\timeouts::for_action(), $transport->requests[0]['timeouts']);
    }

    /**
     * What the transport reports and the message the user gets.
     *
     * @return array
     */
    public static function transport_failures(): array {
        return [
            'blocked by Moodle' => [http_exception::BLOCKED, bbb_exception::BLOCKED],
            'no connection' => [http_exception::UNREACHABLE, bbb_exception::UNREACHABLE],
            'no answer in time' => [http_exception::TIMEOUT, bbb_exception::UNREACHABLE],
            'an HTTP error' => [http_exception::STATUS, bbb_exception::UNREACHABLE],
        ];
    }

    /**
     * A failure of the transport becomes the client's own message.
     *
     * @dataProvider transport_failures
     * @param string $kind what the transport reports
     * @param string $errorcode the message the user gets
     */
    #[DataProvider('transport_failures')]
    public function test_a_failure_of_the_transport_becomes_a_plain_message(string $kind, string $errorcode): void {
        $failure = new http_exception($kind, 'http://bbb.example/api/create', 'detail', 502, 'Bad gateway');
        \core\di::set(\mod_devcircle\local\http\transport::class, new \mod_devcircle\tests\scripted_transport($failure));

        try {
            \core\di::get(client::class)->create_meeting('x', ['name' => 'X']);
            $this->fail('expected an exception');
        } catch (bbb_exception $e) {
            $this->assertSame($errorcode, $e->errorcode);
            $this->assertStringStartsWith(get_string($errorcode, 'mod_devcircle'), $e->getMessage());
            $this->assertStringNotContainsString($this->bbbsecret, $e->getMessage() . $e->debuginfo);
        }
    }

    public function test_core_bigbluebutton_settings_are_used_when_ours_are_empty(): void {
        set_config('bbb_serverurl', '', 'mod_devcircle');
        set_config('bbb_secret', '', 'mod_devcircle');
        set_config('bigbluebuttonbn_server_url', rtrim($this->bbburl, '/'));
        set_config('bigbluebuttonbn_shared_secret', $this->bbbsecret);
        set_config('bigbluebuttonbn_checksum_algorithm', 'sha512');

        $config = server_config::from_settings();

        $this->assertSame('sha512', $config->get_algorithm());
        $this->assertSame($this->bbburl . 'api/', $config->get_api_url());
        $this->assertFalse((new client($config, new \mod_devcircle\local\http\curl_transport()))->is_meeting_running('fallback'));
        // phpcs:ignore moodle.PHP.ForbiddenFunctions.Found -- print_r() is what the test is about.
        $this->assertStringNotContainsString($this->bbbsecret, print_r($config, true));
    }
}
