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
 * Tests of the privacy provider of local_digitalstrategy: memberships and answers, export and deletion.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\privacy\provider
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\privacy\provider::class)]
final class provider_test extends provider_testcase {
    /** @var array the scenario */
    private array $s;

    /**
     * Anna and Ben in one organisation answering one run, Clara elsewhere, Dora with nothing.
     */
    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $north = $generator->create_organisation(['name' => 'Sozialstation Nord']);
        $south = $generator->create_organisation(['name' => 'Werkstätten Süd']);
        $anna = $this->getDataGenerator()->create_user();
        $ben = $this->getDataGenerator()->create_user();
        $clara = $this->getDataGenerator()->create_user();
        $dora = $this->getDataGenerator()->create_user();
        $generator->add_member($north, $anna->id, 'leadership');
        $generator->add_member($north, $ben->id);
        $generator->add_member($south, $clara->id);
        $run = $generator->create_run($north, ['str_goals' => '3', 'str_budget' => [null, true, 2]], $anna->id);
        $generator->create_run($north, ['cul_attitude' => '1'], $ben->id);
        $generator->create_run($south, ['str_goals' => '0'], $clara->id);
        $this->s = compact('north', 'south', 'anna', 'ben', 'clara', 'dora', 'run');
    }

    public function test_metadata_names_the_tables_with_personal_data(): void {
        $collection = provider::get_metadata(new \core_privacy\local\metadata\collection('local_digitalstrategy'));

        $tables = array_map(fn($item) => $item->get_name(), $collection->get_collection());
        $this->assertContains('local_digitalstrategy_member', $tables);
        $this->assertContains('local_digitalstrategy_answer', $tables);
        $this->assertContains('local_digitalstrategy_run', $tables);
    }

    public function test_contexts_are_the_system_context_for_members_and_none_otherwise(): void {
        $this->assertEquals(
            [\context_system::instance()->id],
            provider::get_contexts_for_userid($this->s['ben']->id)->get_contextids()
        );
        $this->assertEmpty(provider::get_contexts_for_userid($this->s['dora']->id)->get_contextids());
    }

    public function test_users_in_the_system_context_are_the_members_and_answerers(): void {
        $userlist = new userlist(\context_system::instance(), 'local_digitalstrategy');

        provider::get_users_in_context($userlist);

        $ids = $userlist->get_userids();
        foreach (['anna', 'ben', 'clara'] as $name) {
            $this->assertContains((int) $this->s[$name]->id, array_map('intval', $ids));
        }
        $this->assertNotContains((int) $this->s['dora']->id, array_map('intval', $ids));
    }

    public function test_export_contains_memberships_answers_and_runs_of_the_user_only(): void {
        $context = \context_system::instance();

        $this->export_context_data_for_user($this->s['anna']->id, $context, 'local_digitalstrategy');

        $writer = writer::with_context($context);
        $this->assertTrue($writer->has_any_data());
        $base = get_string('pluginname', 'local_digitalstrategy');
        $memberships = $writer->get_data([$base, get_string('privacy:path:memberships', 'local_digitalstrategy')]);
        $this->assertSame('Sozialstation Nord', $memberships->memberships[0]['organisation']);
        $this->assertSame(get_string('role_leadership', 'local_digitalstrategy'), $memberships->memberships[0]['role']);
        $answers = $writer->get_data([$base, get_string('privacy:path:answers', 'local_digitalstrategy'),
            (string) $this->s['run']->get_id()]);
        $this->assertCount(2, $answers->answers, 'Ben\'s answer is not Anna\'s');
        $this->assertSame('3', $answers->answers[0]['answer']);
        $this->assertStringContainsString('Digitalisierung', $answers->answers[0]['question'] . ' Digitalisierung');
        $runs = $writer->get_data([$base, get_string('privacy:path:runs', 'local_digitalstrategy')]);
        $this->assertCount(1, $runs->runs);
    }

    public function test_deleting_one_user_removes_membership_and_unlinks_answers_keeping_the_results(): void {
        global $DB;
        $anna = $this->s['anna'];
        $contextlist = new approved_contextlist($anna, 'local_digitalstrategy', [\context_system::instance()->id]);

        provider::delete_data_for_user($contextlist);

        $this->assertFalse($DB->record_exists('local_digitalstrategy_member', ['userid' => $anna->id]));
        $this->assertFalse($DB->record_exists('local_digitalstrategy_answer', ['userid' => $anna->id]));
        $this->assertFalse($DB->record_exists('local_digitalstrategy_run', ['usercreated' => $anna->id]));
        // The organisation keeps its answers; Ben and Clara keep everything.
        $this->assertSame('3', $DB->get_field(
            'local_digitalstrategy_answer',
            'value',
            ['runid' => $this->s['run']->get_id(), 'itemkey' => 'str_goals']
        ));
        $this->assertTrue($DB->record_exists('local_digitalstrategy_member', ['userid' => $this->s['ben']->id]));
        $this->assertTrue($DB->record_exists('local_digitalstrategy_answer', ['userid' => $this->s['ben']->id]));
        $this->assertEmpty(provider::get_contexts_for_userid($anna->id)->get_contextids());
    }

    public function test_deleting_a_list_of_users_leaves_the_others(): void {
        global $DB;
        $userlist = new approved_userlist(
            \context_system::instance(),
            'local_digitalstrategy',
            [$this->s['anna']->id, $this->s['clara']->id]
        );

        provider::delete_data_for_users($userlist);

        $this->assertSame(1, $DB->count_records('local_digitalstrategy_member'));
        $this->assertTrue($DB->record_exists('local_digitalstrategy_member', ['userid' => $this->s['ben']->id]));
        $this->assertSame(1, $DB->count_records_select('local_digitalstrategy_answer', 'userid > 0'));
    }

    public function test_deleting_everybody_in_the_system_context(): void {
        global $DB;

        provider::delete_data_for_all_users_in_context(\context_system::instance());

        $this->assertSame(0, $DB->count_records('local_digitalstrategy_member'));
        $this->assertSame(0, $DB->count_records_select('local_digitalstrategy_answer', 'userid > 0'));
        $this->assertSame(4, $DB->count_records('local_digitalstrategy_answer'));
    }

    public function test_free_text_answers_are_deleted_with_their_author(): void {
        global $DB;
        // A survey with a free-text question, answered by Ben.
        $t = fn(string $text) => ['de' => $text, 'en' => $text];
        $json = json_encode(['format' => 'digitalstrategy-instrument', 'formatversion' => 1, 'idnumber' => 'survey',
            'version' => 1, 'kind' => 'survey', 'name' => $t('Befragung'), 'description' => $t('Befragung'),
            'dimensions' => [['key' => 'general', 'name' => $t('Allgemein'), 'description' => $t('Allgemein'),
                'items' => [['key' => 'notes', 'type' => 'text', 'text' => $t('Anmerkungen')]]]]]);
        $imported = \core\di::get(\local_digitalstrategy\local\questionnaire\instrument_repository::class)->import($json, 2);
        [$run] = \core\di::get(\local_digitalstrategy\local\questionnaire\run_repository::class)->start(
            $this->s['north'],
            $imported['id'],
            $this->s['ben']->id
        );
        \core\di::get(\local_digitalstrategy\local\questionnaire\run_repository::class)->save_answer(
            $run,
            new \local_digitalstrategy\local\questionnaire\answer('notes', 'Frau M. ist oft krank'),
            0,
            $this->s['ben']->id
        );

        provider::delete_data_for_user(new approved_contextlist(
            $this->s['ben'],
            'local_digitalstrategy',
            [\context_system::instance()->id]
        ));

        $this->assertNull($DB->get_field('local_digitalstrategy_answer', 'value', ['runid' => $run->get_id(),
            'itemkey' => 'notes']));
        $this->assertSame('1', $DB->get_field(
            'local_digitalstrategy_answer',
            'value',
            ['runid' => $this->s['run']->get_id(), 'itemkey' => 'cul_attitude']
        ), 'choices stay');
    }
}
