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

use local_digitalstrategy\local\plural;
use mod_devcircle\instance;
use mod_devcircle\instance_repository;
use mod_devcircle\tests\escaping_assertions;
use mod_devcircle\webinar\attendance_repository;
use mod_devcircle\webinar\session_overview;
use mod_devcircle\webinar\session_repository;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Tests of the lists of sessions: what each role sees; the circle's page shows the running and
 * next sessions only, with links to the others, so that its size and its database queries do
 * not grow with the number of sessions and attendance records; the page of all sessions shows
 * them a page at a time.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\output\sessions_section
 * @covers     \mod_devcircle\webinar\session_overview
 * @covers     \mod_devcircle\webinar\session_list
 */
#[CoversClass(sessions_section::class)]
#[CoversClass(session_overview::class)]
#[CoversClass(\mod_devcircle\webinar\session_list::class)]
final class sessions_section_test extends \advanced_testcase {
    use escaping_assertions;

    /**
     * A circle with sessions, one a week from a start, and attendance.
     *
     * @param \stdClass $course the course
     * @param int $sessions how many sessions
     * @param \stdClass[] $people who attended every session
     * @param int $firststart the start of the first session
     * @return instance
     */
    private function circle(\stdClass $course, int $sessions, array $people, ?int $firststart = null): instance {
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_devcircle');
        $attendance = \core\di::get(attendance_repository::class);
        $firststart ??= time() + DAYSECS;
        for ($i = 0; $i < $sessions; $i++) {
            $session = $generator->create_session(['devcircle' => $circle->id, 'title' => "Sitzung $i",
                'timestart' => $firststart + $i * WEEKSECS, 'duration' => HOURSECS]);
            foreach ($people as $person) {
                $attendance->record_join($session, (int) $person->id, attendance_repository::ROLE_VIEWER);
            }
        }
        return \core\di::get(instance_repository::class)->get_by_id($circle->id);
    }

