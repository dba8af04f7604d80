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

namespace mod_devcircle\pads;

use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Snapshots against a real Etherpad: taken only when the pad changed, with who and when,
 * restored into the pad, and still there when Etherpad is down.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\pads\snapshotter
 * @covers     \mod_devcircle\pads\pad_snapshot
 * @covers     \mod_devcircle\pads\snapshot_repository
 * @covers     \mod_devcircle\pads\author_repository
 * @covers     \mod_devcircle\event\snapshot_restored
 */
#[CoversClass(\mod_devcircle\pads\snapshotter::class)]
#[CoversClass(\mod_devcircle\pads\pad_snapshot::class)]
#[CoversClass(\mod_devcircle\pads\snapshot_repository::class)]
#[CoversClass(\mod_devcircle\pads\author_repository::class)]
#[CoversClass(\mod_devcircle\event\snapshot_restored::class)]
final class snapshotter_test extends \advanced_testcase {
    use \mod_devcircle\tests\etherpad_helper;

    /**
     * The pads.
     *
     * @return pad_repository
     */
    private function pads(): pad_repository {
        return \core\di::get(pad_repository::class);
    }

    /**
     * The snapshots.
     *
     * @return snapshot_repository
     */
    private function snapshots(): snapshot_repository {
        return \core\di::get(snapshot_repository::class);
    }

    /**
     * A pad service for an Etherpad where nothing answers (short timeouts).
     *
     * @return pad_service
     */
    private function service_at_down_etherpad(): pad_service {
        $this->allow_outgoing_requests_to(self::down_url());
        // The services of a new request, whose Etherpad client finds nobody at home.
        \core\di::reset_container();
        \core\di::set(
            \mod_devcircle\local\etherpad\client::class,
            self::etherpad_client(self::down_url(), 'k', 1, 3)
        );
        return \core\di::get(pad_service::class);
    }

    /** @var pad_service the service for the test Etherpad */
    private pad_service $service;

    /**
     * A circle whose circle pad exists in Etherpad, opened by a writer.
     *
     * @return array{0: \stdClass, 1: pad, 2: \stdClass} circle, pad, writer
     */
    private function setup_pad(): array {
        $this->resetAfterTest();
        $this->require_etherpad();
        $this->service = \core\di::get(pad_service::class);
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $writer = $this->getDataGenerator()->create_user();
        $pad = $this->service->get_or_create_circle_pad((int) $circle->id, 'Zirkel');
        $this->service->open($pad, $writer, true);
        return [$circle, $this->pads()->get($pad->get_id()), $writer];
    }

    /**
     * Writes into the pad as the given user's Etherpad author would (through the API).
     *
     * @param pad $pad the pad
     * @param string $text the new text
     * @return void
     */
    private function write(pad $pad, string $text): void {
        $this->service->client()->set_text((string) $pad->get_pad_id(), $text);
    }

    public function test_snapshot_is_taken_only_when_the_pad_changed(): void {
        [, $pad] = $this->setup_pad();
        $snapshotter = \core\di::get(snapshotter::class);
        $this->write($pad, "Ziele 2027\n");

        $first = $snapshotter->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $unchanged = $snapshotter->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $this->write($pad, "Ziele 2027\n- Dienstplan-App\n");
        $second = $snapshotter->snapshot($pad, pad_snapshot::REASON_SCHEDULED);

        $this->assertNotNull($first);
        $this->assertNull($unchanged);
        $this->assertNotNull($second);
        $this->assertStringContainsString('Ziele 2027', $first->get_text());
        $this->assertStringContainsString('Dienstplan-App', $second->get_text());
        $this->assertStringContainsString('Dienstplan-App', $second->get_html());
        $this->assertStringNotContainsString('<body', $second->get_html());
        $this->assertGreaterThan($first->get_revision(), $second->get_revision());
        $this->assertCount(2, $this->snapshots()->history($pad->get_id()));
        $this->assertSame($second->get_id(), $this->snapshots()->latest($pad->get_id())->get_id());
    }

    public function test_same_content_at_a_new_revision_is_not_copied_again(): void {
        [, $pad] = $this->setup_pad();
        $snapshotter = \core\di::get(snapshotter::class);
        $this->write($pad, "A\n");
        $snapshotter->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $this->write($pad, "B\n");
        $this->write($pad, "A\n");

        $this->assertNull($snapshotter->snapshot($pad, pad_snapshot::REASON_SCHEDULED));
    }

