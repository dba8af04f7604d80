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
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;
use core_privacy\tests\provider_testcase;

/**
 * The privacy provider and answering campaigns: identified responses and draft answers are found,
 * exported and unlinked on deletion (free texts removed); anonymous responses hold nobody.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\privacy\provider
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\privacy\provider::class)]
final class respond_privacy_test extends provider_testcase {
    public function test_identified_responses_and_drafts_are_exported_and_unlinked_with_their_free_texts_removed(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $paula = $this->getDataGenerator()->create_user();
        $identified = $generator->create_campaign(['instrument' => 'schulungsfeedback', 'anonymous' => 0,
            'respondent' => 'person', 'name' => 'Schulung "Dienstplan & Co."']);
        $responseid = $generator->create_response(
            $identified,
            ['overall' => '2', 'good' => 'Die Übungen, Frau Paula'],
            ['userid' => $paula->id]
        );
        [$invite] = $generator->create_invite($identified, ['userid' => $paula->id]);
        $DB->insert_record('local_digitalstrategy_draft', (object) ['inviteid' => $invite->id, 'itemkey' => 'change',
            'value' => 'Mehr Pausen', 'version' => 1, 'userid' => $paula->id, 'timemodified' => time()]);
        $system = \context_system::instance();

        $this->assertEquals([$system->id], provider::get_contexts_for_userid($paula->id)->get_contextids());
        $userlist = new userlist($system, 'local_digitalstrategy');
        provider::get_users_in_context($userlist);
        $this->assertContains((int) $paula->id, array_map('intval', $userlist->get_userids()));

        $this->setUser($paula);
        provider::export_user_data(new approved_contextlist($paula, 'local_digitalstrategy', [$system->id]));
        $path = [get_string('pluginname', 'local_digitalstrategy'), get_string('respond_privacy_path', 'local_digitalstrategy')];
        $exported = writer::with_context($system)->get_data(array_merge($path, [(string) $responseid]));
        $this->assertSame('Schulung "Dienstplan & Co."', $exported->campaign);
        $this->assertSame('Die Übungen, Frau Paula', $exported->answers['good']);
        $draftpath = array_merge($path, [get_string('respond_privacy_draft', 'local_digitalstrategy')]);
        $drafts = writer::with_context($system)->get_data($draftpath);
        $this->assertSame('Mehr Pausen', $drafts->drafts[0]['answer']);

        provider::delete_data_for_user(new approved_contextlist($paula, 'local_digitalstrategy', [$system->id]));

        $this->assertEquals(0, $DB->get_field('local_digitalstrategy_response', 'userid', ['id' => $responseid]));
        $values = $DB->get_records_menu('local_digitalstrategy_respval', ['responseid' => $responseid], '', 'itemkey, value');
        $this->assertNull($values['good']);
        $this->assertSame('2', $values['overall']);
        $this->assertEquals(0, $DB->get_field('local_digitalstrategy_draft', 'userid', ['inviteid' => $invite->id]));
    }
}