    /**
     * Renders a list of sessions as a page does and counts the database reads it took.
     *
     * @param instance $instance the circle
     * @param int $userid the viewer
     * @param string|null $which null for the circle's page, else the list and page of sessions
     * @param int $page the page of the list
     * @return array{0: string, 1: int}
     */
    private function render(instance $instance, int $userid, ?string $which = null, int $page = 0): array {
        global $DB, $PAGE;
        $output = $PAGE->get_renderer('core');
        $before = $DB->perf_get_reads();
        $overview = \core\di::get(session_overview::class);
        $list = $which === null ? $overview->for_circle_page($instance, $userid)
            : $overview->page($instance, $userid, $which, $page);
        $html = $output->render(new sessions_section($instance, $list, $userid, time(), $which));
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

    public function test_the_circle_page_shows_the_next_sessions_and_links_to_the_others(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        // Ten sessions over, eight to come.
        $instance = $this->circle($course, 18, [], time() - 10 * WEEKSECS);
        $this->setUser($teacher);

        [$html] = $this->render($instance, (int) $teacher->id);

        $this->assertSame(session_overview::ON_CIRCLE_PAGE, substr_count($html, 'data-region="session"'));
        $this->assertStringContainsString('>Sitzung 10<', $html, 'the next session first');
        $this->assertStringNotContainsString('>Sitzung 9<', $html, 'sessions that are over are not on the circle page');
        $more = 8 - session_overview::ON_CIRCLE_PAGE;
        $this->assertStringContainsString(plural::get_string('sessionsmoreupcoming', 'mod_devcircle', $more), $html);
        $this->assertStringContainsString(get_string('sessionspast', 'mod_devcircle', 10), $html);
        $this->assertStringContainsString('/mod/devcircle/sessions.php?id=' . $instance->get_cm_id() . '&amp;list=past', $html);
    }

    public function test_a_circle_whose_sessions_are_all_over_says_so_and_links_to_them(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $student = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $instance = $this->circle($course, 4, [], time() - 5 * WEEKSECS);
        $this->setUser($student);

        [$html] = $this->render($instance, (int) $student->id);

        $this->assertSame(0, substr_count($html, 'data-region="session"'));
        $this->assertStringContainsString(get_string('nosessionsupcoming', 'mod_devcircle'), $html);
        $this->assertStringContainsString(get_string('sessionspast', 'mod_devcircle', 4), $html);
        $this->assertStringNotContainsString('data-region="mod_devcircle-moreupcoming"', $html);
    }

    public function test_the_list_of_sessions_shows_a_page_of_those_to_come_or_of_those_that_are_over(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $student = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $instance = $this->circle($course, 25, [], time() - 12 * WEEKSECS);
        $this->setUser($student);

        [$past] = $this->render($instance, (int) $student->id, session_overview::PAST);
        [$pastpage2] = $this->render($instance, (int) $student->id, session_overview::PAST, 1);
        [$upcoming] = $this->render($instance, (int) $student->id, session_overview::UPCOMING);

        $this->assertSame(10, substr_count($past, 'data-region="session"'));
        $this->assertStringContainsString('>Sitzung 11<', $past, 'the latest session that is over first');
        $this->assertStringContainsString('>Sitzung 0<', $pastpage2 . $this->render(
            $instance,
            (int) $student->id,
            session_overview::PAST,
            2
        )[0]);
        $this->assertStringContainsString(get_string('status_past', 'mod_devcircle'), $past);
        $this->assertSame(10, substr_count($upcoming, 'data-region="session"'));
        $this->assertStringContainsString('>Sitzung 12<', $upcoming);
        $this->assertStringNotContainsString('data-region="mod_devcircle-pastsessions"', $upcoming, 'the tabs link the lists');
    }

    public function test_a_running_session_stays_on_the_circle_page_after_its_planned_end(): void {
        global $DB;
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $instance = $this->circle($course, 1, [], time() - 3 * HOURSECS);
        $session = array_values(\core\di::get(session_repository::class)->list_for_circle($instance->get_instance_id()))[0];
        $DB->set_field('devcircle_sessions', 'timestarted', time() - 3 * HOURSECS, ['id' => $session->get_id()]);
        $this->setUser($teacher);

        [$html] = $this->render($instance, (int) $teacher->id);

        $this->assertSame(1, substr_count($html, 'data-region="session"'));
        $this->assertStringContainsString('data-open="1"', $html);
    }

    public function test_an_ended_session_offers_no_start_or_join_and_counts_who_took_part(): void {
        global $DB;
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $students = [
            $this->getDataGenerator()->create_and_enrol($course, 'student'),
            $this->getDataGenerator()->create_and_enrol($course, 'student'),
        ];
        // Still within its planned time (so on the circle's page), but held and ended already.
        $instance = $this->circle($course, 1, $students, time() - HOURSECS / 2);
        $session = array_values(\core\di::get(session_repository::class)->list_for_circle($instance->get_instance_id()))[0];
        $DB->update_record('devcircle_sessions', (object) ['id' => $session->get_id(),
            'timestarted' => time() - HOURSECS / 2, 'timeended' => time() - 60]);

        $this->setUser($teacher);
        [$forteacher] = $this->render($instance, (int) $teacher->id);
        $this->setUser($students[0]);
        [$forstudent] = $this->render($instance, (int) $students[0]->id);

        $this->assertMatchesRegularExpression('~<button[^>]*data-action="start"[^>]*hidden~', $forteacher);
        $this->assertMatchesRegularExpression('~<button[^>]*data-action="join"[^>]*hidden~', $forstudent);
        $this->assertStringContainsString(get_string('attendeecount', 'mod_devcircle', 2), $forteacher);
    }

    public function test_the_circle_page_does_not_grow_with_sessions_or_attendance(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $people = [];
        for ($i = 0; $i < 10; $i++) {
            $people[] = $this->getDataGenerator()->create_and_enrol($course, 'student');
        }
        $small = $this->circle($course, session_overview::ON_CIRCLE_PAGE, []);
        $big = $this->circle($course, 50, $people, time() - 25 * WEEKSECS);
        $this->setUser($teacher);
        // Warm the caches (strings, capabilities, filters).
        $this->render($small, (int) $teacher->id);
        $this->render($big, (int) $teacher->id);

        [$smallhtml, $readssmall] = $this->render($small, (int) $teacher->id);
        [$bightml, $readsbig] = $this->render($big, (int) $teacher->id);

        $this->assertSame(session_overview::ON_CIRCLE_PAGE, substr_count($bightml, 'data-region="session"'));
        $this->assertSame($readssmall, $readsbig);
        // The same sessions shown, plus the links to the others and attendance counts of two digits.
        $this->assertLessThan(strlen($smallhtml) + 1024, strlen($bightml));
    }

    public function test_titles_are_shown_as_stored(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $student = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $title = self::tricky_name('Sitzung');
        $this->getDataGenerator()->get_plugin_generator('mod_devcircle')->create_session(['devcircle' => $circle->id,
            'title' => $title, 'agenda' => '<p>Rückblick &amp; Ausblick</p>']);
        $instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $this->setUser($student);

        [$html] = $this->render($instance, (int) $student->id);

        $this->assert_shown_once($title, $html, 'the sessions section');
        $this->assert_shown_once('Rückblick & Ausblick', $html, 'the sessions section');
    }
}
