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
use local_digitalstrategy\local\questionnaire\run_repository;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * Tests of the web service local_digitalstrategy_save_answer: autosave, conflicts, bad input.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\external\save_answer
 * @covers     \local_digitalstrategy\local\questionnaire\run_repository
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\external\save_answer::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\questionnaire\run_repository::class)]
final class save_answer_test extends \externallib_advanced_testcase {
    /**
     * An organisation with two members and an open run.
     *
     * @return array{0: \stdClass, 1: \stdClass, 2: \local_digitalstrategy\local\questionnaire\run}
     */
    private function setup_run(): array {
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = $generator->create_organisation(['name' => 'Sozialstation Nord']);
        $anna = $this->getDataGenerator()->create_user(['firstname' => 'Anna', 'lastname' => 'Albers']);
        $ben = $this->getDataGenerator()->create_user(['firstname' => 'Ben', 'lastname' => 'Brandt']);
        $generator->add_member($organisation, $anna->id, 'leadership');
        $generator->add_member($organisation, $ben->id);
        $run = $generator->create_run($organisation, [], $anna->id);
        return [$anna, $ben, $run];
    }

    /**
     * Calls the web service and cleans the result as the web service layer does.
     *
     * @param int $runid
     * @param string $itemkey
     * @param string $value
     * @param int $version
     * @param bool $dontknow
     * @param int $relevance
     * @return array
     */
    private function save(
        int $runid,
        string $itemkey,
        string $value,
        int $version,
        bool $dontknow = false,
        int $relevance = 0
    ): array {
        $result = save_answer::execute($runid, $itemkey, $value, $dontknow, $relevance, $version);
        return external_api::clean_returnvalue(save_answer::execute_returns(), $result);
    }

    public function test_first_answer_is_saved_as_version_1_with_who_and_progress(): void {
        [$anna, , $run] = $this->setup_run();
        $this->setUser($anna);

        $result = $this->save($run->get_id(), 'str_goals', '3', 0, false, 0);

        $this->assertSame('saved', $result['status']);
        $this->assertSame('3', $result['answer']['value']);
        $this->assertSame(1, $result['answer']['version']);
        $this->assertSame('Anna Albers', $result['answer']['userfullname']);
        $this->assertSame(1, $result['completeness']['answered']);
        // The default check: 44 closed and 8 open questions.
        $this->assertSame(52, $result['completeness']['items']);
        $this->assertFalse($result['completeness']['cansubmit']);
        $this->assertNotContains('str_goals', $result['completeness']['unanswered']);
    }

    public function test_changing_an_answer_with_the_current_version_raises_the_version(): void {
        [$anna, , $run] = $this->setup_run();
        $this->setUser($anna);
        $this->save($run->get_id(), 'str_goals', '3', 0);

        $result = $this->save($run->get_id(), 'str_goals', '1', 1);

        $this->assertSame('saved', $result['status']);
        $this->assertSame(2, $result['answer']['version']);
        $this->assertSame('1', \core\di::get(run_repository::class)->get_answers($run)['str_goals']->value);
    }

    public function test_a_colleagues_change_is_not_overwritten_by_a_stale_version(): void {
        [$anna, $ben, $run] = $this->setup_run();
        $this->setUser($anna);
        $this->save($run->get_id(), 'str_goals', '2', 0);
        // Ben saw version 1 and changes it: version 2.
        $this->setUser($ben);
        $this->save($run->get_id(), 'str_goals', '4', 1);

        // Anna still has version 1 on her screen.
        $this->setUser($anna);
        $result = $this->save($run->get_id(), 'str_goals', '0', 1);

        $this->assertSame('conflict', $result['status']);
        $this->assertSame('4', $result['answer']['value']);
        $this->assertSame(2, $result['answer']['version']);
        $this->assertSame('Ben Brandt', $result['answer']['userfullname']);
        $this->assertSame('4', \core\di::get(run_repository::class)->get_answers($run)['str_goals']->value);
    }

    public function test_two_first_answers_to_the_same_item_conflict(): void {
        [$anna, $ben, $run] = $this->setup_run();
        $this->setUser($anna);
        $this->save($run->get_id(), 'str_goals', '2', 0);
        $this->setUser($ben);

        $result = $this->save($run->get_id(), 'str_goals', '3', 0);

        $this->assertSame('conflict', $result['status']);
        $this->assertSame('2', $result['answer']['value']);
    }

