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
use local_digitalstrategy\local\strategy\resistance;
use local_digitalstrategy\local\strategy\resistance_service;

/**
 * The privacy provider and the expert forum's analyses and notes: their authors are found,
 * exported and unlinked on deletion, while the analyses stay with the organisation, attributed to
 * "deleted user".
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\privacy\provider
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\privacy\provider::class)]
final class resistance_privacy_test extends provider_testcase {
    /** @var array the scenario */
    private array $s;

    /**
     * Erika wrote an analysis and a note about North, Emil changed the analysis, Lena leads North.
     */
    protected function setUp(): void {
        global $DB;
        parent::setUp();
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $north = $generator->create_organisation(['name' => 'Sozialstation Nord']);
        $erika = $this->getDataGenerator()->create_user(['firstname' => 'Erika', 'lastname' => 'Expertin']);
        $emil = $this->getDataGenerator()->create_user(['firstname' => 'Emil', 'lastname' => 'Experte']);
        $lena = $this->getDataGenerator()->create_user();
        $generator->add_member($north, $lena->id, 'leadership');
        $analysis = $generator->create_resistance($north, ['userid' => $erika->id, 'usermodified' => $emil->id,
            'stakeholder' => 'Nachtdienst & Springer']);
        $DB->insert_record(resistance::ADVICE_TABLE, (object) ['orgid' => $north->get_id(), 'note' => 'Leitung einbinden',
            'userid' => $erika->id, 'timecreated' => time(), 'timemodified' => time(), 'usermodified' => $erika->id]);
        $this->s = compact('north', 'erika', 'emil', 'lena', 'analysis');
    }

    public function test_metadata_names_the_analyses_and_notes(): void {
        $collection = provider::get_metadata(new \core_privacy\local\metadata\collection('local_digitalstrategy'));

        $tables = array_map(fn($item) => $item->get_name(), $collection->get_collection());
        $this->assertContains(resistance::TABLE, $tables);
        $this->assertContains(resistance::ADVICE_TABLE, $tables);
    }

    public function test_authors_and_editors_have_data_in_the_system_context(): void {
        $system = \context_system::instance();

        $this->assertEquals([$system->id], provider::get_contexts_for_userid($this->s['erika']->id)->get_contextids());
        $this->assertEquals([$system->id], provider::get_contexts_for_userid($this->s['emil']->id)->get_contextids());
        $userlist = new userlist($system, 'local_digitalstrategy');
        provider::get_users_in_context($userlist);
        $this->assertContains((int) $this->s['erika']->id, array_map('intval', $userlist->get_userids()));
        $this->assertContains((int) $this->s['emil']->id, array_map('intval', $userlist->get_userids()));
    }

    public function test_export_holds_what_the_author_wrote(): void {
        $system = \context_system::instance();

        $this->export_context_data_for_user((int) $this->s['erika']->id, $system, 'local_digitalstrategy');

        $data = writer::with_context($system)->get_data([get_string('pluginname', 'local_digitalstrategy'),
            get_string('resistance_privacy_path', 'local_digitalstrategy')]);
        $this->assertSame('Nachtdienst & Springer', $data->analyses[0]['stakeholder']);
        $this->assertSame('Sozialstation Nord', $data->analyses[0]['organisation']);
        $this->assertSame('Leitung einbinden', $data->advice[0]['note']);
    }

    public function test_deleting_the_author_keeps_the_analysis_with_the_organisation_as_deleted_user(): void {
        global $DB;
        $system = \context_system::instance();

        provider::delete_data_for_user(new approved_contextlist($this->s['erika'], 'local_digitalstrategy', [$system->id]));

        $stored = $DB->get_record(resistance::TABLE, ['id' => $this->s['analysis']->id]);
        $this->assertSame('Nachtdienst & Springer', $stored->stakeholder);
        $this->assertEquals(0, $stored->userid);
        $this->assertEquals($this->s['emil']->id, $stored->usermodified);
        $this->assertEquals(0, $DB->get_field(resistance::ADVICE_TABLE, 'userid', ['orgid' => $this->s['north']->get_id()]));
        $this->setUser($this->s['lena']);
        $_POST['sesskey'] = sesskey();
        $answer = \core_external\external_api::call_external_function(
            'local_digitalstrategy_get_analyses',
            ['orgid' => $this->s['north']->get_id()],
            true
        );
        $this->assertSame(\local_digitalstrategy\local\user_repository::deleted_name(), $answer['data']['analyses'][0]['author']);
    }

    public function test_deleting_a_list_of_users_unlinks_only_them(): void {
        global $DB;
        $system = \context_system::instance();

        provider::delete_data_for_users(new approved_userlist($system, 'local_digitalstrategy', [$this->s['emil']->id]));

        $stored = $DB->get_record(resistance::TABLE, ['id' => $this->s['analysis']->id]);
        $this->assertEquals($this->s['erika']->id, $stored->userid);
        $this->assertEquals(0, $stored->usermodified);
    }

    public function test_deleting_everybody_keeps_every_analysis(): void {
        global $DB;

        provider::delete_data_for_all_users_in_context(\context_system::instance());

        $this->assertSame(1, $DB->count_records(resistance::TABLE));
        $this->assertSame(0, $DB->count_records_select(resistance::TABLE, 'userid <> 0 OR usermodified <> 0'));
        $this->assertSame(1, $DB->count_records(resistance::ADVICE_TABLE, ['userid' => 0, 'usermodified' => 0]));
    }
}
