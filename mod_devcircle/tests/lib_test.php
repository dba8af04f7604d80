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

namespace mod_devcircle;

use mod_devcircle\event\course_module_instance_list_viewed;
use mod_devcircle\event\course_module_viewed;
use mod_devcircle\output\view_page;
use mod_devcircle\instance_repository;
use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\CoversFunction;

/**
 * Tests of the module's library functions: creating, viewing, updating and deleting circles.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     ::devcircle_supports
 * @covers     ::devcircle_add_instance
 * @covers     ::devcircle_update_instance
 * @covers     ::devcircle_delete_instance
 * @covers     ::devcircle_get_coursemodule_info
 * @covers     ::devcircle_view
 * @covers     \mod_devcircle\event\course_module_viewed
 * @covers     \mod_devcircle\event\course_module_instance_list_viewed
 * @covers     \mod_devcircle\output\view_page
 */
#[CoversFunction('devcircle_supports')]
#[CoversFunction('devcircle_add_instance')]
#[CoversFunction('devcircle_update_instance')]
#[CoversFunction('devcircle_delete_instance')]
#[CoversFunction('devcircle_get_coursemodule_info')]
#[CoversFunction('devcircle_view')]
#[CoversClass(course_module_viewed::class)]
#[CoversClass(course_module_instance_list_viewed::class)]
#[CoversClass(view_page::class)]
final class lib_test extends \advanced_testcase {
    /**
     * Loads the module library.
     */
    public static function setUpBeforeClass(): void {
        global $CFG;
        require_once($CFG->dirroot . '/mod/devcircle/lib.php');
        require_once($CFG->libdir . '/completionlib.php');
        parent::setUpBeforeClass();
    }

    public function test_generator_adds_a_circle_to_a_course(): void {
        global $DB;
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();

        $circle = $this->getDataGenerator()->create_module('devcircle', [
            'course' => $course->id,
            'name' => 'Dienstplan digital',
        ]);

        $record = $DB->get_record('devcircle', ['id' => $circle->id], '*', MUST_EXIST);
        $this->assertSame('Dienstplan digital', $record->name);
        $this->assertEquals($course->id, $record->course);
        $this->assertGreaterThan(0, (int) $record->timecreated);
        $cm = get_fast_modinfo($course)->get_cm($circle->cmid);
        $this->assertSame('devcircle', $cm->modname);
        $this->assertSame('Dienstplan digital', $cm->name);
    }

    public function test_course_page_shows_the_description_only_when_asked_to(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $shown = $this->getDataGenerator()->create_module(
            'devcircle',
            ['course' => $course->id, 'intro' => 'Wir planen gemeinsam.'],
            ['showdescription' => 1]
        );
        $hidden = $this->getDataGenerator()->create_module(
            'devcircle',
            ['course' => $course->id, 'intro' => 'Nicht auf der Kursseite.'],
            ['showdescription' => 0]
        );

        $modinfo = get_fast_modinfo($course);

        $this->assertStringContainsString('Wir planen gemeinsam.', $modinfo->get_cm($shown->cmid)->content);
        $this->assertSame('', (string) $modinfo->get_cm($hidden->cmid)->content);
    }

    public function test_viewing_triggers_the_event_and_completes_the_activity(): void {
        global $CFG;
        $this->resetAfterTest();
        $CFG->enablecompletion = 1;
        $course = $this->getDataGenerator()->create_course(['enablecompletion' => 1]);
        $circle = $this->getDataGenerator()->create_module(
            'devcircle',
            ['course' => $course->id],
            ['completion' => COMPLETION_TRACKING_AUTOMATIC, 'completionview' => COMPLETION_VIEW_REQUIRED]
        );
        $user = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $this->setUser($user);
        $cm = get_fast_modinfo($course)->get_cm($circle->cmid);
        $context = \context_module::instance($cm->id);
        $sink = $this->redirectEvents();

        devcircle_view($circle, $course, $cm, $context);

        $events = array_values(array_filter(
            $sink->get_events(),
            fn($e) => $e instanceof course_module_viewed
        ));
        $sink->close();
        $this->assertCount(1, $events);
        $event = $events[0];
        $this->assertEquals($context, $event->get_context());
        $this->assertEquals($circle->id, $event->objectid);
        $this->assertEquals($user->id, $event->userid);
        $this->assertEquals(new \moodle_url('/mod/devcircle/view.php', ['id' => $cm->id]), $event->get_url());
        $this->assertSame(get_string('eventcoursemoduleviewed', 'mod_devcircle'), $event->get_name());
        $this->assertEventContextNotUsed($event);

        $completion = new \completion_info($course);
        $this->assertEquals(COMPLETION_COMPLETE, $completion->get_data($cm, false, $user->id)->completionstate);
    }

