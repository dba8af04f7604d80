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

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * Who may do what through the check's web services: a member of organisation A can neither read
 * nor write B's answers or results; people outside any organisation nothing; managers read all.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\external\get_run
 * @covers     \local_digitalstrategy\external\start_run
 * @covers     \local_digitalstrategy\external\save_answer
 * @covers     \local_digitalstrategy\external\submit_run
 * @covers     \local_digitalstrategy\external\get_results
 * @covers     \local_digitalstrategy\organisation
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\external\get_run::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\external\start_run::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\external\save_answer::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\external\submit_run::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\external\get_results::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\organisation::class)]
final class permissions_test extends \externallib_advanced_testcase {
    /** @var array ids of the scenario */
    private array $ids;

    /**
     * Two organisations, each with a member, an open run and a submitted run.
     */
    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $a = $generator->create_organisation(['name' => 'A']);
        $b = $generator->create_organisation(['name' => 'B']);
        $usera = $this->getDataGenerator()->create_user();
        $userb = $this->getDataGenerator()->create_user();
        $generator->add_member($a, $usera->id);
        $generator->add_member($b, $userb->id);
        $submittedb = $generator->create_submitted_run($b, 2, $userb->id);
        $openb = $generator->create_run($b, ['str_goals' => '1'], $userb->id);
        $opena = $generator->create_run($a, ['str_goals' => '3'], $usera->id);
        $this->ids = ['a' => $a->get_id(), 'b' => $b->get_id(), 'usera' => $usera->id, 'userb' => $userb->id,
            'openb' => $openb->get_id(), 'submittedb' => $submittedb->get_id(), 'opena' => $opena->get_id()];
    }

    /**
     * Every web service call aimed at organisation B.
     *
     * @return array<string, array{0: string}>
     */
    public static function call_provider(): array {
        return [
            'get_run of B\'s open run' => ['get_run'],
            'get_run of B\'s submitted run' => ['get_run_submitted'],
            'start_run for B' => ['start_run'],
            'save_answer in B\'s run' => ['save_answer'],
            'submit_run of B\'s run' => ['submit_run'],
            'get_results of B\'s run' => ['get_results'],
        ];
    }

    /**
     * Makes one call aimed at organisation B.
     *
     * @param string $call
     * @return array the cleaned result
     */
    private function call(string $call): array {
        $ids = $this->ids;
        return match ($call) {
            'get_run' => external_api::clean_returnvalue(get_run::execute_returns(), get_run::execute($ids['openb'], true)),
            'get_run_submitted' => external_api::clean_returnvalue(
                get_run::execute_returns(),
                get_run::execute($ids['submittedb'])
            ),
            'start_run' => external_api::clean_returnvalue(start_run::execute_returns(), start_run::execute($ids['b'])),
            'save_answer' => external_api::clean_returnvalue(
                save_answer::execute_returns(),
                save_answer::execute($ids['openb'], 'str_goals', '4', false, 0, 1)
            ),
            'submit_run' => external_api::clean_returnvalue(
                submit_run::execute_returns(),
                submit_run::execute($ids['openb'])
            ),
            'get_results' => external_api::clean_returnvalue(
                get_results::execute_returns(),
                get_results::execute($ids['submittedb'])
            ),
        };
    }

    /**
     * A member of organisation A cannot reach B.
     *
     * @dataProvider call_provider
     * @param string $call
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('call_provider')]
    public function test_a_member_of_a_cannot_reach_b(string $call): void {
        global $DB;
        $this->setUser($this->ids['usera']);
        $before = $DB->get_records('local_digitalstrategy_answer', null, 'id');

        try {
            $this->call($call);
            $this->fail('A member of A reached B');
        } catch (\moodle_exception $e) {
            $this->assertSame('notmember', $e->errorcode);
        }
        $this->assertEquals($before, $DB->get_records('local_digitalstrategy_answer', null, 'id'));
        $this->assertSame(1, $DB->count_records('local_digitalstrategy_run', ['orgid' => $this->ids['b'], 'status' => 0]));
    }

    /**
     * A user without an organisation cannot reach B.
     *
     * @dataProvider call_provider
     * @param string $call
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('call_provider')]
    public function test_a_user_without_organisation_cannot_reach_b(string $call): void {
        $this->setUser($this->getDataGenerator()->create_user());

        $this->expectException(\moodle_exception::class);
        $this->call($call);
    }

    public function test_a_member_of_b_reaches_b(): void {
        $this->setUser($this->ids['userb']);

        $this->assertSame('open', $this->call('get_run')['run']['status']);
        $this->assertSame($this->ids['openb'], $this->call('start_run')['runid']);
        $this->assertSame('saved', $this->call('save_answer')['status']);
        $this->assertFalse($this->call('submit_run')['submitted'], 'one answer is not enough to submit');
        $this->assertSame($this->ids['submittedb'], $this->call('get_results')['run']['id']);
    }

    public function test_start_run_without_organisation_says_so(): void {
        $this->setUser($this->getDataGenerator()->create_user());

        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage(get_string('notmember', 'local_digitalstrategy'));
        start_run::execute(0);
    }

    public function test_a_manager_reads_every_organisation_but_cannot_answer_for_it(): void {
        $manager = $this->getDataGenerator()->create_user();
        $managerroles = get_archetype_roles('manager');
        role_assign(reset($managerroles)->id, $manager->id, \context_system::instance());
        $this->setUser($manager);

        $this->assertCount(1, $this->call('get_run')['answers']);
        $this->assertFalse($this->call('get_run')['canedit']);
        $this->assertNotNull($this->call('get_results')['score']);
        $this->expectException(\moodle_exception::class);
        $this->call('save_answer');
    }

    public function test_a_member_without_the_answer_capability_cannot_write(): void {
        $userrole = get_archetype_roles('user');
        assign_capability(
            'local/digitalstrategy:answercheck',
            CAP_PROHIBIT,
            reset($userrole)->id,
            \context_system::instance()->id,
            true
        );
        $this->setUser($this->ids['userb']);

        $this->assertSame('open', $this->call('get_run')['run']['status']);
        $this->expectException(\required_capability_exception::class);
        $this->call('save_answer');
    }

    public function test_archived_organisations_can_be_read_but_not_answered(): void {
        \core\di::get(\local_digitalstrategy\local\organisation_repository::class)->set_archived(
            \core\di::get(\local_digitalstrategy\local\organisation_repository::class)->get($this->ids['b']),
            true,
            2
        );
        $this->setUser($this->ids['userb']);

        $this->assertNotNull($this->call('get_results')['score']);
        try {
            $this->call('save_answer');
            $this->fail('An archived organisation was answered');
        } catch (\moodle_exception $e) {
            $this->assertSame('organisationarchived', $e->errorcode);
        }
    }
}
