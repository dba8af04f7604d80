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

/**
 * BigBlueButton's API checksum: hex(hash(call name + query string + shared secret)).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class checksum {
    /** @var array<int, string> hex digest length => algorithm, as BigBlueButton tells them apart */
    private const BY_LENGTH = [40 => 'sha1', 64 => 'sha256', 96 => 'sha384', 128 => 'sha512'];

    /**
     * Computes the checksum of a call.
     *
     * @param string $call API call name, e.g. "create"
     * @param string $query the query string exactly as sent, without the checksum parameter
     * @param string $secret the shared secret
     * @param string $algorithm sha1, sha256, sha384 or sha512
     * @return string lower-case hex digest
     */
    public static function compute(string $call, string $query, string $secret, string $algorithm): string {
        if (!in_array($algorithm, server_config::ALGORITHMS, true)) {
            throw new \coding_exception('Unknown checksum algorithm ' . $algorithm);
        }
        return hash($algorithm, $call . $query . $secret);
    }

    /**
     * Whether a raw query string carries a valid checksum; the algorithm is told by the digest length.
     *
     * @param string $call API call name
     * @param string $rawquery the query string as received, including checksum=...
     * @param string $secret the shared secret
     * @return bool
     */
    public static function verify(string $call, string $rawquery, string $secret): bool {
        $given = '';
        $rest = [];
        foreach ($rawquery === '' ? [] : explode('&', $rawquery) as $part) {
            if (str_starts_with($part, 'checksum=')) {
                $given = strtolower(substr($part, strlen('checksum=')));
            } else {
                $rest[] = $part;
            }
        }
        $algorithm = self::BY_LENGTH[strlen($given)] ?? null;
        if ($algorithm === null || $secret === '') {
            return false;
        }
        return hash_equals(self::compute($call, implode('&', $rest), $secret, $algorithm), $given);
    }
}