    public function test_authors_are_writers_of_the_circle_listed_by_etherpad_since_the_copy_before(): void {
        global $DB;
        [$circle, $pad, $writer] = $this->setup_pad();
        $reader = $this->getDataGenerator()->create_user();
        $earlier = $this->getDataGenerator()->create_user();
        $this->service->open($pad, $reader, false);
        $this->service->open($pad, $earlier, true);
        $DB->set_field(
            'devcircle_pad_authors',
            'timeopened',
            time() - DAYSECS,
            ['devcircle' => $circle->id, 'userid' => $earlier->id]
        );
        $authorids = $DB->get_records_menu('devcircle_pad_authors', ['devcircle' => $circle->id], '', 'userid, authorid');

        $repository = \core\di::get(author_repository::class);
        $authors = $repository->writers_since((int) $circle->id, array_values($authorids), time() - HOURSECS);

        $this->assertSame([(int) $writer->id], $authors);
        $this->assertSame([], $repository->writers_since((int) $circle->id, [], 0));
        $this->assertSame([], $repository->writers_since((int) $circle->id + 1, array_values($authorids), 0));
    }

    public function test_snapshot_records_reason_and_time(): void {
        [, $pad] = $this->setup_pad();
        $this->write($pad, "Protokoll\n");

        $snapshot = \core\di::get(snapshotter::class)->snapshot($pad, pad_snapshot::REASON_SESSIONEND);

        $this->assertSame(pad_snapshot::REASON_SESSIONEND, $snapshot->get_reason());
        $this->assertSame(0, $snapshot->get_user_id());
        $this->assertSame([], $snapshot->get_author_ids(), 'text written through the API has no author');
        $this->assertEqualsWithDelta(time(), $snapshot->get_time_created(), 5);
    }

    public function test_restore_puts_the_text_back_and_records_who_restored_it(): void {
        [, $pad] = $this->setup_pad();
        $moderator = $this->getDataGenerator()->create_user();
        $snapshotter = \core\di::get(snapshotter::class);
        $this->write($pad, "Gute Fassung\n");
        $good = $snapshotter->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $this->write($pad, "Versehentlich gelöscht\n");
        $snapshotter->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $sink = $this->redirectEvents();

        $restored = $snapshotter->restore($good, (int) $moderator->id);

        $this->assertStringContainsString('Gute Fassung', $this->service->client()->get_text((string) $pad->get_pad_id()));
        $this->assertStringNotContainsString('Versehentlich', $this->service->client()->get_text((string) $pad->get_pad_id()));
        $this->assertSame(pad_snapshot::REASON_RESTORE, $restored->get_reason());
        $this->assertSame((int) $moderator->id, $restored->get_user_id());
        $this->assertSame(trim($good->get_text()), trim($restored->get_text()));
        $this->assertCount(3, $this->snapshots()->history($pad->get_id()));
        $events = array_values(array_filter(
            $sink->get_events(),
            fn($e) => $e instanceof \mod_devcircle\event\snapshot_restored
        ));
        $this->assertCount(1, $events);
        $this->assertSame($good->get_id(), (int) $events[0]->objectid);
        $this->assertSame($pad->get_id(), (int) $events[0]->other['padid']);
        $this->assertSame($pad->get_cmid(), (int) $events[0]->contextinstanceid);
    }

    public function test_snapshot_all_copies_changed_pads_and_stops_cleanly_when_etherpad_is_down(): void {
        [, $pad] = $this->setup_pad();
        $this->write($pad, "Stand vor dem Ausfall\n");
        $result = \core\di::get(snapshotter::class)->snapshot_all();
        $this->assertGreaterThanOrEqual(1, $result['copied']);
        $this->assertSame(0, $result['failed']);

        $this->allow_outgoing_requests_to(self::down_url());
        $this->service_at_down_etherpad();
        $down = \core\di::get(snapshotter::class);
        $lines = [];
        $result = $down->snapshot_all(function (string $line) use (&$lines) {
            $lines[] = $line;
        });

        $this->assertSame(1, $result['failed'], 'stops after the first pad');
        $this->assertStringContainsString(get_string('etherpad_unreachable', 'mod_devcircle'), $lines[0]);
        $latest = $this->snapshots()->latest($pad->get_id());
        $this->assertStringContainsString('Stand vor dem Ausfall', $latest->get_text());
    }

    public function test_pad_not_yet_in_etherpad_has_nothing_to_copy(): void {
        $this->resetAfterTest();
        $this->require_etherpad();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $service = \core\di::get(pad_service::class);
        $pad = $service->get_or_create_circle_pad((int) $circle->id, 'Zirkel');

        $this->assertNull(\core\di::get(snapshotter::class)->snapshot($pad, pad_snapshot::REASON_SCHEDULED));
    }
}
