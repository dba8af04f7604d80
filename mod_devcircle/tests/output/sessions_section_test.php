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

namespace mod_devcircle\output;

use mod_devcircle\attendance;
use mod_devcircle\instance;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Tests of the sessions section of a circle's page: what each role sees, and a constant number
 * of database queries whatever the number of sessions and attendance records.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\output\sessions_section
 */
#[CoversClass(sessions_section::class)]
final class sessions_section_test extends \advanced_testcase {
    /**
     * A circle with sessions and attendance.
     *
     * @param \stdClass $course the course
     * @param int $sessions how many sessions
     * @param \stdClass[] $people who attended every session
     * @return instance
     */
    private function circle(\stdClass $course, int $sessions, array $people): instance {
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_devcircle');
        for ($i = 0; $i < $sessions; $i++) {
            $session = $generator->create_session(['devcircle' => $circle->id, 'title' => "Sitzung $i"]);
            foreach ($people as $person) {
                attendance::record_join($session, (int) $person->id, attendance::ROLE_VIEWER);
            }
        }
        return instance::get_from_instanceid($circle->id);
    }

    /**
     * Renders the section and counts the database reads it took.
     *
     * @param instance $instance the circle
     * @param int $userid the viewer
     * @return array{0: string, 1: int}
     */
    private function render(instance $instance, int $userid): array {
        global $DB, $PAGE;
        $output = $PAGE->get_renderer('core');
        $before = $DB->perf_get_reads();
        $html = $output->render(new sessions_section($instance, $userid));
        return [$html, $DB->perf_get_reads() - $before];
    }

    public function test_each_role_sees_its_buttons_and_links(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $student = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $instance = $this->circle($course, 1, [$student]);

        $this->setUser($student);
        [$forstudent] = $this->render($instance, (int) $student->id);
        $this->setUser($teacher);
        [$forteacher] = $this->render($instance, (int) $teacher->id);

        $this->assertStringContainsString('data-action="join"', $forstudent);
        $this->assertStringNotContainsString('data-action="start"', $forstudent);
        $this->assertStringNotContainsString('/mod/devcircle/attendance.php', $forstudent);
        $this->assertStringNotContainsString('/mod/devcircle/session.php', $forstudent);
        $this->assertStringContainsString(get_string('youattended', 'mod_devcircle'), $forstudent);
        $this->assertStringContainsString('data-action="start"', $forteacher);
        $this->assertStringContainsString('data-action="end"', $forteacher);
        $this->assertStringContainsString('/mod/devcircle/attendance.php', $forteacher);
        $this->assertStringContainsString('/mod/devcircle/session.php?cmid=', $forteacher);
        $this->assertStringNotContainsString(get_string('youattended', 'mod_devcircle'), $forteacher);
    }

    public function test_queries_do_not_grow_with_sessions_or_attendance(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $people = [];
        for ($i = 0; $i < 10; $i++) {
            $people[] = $this->getDataGenerator()->create_and_enrol($course, 'student');
        }
        $small = $this->circle($course, 1, []);
        $big = $this->circle($course, 30, $people);
        $this->setUser($teacher);
        // Warm the caches (strings, capabilities, filters).
        $this->render($small, (int) $teacher->id);
        $this->render($big, (int) $teacher->id);

        [, $readssmall] = $this->render($small, (int) $teacher->id);
        [$html, $readsbig] = $this->render($big, (int) $teacher->id);

        $this->assertSame(30, substr_count($html, 'data-region="session"'));
        $this->assertSame($readssmall, $readsbig);
    }
}
