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

namespace mod_devcircle\task;

use PHPUnit\Framework\Attributes\CoversClass;
use mod_devcircle\pads\pad;
use mod_devcircle\pads\pad_service;
use mod_devcircle\pads\pad_snapshot;
use mod_devcircle\pads\snapshot_repository;

/**
 * Snapshots taken by the scheduled task and when a session ends, against a real Etherpad.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\task\snapshot_pads
 * @covers     \mod_devcircle\task\snapshot_circle_pads
 * @covers     \mod_devcircle\pads\observer
 * @covers     \mod_devcircle\pads\snapshotter
 */
#[CoversClass(\mod_devcircle\task\snapshot_pads::class)]
#[CoversClass(\mod_devcircle\task\snapshot_circle_pads::class)]
#[CoversClass(\mod_devcircle\pads\observer::class)]
#[CoversClass(\mod_devcircle\pads\snapshotter::class)]
final class snapshot_pads_test extends \advanced_testcase {
    use \mod_devcircle\tests\etherpad_helper;

    /**
     * A circle with its circle pad in Etherpad, holding some text.
     *
     * @param string $text the text
     * @return array{0: \stdClass, 1: pad, 2: pad_service}
     */
    private function circle_with_pad(string $text): array {
        $this->require_etherpad();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $service = \core\di::get(pad_service::class);
        $pad = $service->ensure_remote($service->get_or_create_circle_pad((int) $circle->id, 'Zirkel'));
        $service->client()->set_text((string) $pad->get_pad_id(), $text);
        return [$circle, $pad, $service];
    }

    /**
     * Triggers the end of a session of a circle, as the webinar part does.
     *
     * @param \stdClass $circle the circle
     * @return void
     */
    private function end_session(\stdClass $circle): void {
        \mod_devcircle\event\session_ended::create([
            'context' => \context_module::instance($circle->cmid),
            'objectid' => 12345,
            'other' => ['circleid' => (int) $circle->id],
        ])->trigger();
    }

    public function test_scheduled_task_copies_changed_pads_once(): void {
        $this->resetAfterTest();
        [, $pad, $service] = $this->circle_with_pad("Erste Fassung\n");

        ob_start();
        (new snapshot_pads())->execute();
        (new snapshot_pads())->execute();
        $service->client()->set_text((string) $pad->get_pad_id(), "Zweite Fassung\n");
        (new snapshot_pads())->execute();
        $log = ob_get_clean();

        $history = \core\di::get(snapshot_repository::class)->history($pad->get_id());
        $this->assertCount(2, $history);
        $this->assertStringContainsString('Zweite Fassung', $history[0]->get_text());
        $this->assertStringContainsString('Erste Fassung', $history[1]->get_text());
        $this->assertSame(pad_snapshot::REASON_SCHEDULED, $history[0]->get_reason());
        $this->assertStringContainsString('copied because changed: 0', $log);
    }

    /**
     * Moodle's file lock factory: a lock held here blocks a second taker in the same process,
     * as a lock held by the other node of a cluster does (the database's locks are re-entrant
     * within one connection, so they cannot show that in one process).
     *
     * @return \core\lock\lock_factory
     */
    private function use_blocking_locks(): \core\lock\lock_factory {
        global $CFG;
        $CFG->lock_factory = '\\core\\lock\\file_lock_factory';
        return \core\lock\lock_config::get_lock_factory('mod_devcircle');
    }

    public function test_scheduled_task_does_nothing_while_another_run_holds_its_lock(): void {
        $this->resetAfterTest();
        [, $pad] = $this->circle_with_pad("Vom anderen Knoten kopiert\n");
        $other = $this->use_blocking_locks()->get_lock(snapshot_pads::LOCK, 0);
        $this->assertNotFalse($other);

        ob_start();
        try {
            (new snapshot_pads())->execute();
        } finally {
            $other->release();
        }
        $log = ob_get_clean();

        $this->assertStringContainsString('Another run of this task is copying the pads', $log);
        $this->assertNull(\core\di::get(snapshot_repository::class)->latest($pad->get_id()));
        ob_start();
        (new snapshot_pads())->execute();
        ob_end_clean();
        $this->assertCount(1, \core\di::get(snapshot_repository::class)->history($pad->get_id()));
    }

