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

use mod_devcircle\instance_repository;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Tests of the webinar events: names, descriptions, links and what they carry.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\event\session_base
 * @covers     \mod_devcircle\event\session_started
 * @covers     \mod_devcircle\event\session_joined
 * @covers     \mod_devcircle\event\session_ended
 * @covers     \mod_devcircle\event\recording_viewed
 */
#[CoversClass(session_base::class)]
#[CoversClass(session_started::class)]
#[CoversClass(session_joined::class)]
#[CoversClass(session_ended::class)]
#[CoversClass(recording_viewed::class)]
final class webinar_events_test extends \advanced_testcase {
    public function test_every_webinar_event_names_the_session_circle_and_page(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $session = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')->create_session(['devcircle' => $circle->id]);
        $instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $user = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $this->setUser($user);
        $sink = $this->redirectEvents();

        session_started::create_from_session($instance, $session)->trigger();
        session_joined::create_from_session($instance, $session, 'viewer')->trigger();
        session_ended::create_from_session($instance, $session)->trigger();
        recording_viewed::create_from_recording($instance, $session, 'rec-1')->trigger();

        $events = $sink->get_events();
        $sink->close();
        $this->assertSame(
            [session_started::class, session_joined::class, session_ended::class, recording_viewed::class],
            array_map('get_class', $events)
        );
        foreach ($events as $event) {
            $this->assertEquals($session->get_id(), $event->objectid);
            $this->assertEquals($circle->id, $event->other['circleid']);
            $this->assertEquals($instance->get_context(), $event->get_context());
            $this->assertEquals(new \moodle_url('/mod/devcircle/view.php', ['id' => $circle->cmid]), $event->get_url());
            $this->assertNotEmpty($event->get_name());
            $this->assertStringContainsString("'{$session->get_id()}'", $event->get_description());
            $this->assertEventContextNotUsed($event);
        }
        $this->assertSame('viewer', $events[1]->other['role']);
        $this->assertSame('rec-1', $events[3]->other['recordid']);
        $this->assertStringContainsString('rec-1', $events[3]->get_description());
        $this->assertSame(['db' => 'devcircle_sessions', 'restore' => 'devcircle_session'], session_ended::get_objectid_mapping());
    }

    public function test_a_session_event_needs_the_circle(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);

        $this->expectException(\coding_exception::class);
        session_started::create(['context' => \context_module::instance($circle->cmid), 'objectid' => 1]);
    }

    public function test_the_event_list_report_shows_every_event_and_no_abstract_base(): void {
        global $CFG;
        require_once($CFG->dirroot . '/report/eventlist/classes/list_generator.php');
        $this->resetAfterTest();

        $events = array_keys(array_filter(
            \report_eventlist_list_generator::get_all_events_list(true),
            fn($info, $name) => str_starts_with($name, '\\mod_devcircle\\'),
            ARRAY_FILTER_USE_BOTH
        ));
        sort($events);

        $this->assertSame([
            '\\mod_devcircle\\event\\course_module_instance_list_viewed',
            '\\mod_devcircle\\event\\course_module_viewed',
            '\\mod_devcircle\\event\\pad_created',
            '\\mod_devcircle\\event\\pad_viewed',
            '\\mod_devcircle\\event\\recording_viewed',
            '\\mod_devcircle\\event\\session_ended',
            '\\mod_devcircle\\event\\session_joined',
            '\\mod_devcircle\\event\\session_started',
            '\\mod_devcircle\\event\\snapshot_restored',
        ], $events);
        // Abstract bases share one naming pattern.
        foreach (glob($CFG->dirroot . '/mod/devcircle/classes/event/*.php') as $file) {
            $class = '\\mod_devcircle\\event\\' . basename($file, '.php');
            $this->assertSame(
                str_ends_with($class, '_base'),
                (new \ReflectionClass($class))->isAbstract(),
                "$class: abstract event classes, and only they, end in _base"
            );
        }
    }
}
