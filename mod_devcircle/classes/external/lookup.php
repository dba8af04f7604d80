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

namespace mod_devcircle\external;

use mod_devcircle\instance;
use mod_devcircle\instance_repository;
use mod_devcircle\webinar\session;
use mod_devcircle\webinar\session_repository;

/**
 * Finds what a web service names: a circle by its course module, a session with its circle,
 * or fails with a clear message.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class lookup {
    /**
     * A circle by its course module id.
     *
     * @param int $cmid the course module
     * @return instance
     * @throws \moodle_exception invalidcoursemodule
     */
    public static function circle(int $cmid): instance {
        $instance = \core\di::get(instance_repository::class)->get_by_cmid($cmid);
        if (!$instance) {
            throw new \moodle_exception('invalidcoursemodule', 'error');
        }
        return $instance;
    }

    /**
     * A session with its circle.
     *
     * @param int $sessionid the session
     * @return array{0: instance, 1: session}
     * @throws \moodle_exception sessionnotfound
     */
    public static function session(int $sessionid): array {
        $instance = \core\di::get(instance_repository::class)->get_by_sessionid($sessionid);
        $session = $instance ? \core\di::get(session_repository::class)->get($instance->get_instance_id(), $sessionid) : null;
        if (!$instance || !$session) {
            throw new \moodle_exception('sessionnotfound', 'mod_devcircle');
        }
        return [$instance, $session];
    }
}
