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

namespace mod_devcircle\local\http;

use mod_devcircle\tests\bbb_double;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The one HTTP transport of the BigBlueButton and Etherpad clients, against the BigBlueButton
 * test double: answers, Moodle's outgoing-request guard, refused connections, error statuses
 * and timeouts each become what the clients expect.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\local\http\curl_transport
 * @covers     \mod_devcircle\local\http\http_exception
 * @covers     \mod_devcircle\local\http\timeouts
 */
#[CoversClass(curl_transport::class)]
#[CoversClass(http_exception::class)]
#[CoversClass(timeouts::class)]
final class curl_transport_test extends \advanced_testcase {
    use bbb_double;

    /** @var string the test double's origin */
    private string $origin;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->use_bbb_double();
        $this->origin = preg_replace('~^(https?://[^/]+).*$~', '$1', $this->bbburl);
    }

    /**
     * Sends a GET and returns the failure it ends in.
     *
     * @param string $url the URL
     * @param timeouts|null $timeouts how long to wait
     * @return http_exception
     */
    private function failure(string $url, ?timeouts $timeouts = null): http_exception {
        try {
            (new curl_transport())->get($url, $timeouts ?? new timeouts(2, 5));
        } catch (http_exception $e) {
            return $e;
        }
        $this->fail("expected $url to fail");
    }

    public function test_the_body_of_an_answer_is_returned(): void {
        $body = (new curl_transport())->get($this->bbburl . 'api', new timeouts());

        $this->assertStringContainsString('<returncode>SUCCESS</returncode>', $body);
    }

    public function test_a_url_moodle_guards_is_refused_without_a_request(): void {
        set_config('curlsecurityblockedhosts', "127.0.0.0/8\nlocalhost");

        $e = $this->failure($this->bbburl . 'api/isMeetingRunning?meetingID=x&checksum=secret-bearing');

        $this->assertSame(http_exception::BLOCKED, $e->kind);
        $this->assertSame([], $this->bbb_calls(), 'nothing reached the server');
        $this->assertStringNotContainsString('checksum', (string) $e->debuginfo, 'the query never appears');
        $this->assertStringContainsString('/bigbluebutton/api/isMeetingRunning', (string) $e->debuginfo);
    }

    public function test_a_refused_connection_is_unreachable_at_once(): void {
        set_config('curlsecurityallowedport', "80\n443\n9");
        $start = microtime(true);

        $e = $this->failure('http://127.0.0.1:9/api');

        $this->assertSame(http_exception::UNREACHABLE, $e->kind);
        $this->assertTrue($e->is_unreachable());
        $this->assertLessThan(3, microtime(true) - $start);
    }

    public function test_an_error_status_comes_with_its_status_and_body(): void {
        $this->bbb_fail(['mode' => 'down']);

        $e = $this->failure($this->bbburl . 'api');

        $this->assertSame(http_exception::STATUS, $e->kind);
        $this->assertSame(503, $e->status);
        $this->assertSame('Service Unavailable', $e->body);
        $this->assertFalse($e->is_unreachable());
        $this->assertStringStartsWith(get_string('http_status', 'mod_devcircle'), $e->getMessage());
    }

    public function test_an_answer_that_does_not_come_in_time_is_a_timeout(): void {
        $this->bbb_fail(['mode' => 'slow', 'delayMs' => 3000]);
        $start = microtime(true);

        $e = $this->failure($this->bbburl . 'api', new timeouts(1, 1));

        $this->assertSame(http_exception::TIMEOUT, $e->kind);
        $this->assertTrue($e->is_unreachable());
        $this->assertLessThan(2.5, microtime(true) - $start);
    }

    public function test_a_slow_server_gets_a_page_no_more_than_its_deadline_over_several_requests(): void {
        // Each answer takes 0.7 s, inside the 1 s a page's request may take: four of them would be 2.8 s.
        $this->bbb_fail(['mode' => 'slow', 'delayMs' => 700]);
        $timeouts = timeouts::for_page();
        $start = microtime(true);
        $kinds = [];

        for ($i = 0; $i < 4; $i++) {
            try {
                (new curl_transport())->get($this->bbburl . 'api', $timeouts);
                $kinds[] = 'answer';
            } catch (http_exception $e) {
                $kinds[] = $e->kind;
            }
        }

        $elapsed = microtime(true) - $start;
        $this->assertSame('answer', $kinds[0]);
        $this->assertSame(http_exception::TIMEOUT, $kinds[3]);
        $this->assertLessThan(timeouts::PAGE_DEADLINE + 0.3, $elapsed);
    }

    public function test_a_request_after_the_deadline_is_not_sent(): void {
        $this->bbb_fail(['mode' => 'off']);
        $start = microtime(true);

        $e = $this->failure($this->bbburl . 'api', new timeouts(1, 1, microtime(true) - 0.1));

        $this->assertSame(http_exception::TIMEOUT, $e->kind);
        $this->assertLessThan(0.05, microtime(true) - $start);
    }

    public function test_a_post_sends_its_body(): void {
        $body = (new curl_transport())->post(
            $this->origin . '/_control/fail',
            '{"mode":"off"}',
            'application/json',
            new timeouts()
        );

        $this->assertSame(['fail' => ['mode' => 'off']], json_decode($body, true));
    }

    public function test_impossible_timeouts_are_a_coding_error(): void {
        $this->expectException(\coding_exception::class);
        new timeouts(10, 5);
    }

    public function test_the_transport_of_the_container_sends_through_this_one_behind_the_circuit_breaker(): void {
        $this->assertInstanceOf(circuit_breaker::class, \core\di::get(transport::class));
        $body = \core\di::get(transport::class)->get($this->bbburl . 'api', new timeouts());
        $this->assertStringContainsString('<returncode>SUCCESS</returncode>', $body);
    }
}
