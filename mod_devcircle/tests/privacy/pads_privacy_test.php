<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace mod_devcircle\privacy;

use PHPUnit\Framework\Attributes\CoversClass;
use core_privacy\local\metadata\collection;
use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\userlist;
use core_privacy\local\request\writer;
use core_privacy\tests\provider_testcase;
use mod_devcircle\pads\pad;
use mod_devcircle\pads\pad_repository;
use mod_devcircle\pads\pad_service;
use mod_devcircle\pads\pad_snapshot;
use mod_devcircle\pads\snapshot_repository;

/**
 * The pads part of the privacy provider, against a real Etherpad: what is declared, found,
 * exported and deleted.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\privacy\pads_privacy
 * @covers     \mod_devcircle\privacy\provider
 */
#[CoversClass(\mod_devcircle\privacy\pads_privacy::class)]
#[CoversClass(\mod_devcircle\privacy\provider::class)]
final class pads_privacy_test extends provider_testcase {
    use \mod_devcircle\tests\etherpad_helper;

    /** @var \stdClass the circle */
    private \stdClass $circle;
    /** @var \stdClass another circle */
    private \stdClass $other;
    /** @var \stdClass a writer */
    private \stdClass $anna;
    /** @var \stdClass a moderator who created a method pad and restored a snapshot */
    private \stdClass $moderator;
    /** @var \stdClass a user without pad data */
    private \stdClass $stranger;
    /** @var pad the circle pad */
    private pad $pad;
    /** @var pad_service the pad service */
    private pad_service $service;

    /**
     * Two circles; Anna writes in the first, the moderator created a pad and took a snapshot.
     *
     * @return void
     */
    private function setup_data(): void {
        $this->resetAfterTest();
        $this->require_etherpad();
        $gen = $this->getDataGenerator();
        $course = $gen->create_course();
        $this->circle = $gen->create_module('devcircle', ['course' => $course->id]);
        $this->other = $gen->create_module('devcircle', ['course' => $course->id]);
        $this->anna = $gen->create_user(['firstname' => 'Anna', 'lastname' => 'Schmidt']);
        $this->moderator = $gen->create_user();
        $this->stranger = $gen->create_user();
        $this->service = \core\di::get(pad_service::class);
        $this->pad = $this->service->get_or_create_circle_pad((int) $this->circle->id, 'Zirkel');
        $this->service->open($this->pad, $this->anna, true);
        $this->pad = \core\di::get(pad_repository::class)->get($this->pad->get_id());
        $this->service->create_method_pad((int) $this->circle->id, 'scrum', 'de', '', (int) $this->moderator->id);
        \core\di::get(snapshot_repository::class)->create(
            $this->pad->get_id(),
            3,
            "Annas Text\n",
            '<p>Annas Text</p>',
            pad_snapshot::REASON_SCHEDULED,
            0,
            [(int) $this->anna->id]
        );
        \core\di::get(snapshot_repository::class)->create(
            $this->pad->get_id(),
            4,
            "Zurückgespielt\n",
            '',
            pad_snapshot::REASON_RESTORE,
            (int) $this->moderator->id
        );
    }

    /**
     * The circle's context.
     *
     * @return \context_module
     */
    private function context(): \context_module {
        return \context_module::instance($this->circle->cmid);
    }

    public function test_metadata_declares_the_tables_and_what_goes_to_etherpad(): void {
        $items = provider::get_metadata(new collection('mod_devcircle'))->get_collection();
        $names = array_map(fn($i) => $i->get_name(), $items);
        foreach (
            ['devcircle_pads', 'devcircle_pad_snapshots', 'devcircle_snapshot_authors', 'devcircle_pad_authors',
                'etherpad'] as $name
        ) {
            $this->assertContains($name, $names);
        }
        $etherpad = array_values(array_filter($items, fn($i) => $i->get_name() === 'etherpad'))[0];
        $this->assertSame(['userid', 'fullname', 'text'], array_keys($etherpad->get_privacy_fields()));
    }

