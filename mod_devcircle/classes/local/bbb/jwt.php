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
 * The HS256 JSON Web Token that BigBlueButton's recording-ready callback carries.
 *
 * Only HS256 is accepted ("none" and every other algorithm are refused), the signature is
 * compared in constant time, and an expired token ("exp") is refused.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class jwt {
    /**
     * Verifies a token and returns its payload.
     *
     * @param string $token header.payload.signature, base64url
     * @param string $secret the shared secret
     * @param int|null $now the current time (for tests)
     * @return array the payload
     * @throws \invalid_parameter_exception when the token is malformed, forged or expired
     */
    public static function decode_hs256(string $token, string $secret, ?int $now = null): array {
        $parts = explode('.', trim($token));
        if (count($parts) !== 3 || $secret === '') {
            throw new \invalid_parameter_exception('Malformed token');
        }
        [$head, $body, $signature] = $parts;
        $header = self::json(self::base64url_decode($head));
        if (($header['alg'] ?? null) !== 'HS256') {
            throw new \invalid_parameter_exception('Unsupported token algorithm');
        }
        $expected = hash_hmac('sha256', $head . '.' . $body, $secret, true);
        if (!hash_equals($expected, self::base64url_decode($signature))) {
            throw new \invalid_parameter_exception('Invalid token signature');
        }
        $payload = self::json(self::base64url_decode($body));
        if (isset($payload['exp']) && (int) $payload['exp'] < ($now ?? time())) {
            throw new \invalid_parameter_exception('Expired token');
        }
        return $payload;
    }

    /**
     * Signs a payload (used by tests and tools).
     *
     * @param array $payload the claims
     * @param string $secret the secret
     * @return string
     */
    public static function encode_hs256(array $payload, string $secret): string {
        $head = self::base64url_encode(json_encode(['alg' => 'HS256']));
        $body = self::base64url_encode(json_encode($payload));
        return $head . '.' . $body . '.' . self::base64url_encode(hash_hmac('sha256', $head . '.' . $body, $secret, true));
    }

    /**
     * Decodes base64url.
     *
     * @param string $data encoded
     * @return string
     */
    private static function base64url_decode(string $data): string {
        $decoded = base64_decode(strtr($data, '-_', '+/'), true);
        if ($decoded === false) {
            throw new \invalid_parameter_exception('Malformed token');
        }
        return $decoded;
    }

    /**
     * Encodes base64url without padding.
     *
     * @param string $data raw
     * @return string
     */
    private static function base64url_encode(string $data): string {
        return rtrim(strtr(base64_encode($data), '+/', '-_'), '=');
    }

    /**
     * Decodes a JSON object.
     *
     * @param string $json the text
     * @return array
     */
    private static function json(string $json): array {
        $value = json_decode($json, true);
        if (!is_array($value)) {
            throw new \invalid_parameter_exception('Malformed token');
        }
        return $value;
    }
}
