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

namespace mod_devcircle\event;

use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The pad events: what they log and where they point.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\event\pad_base
 * @covers     \mod_devcircle\event\pad_viewed
 * @covers     \mod_devcircle\event\pad_created
 * @covers     \mod_devcircle\event\snapshot_restored
 */
#[CoversClass(pad_base::class)]
#[CoversClass(pad_viewed::class)]
#[CoversClass(pad_created::class)]
#[CoversClass(snapshot_restored::class)]
final class pad_events_test extends \advanced_testcase {
    public function test_pad_events_log_the_pad_in_the_circles_context(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $context = \context_module::instance($circle->cmid);
        $user = $this->getDataGenerator()->create_user();
        $this->setUser($user);
        $sink = $this->redirectEvents();

        // Creating the circle pad logs its creation.
        $pad = \core\di::get(\mod_devcircle\pads\pad_service::class)->get_or_create_circle_pad((int) $circle->id, 'Zirkel');
        pad_viewed::create(['objectid' => $pad->get_id(), 'context' => $context, 'other' => ['padid' => $pad->get_id()]])
            ->trigger();
        snapshot_restored::create(['objectid' => 5, 'context' => $context, 'other' => ['padid' => $pad->get_id()]])->trigger();

        $events = $sink->get_events();
        $this->assertSame([pad_created::class, pad_viewed::class, snapshot_restored::class], array_map('get_class', $events));
        foreach ($events as $event) {
            $this->assertSame($context->id, (int) $event->contextid);
            $this->assertSame((int) $user->id, (int) $event->userid);
            $this->assertStringEndsWith('/mod/devcircle/pad.php', $event->get_url()->get_path(false));
            $this->assertSame($pad->get_id(), (int) $event->get_url()->param('id'));
            $this->assertNotEmpty($event->get_description());
            $this->assertNotEmpty($event::get_name());
        }
        $this->assertSame('r', $events[1]->crud);
        $this->assertSame('u', $events[2]->crud);
    }

    public function test_pad_events_need_the_pad(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $this->expectException(\coding_exception::class);
        pad_viewed::create(['objectid' => 1, 'context' => \context_module::instance($circle->cmid)]);
    }
}