    public function test_saving_the_same_content_again_is_unchanged_even_with_a_stale_version(): void {
        [$anna, $ben, $run] = $this->setup_run();
        $this->setUser($anna);
        $this->save($run->get_id(), 'str_goals', '2', 0);
        $this->setUser($ben);

        // A retry after a dropped connection sends the old version with the same value.
        $result = $this->save($run->get_id(), 'str_goals', '2', 0);

        $this->assertSame('unchanged', $result['status']);
        $this->assertSame(1, $result['answer']['version']);
    }

    public function test_members_answering_different_items_do_not_conflict(): void {
        [$anna, $ben, $run] = $this->setup_run();
        $this->setUser($anna);
        $this->save($run->get_id(), 'str_goals', '2', 0);
        $this->setUser($ben);

        $result = $this->save($run->get_id(), 'str_budget', '1', 0);

        $this->assertSame('saved', $result['status']);
        $this->assertSame(2, $result['completeness']['answered']);
    }

    public function test_dont_know_relevance_and_clearing_are_saved(): void {
        [$anna, , $run] = $this->setup_run();
        $this->setUser($anna);

        $dontknow = $this->save($run->get_id(), 'str_budget', '', 0, true, 3);
        $cleared = $this->save($run->get_id(), 'str_budget', '', 1, false, 3);

        $this->assertTrue($dontknow['answer']['dontknow']);
        $this->assertNull($dontknow['answer']['value']);
        $this->assertSame(3, $dontknow['answer']['relevance']);
        $this->assertSame(1, $dontknow['completeness']['answered']);
        $this->assertFalse($cleared['answer']['dontknow']);
        $this->assertSame(0, $cleared['completeness']['answered']);
    }

    /**
     * Answers the web service refuses, with the language string of the message.
     *
     * @return array
     */
    public static function bad_answer_provider(): array {
        return [
            'maturity level out of range' => ['str_goals', '7', false, 0, 'answererror_outofrange'],
            'text where a level is expected' => ['str_goals', 'viel', false, 0, 'answererror_outofrange'],
            'unknown item' => ['nosuchitem', '1', false, 0, 'answererror_unknownitem'],
            "don't know with a value" => ['str_goals', '2', true, 0, 'answererror_valuewithdontknow'],
            'relevance out of range' => ['str_budget', '1', false, 5, 'answererror_relevanceoutofrange'],
            'relevance where none is asked' => ['str_goals', '1', false, 2, 'answererror_relevancenotasked'],
        ];
    }

    /**
     * Bad answers get a clear message and change nothing.
     *
     * @dataProvider bad_answer_provider
     * @param string $item
     * @param string $value
     * @param bool $dontknow
     * @param int $relevance
     * @param string $errorcode
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('bad_answer_provider')]
    public function test_bad_answers_get_a_clear_message_and_change_nothing(
        string $item,
        string $value,
        bool $dontknow,
        int $relevance,
        string $errorcode
    ): void {
        [$anna, , $run] = $this->setup_run();
        $this->setUser($anna);
        $this->save($run->get_id(), 'str_goals', '2', 0);

        try {
            $this->save($run->get_id(), $item, $value, 1, $dontknow, $relevance);
            $this->fail('The answer was accepted');
        } catch (\moodle_exception $e) {
            $this->assertSame($errorcode, $e->errorcode);
            $this->assertStringNotContainsString('[[', $e->getMessage(), 'the message is a real string');
        }
        $answers = \core\di::get(run_repository::class)->get_answers($run);
        $this->assertSame('2', $answers['str_goals']->value);
        $this->assertSame(1, $answers['str_goals']->version);
    }

    public function test_no_answer_after_the_run_was_submitted(): void {
        [$anna, , $run] = $this->setup_run();
        $this->setUser($anna);
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = \core\di::get(\local_digitalstrategy\local\organisation_repository::class)->get($run->get_orgid());
        $generator->create_submitted_run($organisation, 2, $anna->id);

        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage(get_string('runsubmitted', 'local_digitalstrategy'));
        $this->save($run->get_id(), 'str_goals', '4', 1);
    }

    public function test_saving_triggers_the_answer_saved_event(): void {
        [$anna, , $run] = $this->setup_run();
        $this->setUser($anna);
        $sink = $this->redirectEvents();

        $this->save($run->get_id(), 'str_goals', '3', 0);

        $events = array_values(array_filter(
            $sink->get_events(),
            fn($e) => $e instanceof \local_digitalstrategy\event\answer_saved
        ));
        $this->assertCount(1, $events);
        $this->assertSame('str_goals', $events[0]->other['itemkey']);
        $this->assertEquals($run->get_orgid(), $events[0]->other['orgid']);
        $this->assertEquals($anna->id, $events[0]->userid);
        $this->assertEquals(\context_system::instance(), $events[0]->get_context());
    }
}
