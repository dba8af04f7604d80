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
use local_digitalstrategy\local\strategy\strategy_repository;
use local_digitalstrategy\local\strategy\strategy_service;
use local_digitalstrategy\local\user_repository;

/**
 * Privacy of strategies: what a user wrote or adopted is exported under the system context; on
 * deletion the content stays with the organisation and the author becomes "deleted user".
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\privacy\provider
 */
#[\PHPUnit\Framework\Attributes\CoversClass(provider::class)]
final class strategy_provider_test extends provider_testcase {
    /** @var \local_digitalstrategy\organisation */
    private $org;
    /** @var \stdClass leadership, wrote and adopted the strategy */
    private $lea;
    /** @var \stdClass project team, added an experiment field */
    private $tom;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $this->org = $generator->create_organisation(['name' => 'Sozialstation Nord']);
        $this->lea = $this->getDataGenerator()->create_user();
        $this->tom = $this->getDataGenerator()->create_user();
        $generator->add_member($this->org, $this->lea->id, 'leadership');
        $service = \core\di::get(strategy_service::class);
        $service->get_for_edit($this->org, $this->lea->id);
        $fieldid = \core\di::get(\local_digitalstrategy\local\strategy\strategy_field_repository::class)
            ->add('Pflege & Doku', 'Tablets', $this->tom->id);
        $service->save_draft($this->org, $this->lea->id, 1, 'Digital & nah', 'Teilhabe', [$fieldid => 'Schritt 1']);
        $service->save_goal($this->org, $this->lea->id, 2, (object) ['title' => 'Datenschutz', 'duedate' => 0]);
        $service->adopt($this->org, $this->lea->id, 3);
    }

    public function test_metadata_describes_every_strategy_table(): void {
        $tables = array_map(
            fn($item) => $item->get_name(),
            provider::get_metadata(new \core_privacy\local\metadata\collection('local_digitalstrategy'))->get_collection()
        );
        foreach (['strategy', 'stratver', 'goal', 'field', 'stratfield'] as $table) {
            $this->assertContains('local_digitalstrategy_' . $table, $tables);
        }
    }

    public function test_authors_are_found_in_the_system_context(): void {
        $this->assertEquals([\context_system::instance()->id], provider::get_contexts_for_userid($this->tom->id)->get_contextids());
        $userlist = new userlist(\context_system::instance(), 'local_digitalstrategy');
        provider::get_users_in_context($userlist);
        $this->assertContains((int) $this->lea->id, array_map('intval', $userlist->get_userids()));
        $this->assertContains((int) $this->tom->id, array_map('intval', $userlist->get_userids()));
    }

    public function test_export_holds_what_the_user_wrote_and_adopted(): void {
        $context = \context_system::instance();
        $this->export_context_data_for_user($this->lea->id, $context, 'local_digitalstrategy');

        $data = writer::with_context($context)->get_data([
            get_string('pluginname', 'local_digitalstrategy'),
            get_string('privacy:path:strategy', 'local_digitalstrategy'),
        ]);
        $this->assertSame('Digital & nah', $data->strategies[0]['vision']);
        $this->assertSame(1, $data->adopted[0]['version']);
        $this->assertSame('Datenschutz', $data->goals[0]['title']);
        $this->assertSame('Schritt 1', $data->steps[0]['steps']);
        $this->assertSame('Pflege & Doku', $data->steps[0]['field']);
    }

    public function test_deleting_a_user_keeps_the_strategy_and_removes_the_author(): void {
        global $DB;
        $context = \context_system::instance();
        provider::delete_data_for_user(new approved_contextlist($this->lea, 'local_digitalstrategy', [$context->id]));

        $strategy = \core\di::get(strategy_repository::class)->get_for_org($this->org->get_id());
        $this->assertSame('Digital & nah', $strategy->vision);
        $this->assertSame(0, $strategy->usermodified);
        $this->assertSame(0, $strategy->goals[0]->usermodified);
        $this->assertSame(0, \core\di::get(strategy_repository::class)->get_version($strategy->id, 1)['useradopted']);
        $this->assertFalse($DB->record_exists('local_digitalstrategy_stratfield', ['usermodified' => $this->lea->id]));
        $this->assertTrue($DB->record_exists('local_digitalstrategy_field', ['usermodified' => $this->tom->id]));
    }

    public function test_deleting_several_users_removes_each_as_author(): void {
        global $DB;
        $context = \context_system::instance();
        provider::delete_data_for_users(new approved_userlist($context, 'local_digitalstrategy', [$this->lea->id, $this->tom->id]));

        $this->assertFalse($DB->record_exists('local_digitalstrategy_field', ['usermodified' => $this->tom->id]));
        $this->assertFalse($DB->record_exists('local_digitalstrategy_strategy', ['usermodified' => $this->lea->id]));
        $this->assertSame(1, $DB->count_records('local_digitalstrategy_stratver'));
    }

    public function test_a_user_deleted_in_moodle_is_shown_as_deleted_user(): void {
        delete_user($this->lea);
        $this->assertSame([], \core\di::get(user_repository::class)->full_names([$this->lea->id, 0]));
    }
}
