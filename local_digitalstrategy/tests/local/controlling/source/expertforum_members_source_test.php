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

namespace local_digitalstrategy\local\controlling\source;

use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\tests\source_queries;

/**
 * Members of the expert forum: the people holding the forum's role at site level, counted from
 * the day they got it; deleted users and other roles do not count.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\source\expertforum_members_source
 */
#[\PHPUnit\Framework\Attributes\CoversClass(expertforum_members_source::class)]
final class expertforum_members_source_test extends \advanced_testcase {
    use source_queries;

    public function test_members_count_from_the_day_they_got_the_forums_role(): void {
        global $DB;
        $this->resetAfterTest();
        $data = $this->getDataGenerator();
        $generator = $data->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 3);
        [$first, $second, $third] = array_values($programme->periods());
        $system = \context_system::instance();
        $expertrole = $DB->get_field('role', 'id', ['shortname' => 'digitalstrategyexpert'], MUST_EXIST);
        $managerrole = $DB->get_field('role', 'id', ['shortname' => 'manager'], MUST_EXIST);
        $assign = function (int $roleid, array $user, int $time) use ($data, $system, $DB) {
            $user = $data->create_user($user);
            $id = role_assign($roleid, $user->id, $system->id);
            $DB->set_field('role_assignments', 'timemodified', $time, ['id' => $id]);
            return $user;
        };
        $assign($expertrole, ['firstname' => 'Ärztin', 'lastname' => 'O\'Brien & "Partner"'], $first->start);
        $assign($expertrole, ['firstname' => 'Bernd', 'lastname' => 'Berater'], $second->start);
        $gone = $assign($expertrole, ['firstname' => 'Gisela', 'lastname' => 'Gelöscht'], $first->start + DAYSECS);
        delete_user($gone);
        $assign($managerrole, ['firstname' => 'Mia', 'lastname' => 'Managerin'], $first->start);
        $this->mock_clock_with_frozen($second->start + DAYSECS);
        $indicator = \core\di::get(indicator_repository::class)->get_by_idnumber('expertforum_members');
        $source = \core\di::get(expertforum_members_source::class);

        $values = $this->values_in_constant_queries($source, $indicator, [$first, $second, $third]);

        $this->assertSame([1 => 1.0, 2 => 2.0, 3 => null], $values);
        $drilldown = $source->drilldown($indicator, $second);
        $this->assertSame([['Ärztin O\'Brien & "Partner"', source_periods::date($first->start)],
            ['Bernd Berater', source_periods::date($second->start)]], $drilldown->rows);
        $this->assertStringContainsString('no history of roles', $drilldown->note);
    }
}
