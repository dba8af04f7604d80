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
 * The demo organisations of the local stack.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\demo
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\demo::class)]
final class demo_test extends \advanced_testcase {
    public function test_creates_the_three_organisations_with_their_members_once(): void {
        global $DB;
        $this->resetAfterTest();
        $users = [];
        foreach (['anna', 'ben', 'clara'] as $username) {
            $users[$username] = $this->getDataGenerator()->create_user(['username' => $username]);
        }

        $first = demo::create_organisations();
        $second = demo::create_organisations();

        $this->assertSame(['created' => 3, 'members' => 3], $first, 'david does not exist and is skipped');
        $this->assertSame(['created' => 0, 'members' => 0], $second);
        $this->assertSame(3, $DB->count_records(organisation::TABLE));
        $this->assertSame('Caritas Sozialstation Nord', organisation::get_for_user($users['ben']->id)->get_name());
        $this->assertSame('leadership', organisation::get_for_user($users['anna']->id)->get_role($users['anna']->id));
        $this->assertSame('Lebenshilfe Werkstätten Süd', organisation::get_for_user($users['clara']->id)->get_name());
    }
}
