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

namespace local_digitalstrategy\external;

use core_external\external_api;
use local_digitalstrategy\local\strategy\strategy_service;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * The web service local_digitalstrategy_get_strategy: its organisation's members and the project
 * team read the strategy as stored; members of other organisations and users without one get
 * nothing.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\external\get_strategy
 */
#[\PHPUnit\Framework\Attributes\CoversClass(get_strategy::class)]
final class get_strategy_test extends \externallib_advanced_testcase {
    /** @var \local_digitalstrategy\organisation */
    private $org;
    /** @var \stdClass */
    private $staff;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $this->org = $generator->create_organisation();
        $this->staff = $this->getDataGenerator()->create_user();
        $generator->add_member($this->org, $this->staff->id, 'staff');
    }

    /**
     * Calls the web service as the current user, through the same path the front end takes.
     *
     * @return array
     */
    private function call(): array {
        $result = get_strategy::execute($this->org->get_id());
        return external_api::clean_returnvalue(get_strategy::execute_returns(), $result);
    }

    public function test_a_member_reads_the_strategy_as_written(): void {
        $service = \core\di::get(strategy_service::class);
        $service->get_for_edit($this->org, $this->staff->id);
        $service->save_draft($this->org, $this->staff->id, 1, '<script>alert(1)</script> & "Kinder < 6"', 'Werte', []);
        $service->save_goal($this->org, $this->staff->id, 2, (object) ['title' => 'Ziel & mehr', 'duedate' => 0]);
        $this->setUser($this->staff);

        $result = $this->call();

        $this->assertTrue($result['exists']);
        $this->assertSame('draft', $result['status']);
        $this->assertSame(3, $result['version']);
        $this->assertSame('<script>alert(1)</script> & "Kinder < 6"', $result['vision']);
        $this->assertSame('Ziel & mehr', $result['goals'][0]['title']);
        $this->assertNull($result['goals'][0]['baseline']);
    }

    public function test_before_anybody_started_it_the_strategy_does_not_exist(): void {
        $this->setUser($this->staff);
        $result = $this->call();
        $this->assertFalse($result['exists']);
        $this->assertSame('none', $result['status']);
    }

    public function test_the_project_team_reads_any_organisation(): void {
        \core\di::get(strategy_service::class)->get_for_edit($this->org, $this->staff->id);
        $this->setAdminUser();
        $this->assertTrue($this->call()['exists']);
    }

    public function test_a_member_of_another_organisation_is_refused(): void {
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $other = $this->getDataGenerator()->create_user();
        $generator->add_member($generator->create_organisation(), $other->id, 'leadership');
        $this->setUser($other);

        $this->expectExceptionMessage(get_string('strategy_noview', 'local_digitalstrategy'));
        $this->call();
    }

    public function test_a_user_without_organisation_is_refused(): void {
        $this->setUser($this->getDataGenerator()->create_user());
        $this->expectExceptionMessage(get_string('strategy_noview', 'local_digitalstrategy'));
        $this->call();
    }

    public function test_a_forged_organisation_id_is_refused(): void {
        $this->setUser($this->staff);
        $this->expectExceptionMessage(get_string('organisationnotfound', 'local_digitalstrategy'));
        get_strategy::execute($this->org->get_id() + 1000);
    }
}
