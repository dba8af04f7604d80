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

use PHPUnit\Framework\Assert;

/**
 * What a test does when a service it needs (Etherpad, the BigBlueButton test double) is not configured.
 *
 * The project's test runner (npm test) runs strictly: it sets DIGISOZ_STRICT=1, and such a test then
 * fails, because a green run must mean the tests ran. It is skipped only when the service was opted
 * out by name (DIGISOZ_SKIP, e.g. "etherpad,bbb", set from npm test's SKIP), or when the test is run
 * by hand without the runner (no DIGISOZ_STRICT, no CI). Skipped tests are reported by PHPUnit and in
 * the runner's summary line.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class service_requirement {
    /**
     * Whether the run was opted out of the service by name.
     *
     * @param string $service the opt-out name, e.g. etherpad or bbb
     * @return bool
     */
    public static function opted_out(string $service): bool {
        $names = array_map('trim', explode(',', (string) getenv('DIGISOZ_SKIP')));
        return in_array($service, $names, true);
    }

    /**
     * Whether a missing service fails the test (strict run, service not opted out).
     *
     * @param string $service the opt-out name, e.g. etherpad or bbb
     * @return bool
     */
    public static function strict(string $service): bool {
        $strict = getenv('DIGISOZ_STRICT') === '1' || (string) getenv('CI') !== '';
        return $strict && !self::opted_out($service);
    }

    /**
     * Fails the test in a strict run, else marks it skipped; either way with the message.
     *
     * @param string $service the opt-out name, e.g. etherpad or bbb
     * @param string $message what is missing and how to provide it
     * @return never
     */
    public static function unavailable(string $service, string $message): never {
        if (self::strict($service)) {
            Assert::fail($message . " The run is strict (DIGISOZ_STRICT=1): opt out with SKIP={$service}.");
        }
        $reason = self::opted_out($service) ? "opted out with SKIP={$service}" : 'not a strict run';
        Assert::markTestSkipped($message . " ({$reason})");
    }
}