    public function test_instance_list_event_names_the_module(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $sink = $this->redirectEvents();

        course_module_instance_list_viewed::create(['context' => \context_course::instance($course->id)])->trigger();

        $events = $sink->get_events();
        $sink->close();
        $this->assertCount(1, $events);
        $this->assertSame(get_string('eventcoursemoduleinstancelistviewed', 'mod_devcircle'), $events[0]->get_name());
        $this->assertEquals(new \moodle_url('/mod/devcircle/index.php', ['id' => $course->id]), $events[0]->get_url());
    }

    public function test_update_changes_the_name_and_delete_removes_the_circle(): void {
        global $DB;
        $this->resetAfterTest();
        $this->setAdminUser();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);

        $this->assertTrue(devcircle_update_instance((object) [
            'instance' => $circle->id,
            'coursemodule' => $circle->cmid,
            'name' => 'Verwaltung 4.0',
            'intro' => '',
            'introformat' => FORMAT_HTML,
        ]));
        $this->assertSame('Verwaltung 4.0', $DB->get_field('devcircle', 'name', ['id' => $circle->id]));

        course_delete_module($circle->cmid);
        $this->assertFalse($DB->record_exists('devcircle', ['id' => $circle->id]));
        $this->assertFalse(devcircle_delete_instance($circle->id));
    }

    public function test_supports_only_the_features_it_implements(): void {
        $this->assertSame(MOD_PURPOSE_COLLABORATION, devcircle_supports(FEATURE_MOD_PURPOSE));
        $this->assertSame(MOD_ARCHETYPE_OTHER, devcircle_supports(FEATURE_MOD_ARCHETYPE));
        $this->assertTrue(devcircle_supports(FEATURE_MOD_INTRO));
        $this->assertTrue(devcircle_supports(FEATURE_SHOW_DESCRIPTION));
        $this->assertTrue(devcircle_supports(FEATURE_COMPLETION_TRACKS_VIEWS));
        $this->assertFalse(devcircle_supports(FEATURE_GRADE_HAS_GRADE));
        $this->assertTrue(devcircle_supports(FEATURE_BACKUP_MOODLE2));
        $this->assertTrue(devcircle_supports(FEATURE_COMPLETION_HAS_RULES));
    }

    public function test_capabilities_exist_with_their_archetypes(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $student = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $outsider = $this->getDataGenerator()->create_user();
        $modcontext = \context_module::instance($circle->cmid);
        $coursecontext = \context_course::instance($course->id);

        $this->assertNotEmpty(get_capability_info('mod/devcircle:addinstance'));
        $this->assertNotEmpty(get_capability_info('mod/devcircle:view'));
        $this->assertTrue(has_capability('mod/devcircle:view', $modcontext, $student));
        $this->assertFalse(has_capability('mod/devcircle:view', $modcontext, $outsider));
        $this->assertTrue(has_capability('mod/devcircle:addinstance', $coursecontext, $teacher));
        $this->assertFalse(has_capability('mod/devcircle:addinstance', $coursecontext, $student));
    }

    public function test_view_page_renders_its_region_for_the_front_end(): void {
        global $PAGE;
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $this->setUser($this->getDataGenerator()->create_and_enrol($course, 'student'));
        $instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $output = $PAGE->get_renderer('core');
        $userid = (int) $GLOBALS['USER']->id;
        $sessions = \core\di::get(\mod_devcircle\webinar\session_overview::class)->for_circle_page($instance, $userid);

        $html = $output->render(new view_page(
            (int) $circle->cmid,
            (int) $circle->id,
            [new \mod_devcircle\output\sessions_section($instance, $sessions, $userid, time())]
        ));

        $this->assertStringContainsString('data-region="mod_devcircle-view"', $html);
        $this->assertStringContainsString('data-cmid="' . $circle->cmid . '"', $html);
        $this->assertStringContainsString('data-region="mod_devcircle-sessions"', $html);
        $this->assertStringContainsString(get_string('nosessions', 'mod_devcircle'), $html);
    }
}
