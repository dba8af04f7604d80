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

use mod_devcircle\local\bbb\bbb_exception;
use mod_devcircle\local\bbb\client as bbb_client;
use mod_devcircle\local\bbb\server_config as bbb_config;
use mod_devcircle\local\etherpad\client as etherpad_client;
use mod_devcircle\local\etherpad\etherpad_exception;
use mod_devcircle\local\etherpad\server_config as etherpad_config;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * A hung server costs one request its time budget, not every request of every user: the time
 * budgets of pages and actions, and the circuit breaker that does not ask a server again for a
 * while after it failed. The hung server is a local socket that accepts connections and never
 * answers (what a frozen process does).
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\local\http\circuit_breaker
 * @covers     \mod_devcircle\local\http\timeouts
 */
#[CoversClass(circuit_breaker::class)]
#[CoversClass(timeouts::class)]
final class circuit_breaker_test extends \advanced_testcase {
    /** @var resource[] the hung servers of the test */
    private array $servers = [];

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        set_config('curlsecurityblockedhosts', '');
    }

    protected function tearDown(): void {
        foreach ($this->servers as $server) {
            fclose($server);
        }
        $this->servers = [];
        parent::tearDown();
    }

    /**
     * Opens a server that accepts connections and never answers; Moodle's guard lets its port through.
     *
     * @return string its base URL
     */
    private function hung_server(): string {
        $server = stream_socket_server('tcp://127.0.0.1:0', $errno, $error);
        $this->assertNotFalse($server, "no local socket: $error");
        $this->servers[] = $server;
        $port = (int) substr(strrchr((string) stream_socket_get_name($server, false), ':'), 1);
        $allowed = trim((string) get_config('core', 'curlsecurityallowedport'));
        set_config('curlsecurityallowedport', trim("80\n443\n$allowed\n$port"));
        return "http://127.0.0.1:$port/";
    }

    /**
     * A transport that counts its requests and answers as told.
     *
     * @param \Closure(string): string $answer answers a URL or throws
     * @return transport&object{requests: string[]}
     */
    private static function counting(\Closure $answer): transport {
        return new class ($answer) implements transport {
            /** @var string[] the URLs asked for */
            public array $requests = [];

            /**
             * Creates it.
             *
             * @param \Closure $answer answers a URL or throws
             */
            public function __construct(
                /** @var \Closure answers a URL or throws */
                private readonly \Closure $answer,
            ) {
            }

            /**
             * Answers a GET.
             *
             * @param string $url the URL
             * @param timeouts $timeouts ignored
             * @param string[] $headers ignored
             * @return string
             */
            public function get(string $url, timeouts $timeouts, array $headers = []): string {
                $this->requests[] = $url;
                return ($this->answer)($url);
            }

            /**
             * Answers a POST.
             *
             * @param string $url the URL
             * @param string $body ignored
             * @param string $contenttype ignored
             * @param timeouts $timeouts ignored
             * @param string[] $headers ignored
             * @return string
             */
            public function post(string $url, string $body, string $contenttype, timeouts $timeouts, array $headers = []): string {
                $this->requests[] = $url;
                return ($this->answer)($url);
            }
        };
    }

    /**
     * Sends a GET and returns the failure it ends in with the seconds it took.
     *
     * @param transport $transport the transport
     * @param string $url the URL
     * @param timeouts|null $timeouts the budget, the page budget by default
     * @return array{0: http_exception, 1: float}
     */
    private function failure(transport $transport, string $url, ?timeouts $timeouts = null): array {
        $start = microtime(true);
        try {
            $transport->get($url, $timeouts ?? timeouts::for_page());
        } catch (http_exception $e) {
            return [$e, microtime(true) - $start];
        }
        $this->fail("expected $url to fail");
    }

    public function test_a_hung_server_costs_the_first_request_its_budget_and_the_next_ones_nothing(): void {
        $url = $this->hung_server();
        $breaker = new circuit_breaker(new curl_transport(), $this->mock_clock_with_frozen());

        [$first, $waited] = $this->failure($breaker, $url . 'api');
        [$second, $again] = $this->failure($breaker, $url . 'api/getMeetingInfo?checksum=secret');

        $this->assertSame(http_exception::TIMEOUT, $first->kind);
        $this->assertGreaterThanOrEqual(0.9, $waited, 'the page budget is 1 s');
        $this->assertLessThan(1.8, $waited, 'the page budget is 1 s');
        $this->assertSame(http_exception::TIMEOUT, $second->kind, 'callers see the same kind of failure');
        $this->assertLessThan(0.2, $again, 'the server was not asked again');
        $this->assertStringContainsString('not asked', (string) $second->debuginfo);
        $this->assertStringNotContainsString('secret', (string) $second->debuginfo);
    }

    public function test_the_failure_is_shared_by_every_request_and_user_through_the_application_cache(): void {
        $clock = $this->mock_clock_with_frozen();
        $down = self::counting(fn(string $url) => throw new http_exception(http_exception::UNREACHABLE, $url, 'refused'));
        $this->failure(new circuit_breaker($down, $clock), 'http://bbb.example/bigbluebutton/api/create');

        // Another request (another instance) of another user.
        $this->setUser($this->getDataGenerator()->create_user());
        [$e] = $this->failure(new circuit_breaker($down, $clock), 'http://bbb.example/bigbluebutton/api/join');

        $this->assertSame(http_exception::UNREACHABLE, $e->kind);
        $this->assertSame(['http://bbb.example/bigbluebutton/api/create'], $down->requests);
        $this->assertTrue(\cache::make('mod_devcircle', 'circuit')->get(sha1('http://bbb.example:80')) !== false);
    }

    public function test_after_the_pause_the_server_is_asked_again_and_an_answer_forgets_the_failure(): void {
        $clock = $this->mock_clock_with_frozen();
        $fails = true;
        $server = self::counting(function (string $url) use (&$fails): string {
            if ($fails) {
                throw new http_exception(http_exception::TIMEOUT, $url, 'no answer in time');
            }
            return 'ok';
        });
        $breaker = new circuit_breaker($server, $clock, 30);
        $this->failure($breaker, 'http://pad.example/api/1');

        $clock->bump(29);
        $this->failure($breaker, 'http://pad.example/api/2');
        $this->assertCount(1, $server->requests, 'still resting after 29 s');
        $this->assertTrue($breaker->is_resting('http://pad.example/other'));

        $clock->bump(1);
        $fails = false;
        $this->assertSame('ok', $breaker->get('http://pad.example/api/3', timeouts::for_page()));
        $this->assertSame('ok', $breaker->get('http://pad.example/api/4', timeouts::for_page()));
        $this->assertCount(3, $server->requests);
        $this->assertFalse($breaker->is_resting('http://pad.example/'));
    }

    public function test_another_failure_after_the_pause_starts_a_new_pause(): void {
        $clock = $this->mock_clock_with_frozen();
        $server = self::counting(fn(string $url) => throw new http_exception(http_exception::TIMEOUT, $url, 'no answer'));
        $breaker = new circuit_breaker($server, $clock, 30);
        $this->failure($breaker, 'http://pad.example/api/1');
        $clock->bump(31);
        $this->failure($breaker, 'http://pad.example/api/2');
        $clock->bump(10);
        $this->failure($breaker, 'http://pad.example/api/3');

        $this->assertSame(['http://pad.example/api/1', 'http://pad.example/api/2'], $server->requests);
    }

    public function test_only_the_server_that_failed_rests(): void {
        $clock = $this->mock_clock_with_frozen();
        $server = self::counting(function (string $url): string {
            if (str_starts_with($url, 'http://bbb.example/')) {
                throw new http_exception(http_exception::UNREACHABLE, $url, 'refused');
            }
            return 'ok';
        });
        $breaker = new circuit_breaker($server, $clock);
        $this->failure($breaker, 'http://bbb.example/api');

        $this->assertSame('ok', $breaker->get('http://bbb.example:8443/api', timeouts::for_page()), 'another port');
        $this->assertSame('ok', $breaker->get('https://bbb.example/api', timeouts::for_page()), 'another scheme');
        $this->assertSame('ok', $breaker->post('http://pad.example/api', '', 'text/plain', timeouts::for_page()));
        $this->assertTrue($breaker->is_resting('http://BBB.example:80/x'));
    }

    public function test_answers_with_an_error_status_and_guarded_urls_do_not_make_a_server_rest(): void {
        $clock = $this->mock_clock_with_frozen();
        $server = self::counting(fn(string $url) => throw new http_exception(
            str_contains($url, 'guarded') ? http_exception::BLOCKED : http_exception::STATUS,
            $url,
            'error',
            503
        ));
        $breaker = new circuit_breaker($server, $clock);

        $this->failure($breaker, 'http://pad.example/api');
        $this->failure($breaker, 'http://pad.example/api');
        $this->failure($breaker, 'http://guarded.example/api');
        $this->failure($breaker, 'http://guarded.example/api');

        $this->assertCount(4, $server->requests);
        $this->assertFalse($breaker->is_resting('http://pad.example/'));
    }

    public function test_the_budgets_keep_pages_under_2_s_and_actions_under_5_s(): void {
        $this->assertEquals([1, 1], [timeouts::for_page()->connect, timeouts::for_page()->total]);
        $this->assertLessThanOrEqual(2, timeouts::for_action()->connect);
        $this->assertLessThanOrEqual(4, timeouts::for_action()->total);
    }

    public function test_a_user_action_on_a_hung_webinar_server_gets_its_clear_failure_within_5_s_then_at_once(): void {
        $url = $this->hung_server();
        $client = new bbb_client(
            new bbb_config(bbb_config::api_url($url . 'bigbluebutton/'), str_repeat('s', 32), 'sha256'),
            new circuit_breaker(new curl_transport(), $this->mock_clock_with_frozen())
        );
        $times = [];
        foreach (['create', 'again'] as $attempt) {
            $start = microtime(true);
            try {
                $client->create_meeting('m-1', ['name' => 'Sitzung']);
                $this->fail('expected the start to fail');
            } catch (bbb_exception $e) {
                $this->assertSame(bbb_exception::UNREACHABLE, $e->errorcode);
            }
            $times[$attempt] = microtime(true) - $start;
        }

        $this->assertLessThan(5, $times['create']);
        $this->assertLessThan(0.2, $times['again']);
    }

    public function test_an_etherpad_call_of_a_page_on_a_hung_server_fails_within_its_1_s_budget(): void {
        $url = $this->hung_server();
        $client = (new etherpad_client(
            new etherpad_config($url, 'api-key'),
            new circuit_breaker(new curl_transport(), $this->mock_clock_with_frozen())
        ))->with_timeouts(timeouts::for_page());
        $start = microtime(true);

        try {
            $client->pad_exists('g.abc$pad');
            $this->fail('expected the call to fail');
        } catch (etherpad_exception $e) {
            $this->assertSame(etherpad_exception::UNREACHABLE, $e->errorcode);
        }

        $this->assertLessThan(1.8, microtime(true) - $start);
    }

    public function test_the_transport_of_the_container_is_curl_behind_the_circuit_breaker(): void {
        $this->assertInstanceOf(circuit_breaker::class, \core\di::get(transport::class));
    }
}
