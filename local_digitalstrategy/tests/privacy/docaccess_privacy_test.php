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

namespace local_digitalstrategy\privacy;

use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;
use core_privacy\tests\provider_testcase;

/**
 * The privacy provider and the document-access statistics: a user counted there is found, gets
 * the counts exported and is removed from them on deletion; other users stay.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\privacy\provider
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\privacy\provider::class)]
final class docaccess_privacy_test extends provider_testcase {
    public function test_counted_access_and_active_months_are_exported_and_deleted_per_user(): void {
        global $DB;
        $this->resetAfterTest();
        $paula = $this->getDataGenerator()->create_user();
        $other = $this->getDataGenerator()->create_user();
        foreach ([$paula, $other] as $user) {
            $DB->insert_record('local_digitalstrategy_docaccess', (object) ['period' => 2, 'userid' => $user->id, 'orgid' => 0,
                'courseid' => 5, 'cmid' => 77, 'modname' => 'resource', 'views' => 0, 'downloads' => 3,
                'timefirst' => 1530403200, 'timelast' => 1530489600]);
            $DB->insert_record('local_digitalstrategy_activeuser', (object) ['month' => 201807, 'period' => 2,
                'userid' => $user->id, 'orgid' => 0]);
        }
        $system = \context_system::instance();

        $this->assertEquals([$system->id], provider::get_contexts_for_userid($paula->id)->get_contextids());
        $userlist = new userlist($system, 'local_digitalstrategy');
        provider::get_users_in_context($userlist);
        $this->assertContains((int) $paula->id, array_map('intval', $userlist->get_userids()));

        $this->setUser($paula);
        provider::export_user_data(new approved_contextlist($paula, 'local_digitalstrategy', [$system->id]));
        $exported = writer::with_context($system)->get_data([get_string('pluginname', 'local_digitalstrategy'),
            get_string('docaccess_title', 'local_digitalstrategy')]);
        $this->assertSame(77, $exported->access[0]['cmid']);
        $this->assertSame(3, $exported->access[0]['downloads']);
        $this->assertSame([201807], $exported->activemonths);

        provider::delete_data_for_users(new approved_userlist($system, 'local_digitalstrategy', [$paula->id]));

        $this->assertFalse($DB->record_exists('local_digitalstrategy_docaccess', ['userid' => $paula->id]));
        $this->assertFalse($DB->record_exists('local_digitalstrategy_activeuser', ['userid' => $paula->id]));
        $this->assertTrue($DB->record_exists('local_digitalstrategy_docaccess', ['userid' => $other->id]));
        $this->assertTrue($DB->record_exists('local_digitalstrategy_activeuser', ['userid' => $other->id]));
    }
}
