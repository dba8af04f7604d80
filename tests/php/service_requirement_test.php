<?php
// This file is part of Moodle - https://moodle.org/
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
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace digitalsozial\tests;

use mod_devcircle\tests\service_requirement;
use PHPUnit\Framework\AssertionFailedError;
use PHPUnit\Framework\SkippedTest;

/**
 * A test whose service (Etherpad, the BBB test double) is missing fails in npm test's strict run
 * and is skipped only when that service was opted out by name, or outside the runner.
 *
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\tests\service_requirement
 */
final class service_requirement_test extends \PHPUnit\Framework\TestCase {
    /** @var array<string, string|false> the variables as they were before the test */
    private array $saved = [];

    protected function setUp(): void {
        foreach (['DIGISOZ_STRICT', 'DIGISOZ_SKIP', 'CI'] as $name) {
            $this->saved[$name] = getenv($name);
            putenv($name);
        }
    }

    protected function tearDown(): void {
        foreach ($this->saved as $name => $value) {
            putenv($value === false ? $name : "$name=$value");
        }
    }

    /**
     * The throwable that unavailable() ends the test with.
     *
     * @param string $service the service
     * @return \Throwable
     */
    private function outcome(string $service): \Throwable {
        try {
            service_requirement::unavailable($service, 'No test Etherpad.');
        } catch (\Throwable $e) {
            return $e;
        }
        $this->fail('unavailable() returned');
    }

    public function test_a_missing_service_fails_the_test_in_a_strict_run(): void {
        putenv('DIGISOZ_STRICT=1');
        putenv('DIGISOZ_SKIP=bbb,browser');
        $outcome = $this->outcome('etherpad');
        $this->assertInstanceOf(AssertionFailedError::class, $outcome);
        $this->assertNotInstanceOf(SkippedTest::class, $outcome);
        $this->assertStringContainsString('SKIP=etherpad', $outcome->getMessage());
    }

    public function test_a_missing_service_skips_the_test_when_it_was_opted_out_by_name(): void {
        putenv('DIGISOZ_STRICT=1');
        putenv('DIGISOZ_SKIP=browser,etherpad');
        $outcome = $this->outcome('etherpad');
        $this->assertInstanceOf(SkippedTest::class, $outcome);
        $this->assertStringContainsString('opted out with SKIP=etherpad', $outcome->getMessage());
    }

    public function test_ci_alone_makes_the_run_strict(): void {
        putenv('CI=true');
        $this->assertInstanceOf(AssertionFailedError::class, $this->outcome('bbb'));
        $this->assertNotInstanceOf(SkippedTest::class, $this->outcome('bbb'));
    }

    public function test_a_run_by_hand_outside_the_runner_skips(): void {
        $outcome = $this->outcome('bbb');
        $this->assertInstanceOf(SkippedTest::class, $outcome);
        $this->assertStringContainsString('not a strict run', $outcome->getMessage());
    }
}