    public function test_circles_with_pad_data_are_found_for_each_user(): void {
        $this->setup_data();
        $ids = fn(\stdClass $user): array => array_map(
            'intval',
            provider::get_contexts_for_userid((int) $user->id)->get_contextids()
        );
        $this->assertSame([(int) $this->context()->id], $ids($this->anna));
        $this->assertSame([(int) $this->context()->id], $ids($this->moderator));
        $this->assertSame([], $ids($this->stranger));

        $userlist = new userlist($this->context(), 'mod_devcircle');
        provider::get_users_in_context($userlist);
        $this->assertEqualsCanonicalizing([(int) $this->anna->id, (int) $this->moderator->id], $userlist->get_userids());
    }

    public function test_export_holds_the_author_mapping_and_the_snapshots_the_user_wrote(): void {
        $this->setup_data();
        $this->export_context_data_for_user((int) $this->anna->id, $this->context(), 'mod_devcircle');

        $data = writer::with_context($this->context())->get_data([get_string('privacy:path:pads', 'mod_devcircle')]);
        $this->assertStringStartsWith('a.', $data->etherpadauthor->authorid);
        $this->assertCount(1, $data->snapshots);
        $this->assertSame("Annas Text\n", $data->snapshots[0]->text);
        $this->assertSame([], $data->padscreated);

        writer::reset();
        $this->export_context_data_for_user((int) $this->moderator->id, $this->context(), 'mod_devcircle');
        $data = writer::with_context($this->context())->get_data([get_string('privacy:path:pads', 'mod_devcircle')]);
        $this->assertCount(1, $data->padscreated);
        $this->assertSame('Scrum', $data->padscreated[0]->name);
        $this->assertSame('', $data->snapshots[0]->text, 'a restore by the user is listed without the text of others');
    }

    public function test_deleting_a_user_removes_authorship_and_renames_the_etherpad_author(): void {
        global $DB;
        $this->setup_data();
        $authorid = $DB->get_field('devcircle_pad_authors', 'authorid', ['userid' => $this->anna->id]);

        provider::delete_data_for_user(new approved_contextlist($this->anna, 'mod_devcircle', [$this->context()->id]));

        $this->assertFalse($DB->record_exists('devcircle_pad_authors', ['userid' => $this->anna->id]));
        $this->assertFalse($DB->record_exists('devcircle_snapshot_authors', ['userid' => $this->anna->id]));
        $this->assertSame(
            get_string('privacy:deletedauthor', 'mod_devcircle'),
            $this->service->client()->get_author_name($authorid)
        );
        $history = \core\di::get(snapshot_repository::class)->history($this->pad->get_id());
        $this->assertCount(2, $history, 'the circle keeps its text');
        $this->assertTrue($DB->record_exists('devcircle_pads', ['usercreated' => $this->moderator->id]));

        provider::delete_data_for_users(new approved_userlist($this->context(), 'mod_devcircle', [(int) $this->moderator->id]));
        $this->assertFalse($DB->record_exists('devcircle_pads', ['usercreated' => $this->moderator->id]));
        $this->assertFalse($DB->record_exists('devcircle_pad_snapshots', ['userid' => $this->moderator->id]));
        $this->assertSame([], provider::get_contexts_for_userid((int) $this->moderator->id)->get_contextids());
    }

    public function test_deleting_a_circles_data_deletes_its_pads_in_moodle_and_etherpad(): void {
        global $DB;
        $this->setup_data();
        $padid = (string) $this->pad->get_pad_id();
        $otherpad = $this->service->get_or_create_circle_pad((int) $this->other->id, 'Anderer');

        provider::delete_data_for_all_users_in_context($this->context());

        $this->assertSame(0, $DB->count_records('devcircle_pads', ['devcircle' => $this->circle->id]));
        $this->assertSame(0, $DB->count_records('devcircle_pad_authors', ['devcircle' => $this->circle->id]));
        $this->assertFalse($this->service->client()->pad_exists($padid));
        $this->assertNotNull(\core\di::get(pad_repository::class)->get($otherpad->get_id()));
    }
}
