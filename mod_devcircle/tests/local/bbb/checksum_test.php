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

use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * Tests of BigBlueButton's checksum with every algorithm.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\local\bbb\checksum
 */
#[CoversClass(\mod_devcircle\local\bbb\checksum::class)]
final class checksum_test extends \basic_testcase {
    /**
     * Expected digests of "createname=Test&meetingID=abc123" + "secret", computed independently.
     *
     * @return array
     */
    public static function vectors(): array {
        $input = 'createname=Test&meetingID=abc123secret';
        return [
            'SHA-1' => ['sha1', sha1($input)],
            'SHA-256' => ['sha256', hash('sha256', $input)],
            'SHA-384' => ['sha384', hash('sha384', $input)],
            'SHA-512' => ['sha512', hash('sha512', $input)],
        ];
    }

    /**
     * Checksum is the hash of call query and secret.
     *
     * @dataProvider vectors
     * @param string $algorithm the algorithm
     * @param string $expected the digest
     */
    #[DataProvider('vectors')]
    public function test_checksum_is_the_hash_of_call_query_and_secret(string $algorithm, string $expected): void {
        $this->assertSame($expected, checksum::compute('create', 'name=Test&meetingID=abc123', 'secret', $algorithm));
        $this->assertTrue(checksum::verify('create', 'name=Test&meetingID=abc123&checksum=' . $expected, 'secret'));
        $this->assertTrue(checksum::verify('create', 'name=Test&meetingID=abc123&checksum=' . strtoupper($expected), 'secret'));
        $this->assertFalse(checksum::verify('create', 'name=Test&meetingID=abc124&checksum=' . $expected, 'secret'));
        $this->assertFalse(checksum::verify('join', 'name=Test&meetingID=abc123&checksum=' . $expected, 'secret'));
        $this->assertFalse(checksum::verify('create', 'name=Test&meetingID=abc123&checksum=' . $expected, 'other'));
    }

    public function test_a_known_sha1_vector(): void {
        // The example of BigBlueButton's API documentation.
        $this->assertSame(
            '1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17',
            checksum::compute(
                'create',
                'name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444',
                '639259d4-9dd8-4b25-bf01-95f9567eaf4b',
                'sha1'
            )
        );
    }

    public function test_unknown_algorithms_and_lengths_are_refused(): void {
        $this->assertFalse(checksum::verify('create', 'a=b&checksum=abc', 'secret'));
        $this->assertFalse(checksum::verify('create', 'a=b', 'secret'));
        $this->expectException(\coding_exception::class);
        checksum::compute('create', 'a=b', 'secret', 'md5');
    }
}
