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

namespace local_digitalstrategy\local;

use local_digitalstrategy\organisation;

/**
 * The demo organisations of the local stack, created idempotently from the demo users.
 *
 * Call from the stack's seeding script once the demo users exist:
 * \local_digitalstrategy\local\demo::create_organisations();
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class demo {
    /** @var array<string, array> The demo organisations by identifier, with their members by username. */
    public const ORGANISATIONS = [
        'demo-csn' => ['name' => 'Caritas Sozialstation Nord', 'location' => 'Hamburg', 'fieldofwork' => 'care',
            'employees' => 85, 'pilot' => 1, 'members' => ['anna' => 'leadership', 'ben' => 'staff']],
        'demo-lws' => ['name' => 'Lebenshilfe Werkstätten Süd', 'location' => 'Freiburg', 'fieldofwork' => 'disability',
            'employees' => 240, 'pilot' => 1, 'members' => ['clara' => 'leadership']],
        'demo-bzm' => ['name' => 'Beratungszentrum Mitte', 'location' => 'Kassel', 'fieldofwork' => 'counselling',
            'employees' => 18, 'pilot' => 0, 'members' => ['david' => 'leadership']],
    ];

    /**
     * Creates the demo organisations and memberships that are missing; changes nothing that exists.
     * Users that do not exist, or that belong to another organisation already, are skipped.
     *
     * @return array{created: int, members: int} what was added now
     */
    public static function create_organisations(): array {
        global $CFG, $DB;
        $repository = new organisation_repository();
        $adminid = (int) (get_admin()->id ?? 0);
        $summary = ['created' => 0, 'members' => 0];
        foreach (self::ORGANISATIONS as $idnumber => $data) {
            $organisation = $repository->get_by_idnumber($idnumber);
            if (!$organisation) {
                $organisation = $repository->create((object) (['idnumber' => $idnumber] + $data), $adminid);
                $summary['created']++;
            }
            foreach ($data['members'] as $username => $role) {
                $user = $DB->get_record('user', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id,
                    'deleted' => 0], 'id');
                if (!$user || organisation::get_for_user((int) $user->id)) {
                    continue;
                }
                $repository->add_member($organisation, (int) $user->id, $role, $adminid);
                $summary['members']++;
            }
        }
        return $summary;
    }
}
