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

use mod_devcircle\local\http\curl_transport;
use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * The Etherpad health check: against the real Etherpad, and the cookie domain rules.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\local\etherpad\health_check
 * @covers     \mod_devcircle\output\health_report
 */
#[CoversClass(\mod_devcircle\local\etherpad\health_check::class)]
#[CoversClass(\mod_devcircle\output\health_report::class)]
final class health_check_test extends \advanced_testcase {
    use \mod_devcircle\tests\etherpad_helper;

    /**
     * The results keyed by check.
     *
     * @param array $results results of run()
     * @return array<string, array{check: string, status: string, message: string}>
     */
    private static function by_check(array $results): array {
        return array_column($results, null, 'check');
    }

    public function test_working_etherpad_on_the_moodle_host_passes_every_check(): void {
        $this->resetAfterTest();
        [$url, $key] = $this->require_etherpad();
        $host = parse_url($url, PHP_URL_HOST);

        $results = self::by_check((new health_check($url, $key, '', "http://$host/moodle", new curl_transport()))->run());

        $this->assertSame(['url', 'api', 'key', 'session', 'cookie'], array_keys($results));
        foreach ($results as $check => $result) {
            $this->assertSame(health_check::OK, $result['status'], "$check: {$result['message']}");
        }
        $this->assertStringContainsString('1.2.', $results['api']['message']);
    }

    public function test_wrong_key_is_named_and_the_session_is_not_tried(): void {
        $this->resetAfterTest();
        [$url] = $this->require_etherpad();

        $results = self::by_check((new health_check($url, 'not-the-key', '', 'http://127.0.0.1', new curl_transport()))->run());

        $this->assertSame(health_check::OK, $results['api']['status']);
        $this->assertSame(health_check::ERROR, $results['key']['status']);
        $this->assertSame(get_string('etherpad_wrongkey', 'mod_devcircle'), $results['key']['message']);
        $this->assertSame(health_check::SKIPPED, $results['session']['status']);
        $this->assertStringNotContainsString('not-the-key', json_encode($results));
    }

    public function test_etherpad_down_says_it_cannot_be_reached(): void {
        $this->resetAfterTest();
        $this->allow_outgoing_requests_to(self::down_url());

        $check = new health_check(self::down_url(), 'k', '', 'http://127.0.0.1', new curl_transport(), 2);
        $results = self::by_check($check->run());

        $this->assertSame(health_check::ERROR, $results['api']['status']);
        $this->assertStringStartsWith(get_string('etherpad_unreachable', 'mod_devcircle'), $results['api']['message']);
        $this->assertStringContainsString(self::down_url(), $results['api']['message']);
        $this->assertSame(health_check::SKIPPED, $results['key']['status']);
    }

    public function test_blocked_by_moodle_names_the_settings_to_change(): void {
        $this->resetAfterTest();
        [$url, $key] = $this->require_etherpad();
        set_config('curlsecurityblockedhosts', "127.0.0.1\nlocalhost");

        $results = self::by_check((new health_check($url, $key, '', 'http://127.0.0.1', new curl_transport()))->run());

        $this->assertSame(get_string('etherpad_blocked', 'mod_devcircle'), $results['api']['message']);
    }

    public function test_missing_settings_are_reported_first(): void {
        $this->resetAfterTest();
        $results = self::by_check((new health_check('', '', '', 'https://moodle.example.org', new curl_transport()))->run());
        $this->assertSame(health_check::ERROR, $results['url']['status']);
        $this->assertSame(get_string('etherpad_notconfigured', 'mod_devcircle'), $results['url']['message']);
        $this->assertSame(health_check::SKIPPED, $results['cookie']['status']);
    }

    public function test_http_etherpad_in_an_https_moodle_is_refused(): void {
        $this->resetAfterTest();
        $this->allow_outgoing_requests_to(self::down_url());
        $check = new health_check(self::down_url(), 'k', '', 'https://127.0.0.1', new curl_transport(), 1);
        $results = self::by_check($check->run());
        $this->assertSame(health_check::ERROR, $results['url']['status']);
        $this->assertSame(get_string('health_url_mixed', 'mod_devcircle'), $results['url']['message']);
    }