    public function test_a_pad_another_runner_is_copying_is_not_copied_a_second_time(): void {
        $this->resetAfterTest();
        [, $pad] = $this->circle_with_pad("Gleichzeitig kopiert\n");
        $other = $this->use_blocking_locks()->get_lock('pad-snapshot-' . $pad->get_id(), 0);
        $this->assertNotFalse($other);
        $snapshotter = \core\di::get(\mod_devcircle\pads\snapshotter::class);

        $started = microtime(true);
        try {
            $copy = $snapshotter->snapshot($pad, pad_snapshot::REASON_SESSIONEND);
        } finally {
            $other->release();
        }

        $this->assertNull($copy);
        $this->assertGreaterThanOrEqual(\mod_devcircle\pads\snapshotter::LOCK_WAIT - 1, microtime(true) - $started);
        $this->assertNull(\core\di::get(snapshot_repository::class)->latest($pad->get_id()));
        $this->assertNotNull($snapshotter->snapshot($pad, pad_snapshot::REASON_SESSIONEND));
        $this->assertNull($snapshotter->snapshot($pad, pad_snapshot::REASON_SESSIONEND), 'the second runner finds the copy made');
    }

    public function test_scheduled_task_ends_cleanly_when_etherpad_is_down(): void {
        $this->resetAfterTest();
        [, $pad] = $this->circle_with_pad("Vor dem Ausfall\n");
        (new snapshot_pads())->execute();
        $this->expectOutputRegex('/failed: 1/');
        $this->allow_outgoing_requests_to(self::down_url());
        $this->use_etherpad_at(self::down_url());

        (new snapshot_pads())->execute();

        $latest = \core\di::get(snapshot_repository::class)->latest($pad->get_id());
        $this->assertStringContainsString('Vor dem Ausfall', $latest->get_text());
    }

    public function test_scheduled_task_does_nothing_without_etherpad(): void {
        $this->resetAfterTest();
        $this->use_etherpad_at('');
        $this->expectOutputRegex('/not configured/');
        (new snapshot_pads())->execute();
    }

    public function test_end_of_a_session_copies_the_circles_pads_at_once(): void {
        $this->resetAfterTest();
        [$circle, $pad] = $this->circle_with_pad("Protokoll der Sitzung\n");

        $this->end_session($circle);

        $latest = \core\di::get(snapshot_repository::class)->latest($pad->get_id());
        $this->assertNotNull($latest);
        $this->assertSame(pad_snapshot::REASON_SESSIONEND, $latest->get_reason());
        $this->assertStringContainsString('Protokoll der Sitzung', $latest->get_text());
    }

    public function test_end_of_a_session_queues_a_retry_when_etherpad_is_down(): void {
        $this->resetAfterTest();
        [$circle, $pad] = $this->circle_with_pad("Protokoll\n");
        [$url] = $this->require_etherpad();
        $this->allow_outgoing_requests_to(self::down_url());
        $this->use_etherpad_at(self::down_url());

        $this->end_session($circle);

        $this->assertNull(\core\di::get(snapshot_repository::class)->latest($pad->get_id()));
        $tasks = \core\task\manager::get_adhoc_tasks(snapshot_circle_pads::class);
        $this->assertCount(1, $tasks);
        $this->assertSame((int) $circle->id, (int) reset($tasks)->get_custom_data()->circleid);

        $this->use_etherpad_at($url);
        $this->expectOutputRegex('/copied after a session ended: 1/');
        $this->runAdhocTasks(snapshot_circle_pads::class);
        $latest = \core\di::get(snapshot_repository::class)->latest($pad->get_id());
        $this->assertSame(pad_snapshot::REASON_SESSIONEND, $latest->get_reason());
    }
}
