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

use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The sessionID cookie: value with several sessions, and the attributes Etherpad needs.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\local\etherpad\session_cookie
 */
#[CoversClass(\mod_devcircle\local\etherpad\session_cookie::class)]
final class session_cookie_test extends \advanced_testcase {
    public function test_new_session_goes_first_and_others_are_kept(): void {
        $this->assertSame('s.aaaaaaaaaaaaaaaa', session_cookie::merge(null, 's.aaaaaaaaaaaaaaaa'));
        $this->assertSame(
            's.bbbbbbbbbbbbbbbb,s.aaaaaaaaaaaaaaaa',
            session_cookie::merge('s.aaaaaaaaaaaaaaaa', 's.bbbbbbbbbbbbbbbb')
        );
        $this->assertSame(
            's.aaaaaaaaaaaaaaaa,s.bbbbbbbbbbbbbbbb',
            session_cookie::merge('"s.bbbbbbbbbbbbbbbb,s.aaaaaaaaaaaaaaaa"', 's.aaaaaaaaaaaaaaaa')
        );
    }

    public function test_junk_is_dropped_and_the_number_of_sessions_is_limited(): void {
        $old = implode(',', array_map(fn($i) => 's.' . str_repeat((string) $i, 16), range(1, 8))) . ',<script>,x';
        $merged = explode(',', session_cookie::merge($old, 's.ffffffffffffffff'));
        $this->assertCount(session_cookie::MAX_SESSIONS, $merged);
        $this->assertSame('s.ffffffffffffffff', $merged[0]);
        foreach ($merged as $id) {
            $this->assertTrue(session_cookie::is_session_id($id), $id);
        }
    }

    public function test_under_https_the_cookie_works_across_sibling_subdomains(): void {
        $options = session_cookie::options(2000000000, '.example.org', true);
        $this->assertSame([
            'expires' => 2000000000,
            'path' => '/',
            'domain' => 'example.org',
            'secure' => true,
            'httponly' => false,
            'samesite' => 'None',
        ], $options);
    }

    public function test_over_http_the_cookie_is_host_only_and_lax(): void {
        $options = session_cookie::options(2000000000, '', false);
        $this->assertSame('', $options['domain']);
        $this->assertFalse($options['secure']);
        $this->assertFalse($options['httponly']);
        $this->assertSame('Lax', $options['samesite']);
        $this->assertSame('/', $options['path']);
    }

    public function test_nothing_is_sent_from_tests(): void {
        $this->assertFalse(session_cookie::send('s.aaaaaaaaaaaaaaaa', time() + 60));
    }
}
