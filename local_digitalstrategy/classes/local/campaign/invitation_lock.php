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

namespace local_digitalstrategy\local\campaign;

/**
 * The one lock every task mailing campaign invitations or reminders takes (Moodle's lock API, so it
 * holds across cron runners on several machines): two runners never send the same mail.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class invitation_lock {
    /** @var string The lock type (lock factory name). */
    public const TYPE = 'local_digitalstrategy_campaignmail';
    /** @var string The lock's resource. */
    public const RESOURCE = 'campaignmail';

    /**
     * Takes the lock.
     *
     * @param int $timeout seconds to wait for it
     * @return \core\lock\lock|null null when another runner holds it
     */
    public static function acquire(int $timeout = 0): ?\core\lock\lock {
        $factory = \core\lock\lock_config::get_lock_factory(self::TYPE);
        return $factory->get_lock(self::RESOURCE, $timeout, HOURSECS) ?: null;
    }
}