    /**
     * Cookie domains against Moodle's and Etherpad's hosts.
     *
     * @return array
     */
    public static function cookie_domains(): array {
        return [
            'same host, no domain' => ['', 'moodle.example.org', 'moodle.example.org', true, true, health_check::OK, 'samehost'],
            'siblings, no domain' => ['', 'moodle.example.org', 'pad.example.org', true, true, health_check::ERROR, 'needdomain'],
            'siblings, parent domain' => ['example.org', 'moodle.example.org', 'pad.example.org', true, true,
                health_check::OK, 'ok'],
            'leading dot' => ['.example.org', 'moodle.example.org', 'pad.example.org', true, true, health_check::OK, 'ok'],
            'siblings over http' => ['example.org', 'moodle.example.org', 'pad.example.org', false, false,
                health_check::WARNING, 'nohttps'],
            'domain without moodle' => ['pads.example.net', 'moodle.example.org', 'x.pads.example.net', true, true,
                health_check::ERROR, 'notmoodle'],
            'domain without etherpad' => ['moodle.example.org', 'moodle.example.org', 'pad.example.org', true, true,
                health_check::ERROR, 'notpad'],
            'top-level domain' => ['org', 'moodle.example.org', 'pad.example.org', true, true, health_check::ERROR, 'toplevel'],
        ];
    }

    /**
     * The cookie domain check.
     *
     * @dataProvider cookie_domains
     * @param string $domain cookie domain setting
     * @param string $moodle Moodle's host
     * @param string $pad Etherpad's host
     * @param bool $moodlehttps Moodle over HTTPS
     * @param bool $padhttps Etherpad over HTTPS
     * @param string $status expected status
     * @param string $string expected message (suffix of health_cookie_)
     */
    #[DataProvider('cookie_domains')]
    public function test_cookie_domain(
        string $domain,
        string $moodle,
        string $pad,
        bool $moodlehttps,
        bool $padhttps,
        string $status,
        string $string
    ): void {
        $check = new health_check('https://' . $pad . '/', 'k', $domain, 'https://' . $moodle, new curl_transport());
        [$got, $message] = $check->check_cookie_domain($moodle, $pad, $moodlehttps, $padhttps);
        $this->assertSame($status, $got, $message);
        $a = ['moodle' => $moodle, 'pad' => $pad, 'domain' => ltrim($domain, '.'), 'suggest' => 'example.org'];
        $expected = in_array($string, ['samehost'], true) ? get_string('health_cookie_samehost', 'mod_devcircle', $moodle)
            : ($string === 'toplevel' ? get_string('health_cookie_toplevel', 'mod_devcircle', $domain)
            : get_string('health_cookie_' . $string, 'mod_devcircle', $a));
        $this->assertSame($expected, $message);
    }

    public function test_common_parent_suggests_the_shared_domain(): void {
        $this->assertSame('example.org', health_check::common_parent('moodle.example.org', 'pad.example.org'));
        $this->assertSame(
            'akademie.verband.de',
            health_check::common_parent('lernen.akademie.verband.de', 'pad.akademie.verband.de')
        );
        $this->assertSame('example.org', health_check::common_parent('moodle.one.de', 'pad.two.net'));
    }

    public function test_report_renders_each_check_with_its_status(): void {
        global $PAGE;
        $this->resetAfterTest();
        $PAGE->set_url('/mod/devcircle/health.php');
        $html = $PAGE->get_renderer('core')->render(new \mod_devcircle\output\health_report([
            ['check' => 'url', 'status' => health_check::OK, 'message' => 'https://pad.example.org/'],
            ['check' => 'cookie', 'status' => health_check::ERROR, 'message' => 'Set <the> cookie domain'],
        ]));
        $this->assertStringContainsString('data-check="cookie" data-status="error"', $html);
        $this->assertStringContainsString('Set &lt;the&gt; cookie domain', $html);
        $this->assertStringContainsString(get_string('health_problems', 'mod_devcircle'), $html);
    }
}
