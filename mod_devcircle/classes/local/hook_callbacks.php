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

namespace mod_devcircle\local;

/**
 * Callbacks of Moodle hooks (db/hooks.php).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class hook_callbacks {
    /**
     * Tells Moodle's dependency injection container how to build what autowiring cannot: the
     * one HTTP transport (cURL behind the circuit breaker, so that a server that failed a moment
     * ago is not asked again; tests replace it with \core\di::set()), the server
     * settings read from the site configuration, and the Etherpad health check. Everything
     * else (repositories, services, clients) is built by autowiring from its constructor.
     *
     * The definitions are closures without imports, $this or self, with fully qualified class
     * names: a production site compiles the container into PHP code.
     *
     * @param \core\hook\di_configuration $hook the hook
     * @return void
     */
    public static function di_configuration(\core\hook\di_configuration $hook): void {
        $hook->add_definition(
            \mod_devcircle\local\http\transport::class,
            static fn(
                \mod_devcircle\local\http\curl_transport $curl,
                \core\clock $clock
            ): \mod_devcircle\local\http\transport => new \mod_devcircle\local\http\circuit_breaker($curl, $clock)
        );
        $hook->add_definition(
            \mod_devcircle\local\bbb\server_config::class,
            static fn(): \mod_devcircle\local\bbb\server_config => \mod_devcircle\local\bbb\server_config::from_settings()
        );
        $hook->add_definition(
            \mod_devcircle\local\etherpad\server_config::class,
            static fn(): \mod_devcircle\local\etherpad\server_config =>
                \mod_devcircle\local\etherpad\server_config::from_settings()
        );
        $hook->add_definition(
            \mod_devcircle\local\etherpad\health_check::class,
            static fn(\mod_devcircle\local\http\transport $transport): \mod_devcircle\local\etherpad\health_check =>
                \mod_devcircle\local\etherpad\health_check::from_settings($transport)
        );
    }
}
