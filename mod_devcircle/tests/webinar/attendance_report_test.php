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

namespace mod_devcircle\webinar;

use mod_devcircle\instance_repository;
use mod_devcircle\output\attendance_page;
use mod_devcircle\tests\escaping_assertions;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Tests of attendance records, the reports per session and per circle and their export.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\webinar\attendance_repository
 * @covers     \mod_devcircle\webinar\attendance_report
 * @covers     \mod_devcircle\webinar\attendance_export
 * @covers     \mod_devcircle\webinar\session_calendar
 * @covers     \mod_devcircle\output\attendance_page
 */
#[CoversClass(attendance_repository::class)]
#[CoversClass(attendance_report::class)]
#[CoversClass(attendance_export::class)]
#[CoversClass(session_calendar::class)]
#[CoversClass(\mod_devcircle\output\attendance_page::class)]
final class attendance_report_test extends \advanced_testcase {
    use escaping_assertions;

    /**
     * The attendance records.
     *
     * @return attendance_repository
     */
    private function attendance(): attendance_repository {
        return \core\di::get(attendance_repository::class);
    }

    public function test_reports_group_people_by_organisation_with_their_sessions(): void {
        global $DB, $PAGE;
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $generator = $this->getDataGenerator()->get_plugin_generator('mod_devcircle');
        $first = $generator->create_session(['devcircle' => $circle->id, 'title' => 'Auftakt']);
        $second = $generator->create_session(['devcircle' => $circle->id, 'title' => 'Rückblick']);
        $anna = $this->getDataGenerator()->create_user(['firstname' => 'Anna', 'lastname' => 'Albers',
            'institution' => 'Caritas Sozialstation Nord']);
        $ben = $this->getDataGenerator()->create_user(['firstname' => 'Ben', 'lastname' => 'Brandt',
            'institution' => 'Caritas Sozialstation Nord']);
        $clara = $this->getDataGenerator()->create_user(['firstname' => 'Clara', 'lastname' => 'Claßen', 'institution' => '']);
        $maria = $this->getDataGenerator()->create_user(['firstname' => 'Maria', 'lastname' => 'Moderatorin',
            'institution' => 'Akademie']);
        if ($DB->get_manager()->table_exists('local_digitalstrategy_org')) {
            // A membership wins over the profile's institution.
            $orgid = $DB->insert_record('local_digitalstrategy_org', (object) ['name' => 'Lebenshilfe Werkstätten Süd',
                'idnumber' => 'LWS', 'location' => '', 'fieldofwork' => 'other', 'pilot' => 1, 'archived' => 0,
                'timecreated' => time(), 'timemodified' => time(), 'usermodified' => 0]);
            $DB->insert_record('local_digitalstrategy_member', (object) ['orgid' => $orgid, 'userid' => $clara->id,
                'role' => 'staff', 'timecreated' => time(), 'timemodified' => time(), 'usermodified' => 0]);
            $claraorg = 'Lebenshilfe Werkstätten Süd';
        } else {
            $claraorg = '';
        }
        $this->attendance()->record_join($first, $maria->id, attendance_repository::ROLE_MODERATOR, 1000);
        $this->attendance()->record_join($first, $anna->id, attendance_repository::ROLE_VIEWER, 1010);
        $this->attendance()->record_join($first, $anna->id, attendance_repository::ROLE_VIEWER, 1500);
        $this->attendance()->record_join($first, $clara->id, attendance_repository::ROLE_VIEWER, 1020);
        $this->attendance()->record_join($second, $anna->id, attendance_repository::ROLE_VIEWER, 5000);
        $this->attendance()->record_join($second, $ben->id, attendance_repository::ROLE_VIEWER, 5010);
        $this->attendance()->close_session($first->get_id(), 3000);
        $this->setAdminUser();
        $instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $report = \core\di::get(attendance_report::class);

        $circlerows = $report->for_circle($instance, true);
        $sessionrows = $report->for_session($first, true);

        $this->assertSame(2, $this->attendance()->count_sessions_attended($circle->id, $anna->id));
        $groups = attendance_report::group_by_organisation($circlerows);
        $this->assertSame(
            ['Anna Albers' => 2, 'Ben Brandt' => 1],
            array_column($groups['Caritas Sozialstation Nord'], 'sessions', 'fullname')
        );
        $this->assertSame(
            ['Caritas Sozialstation Nord', 2],
            [array_keys($groups)[1] ?? '', count($groups['Caritas Sozialstation Nord'])]
        );
        $this->assertArrayHasKey($claraorg, $groups);
        $this->assertSame(['Maria Moderatorin'], array_column($groups['Akademie'], 'fullname'));
        $this->assertSame(attendance_repository::ROLE_MODERATOR, $groups['Akademie'][0]->role);
        $anna1 = array_values(array_filter($sessionrows, fn($r) => $r->id == $anna->id))[0];
        $this->assertSame(2, $anna1->joins);
        $this->assertSame(1010, $anna1->firstjoined);
        $this->assertSame(3000, $anna1->timeleft);
        $this->assertCount(3, $sessionrows);

        $sessions = \core\di::get(session_repository::class)->list_for_circle($instance->get_instance_id());
        $export = \core\di::get(attendance_export::class);
        [$columns, $rows] = $export->table($instance, $sessions, null, true);
        $this->assertCount(4 + 2, $columns);
        $annarow = array_values(array_filter($rows, fn($r) => $r[1] === 'Anna Albers'))[0];
        $this->assertSame(['Caritas Sozialstation Nord', 'Anna Albers', get_string('role_viewer', 'mod_devcircle'), 2,
            get_string('yes'), get_string('yes')], $annarow);
        [$columns, $rows] = $export->table($instance, $sessions, $first, true);
        $this->assertCount(6, $columns);
        $this->assertCount(3, $rows);

        $html = $PAGE->get_renderer('core')->render(new attendance_page($instance, $sessions, $circlerows));
        $this->assertStringContainsString('Caritas Sozialstation Nord', $html);
        $this->assertStringContainsString('Anna Albers', $html);
        $this->assertStringContainsString('name="download"', $html);
    }

    public function test_titles_names_and_organisations_are_shown_as_stored(): void {
        global $PAGE;
        $this->resetAfterTest();
        $this->setAdminUser();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $title = self::tricky_name('Sitzung');
        $session = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')
            ->create_session(['devcircle' => $circle->id, 'title' => $title]);
        $organisation = self::tricky_name('Träger');
        $user = $this->getDataGenerator()->create_user(['firstname' => 'Zoë "Zo"', 'lastname' => 'O\'Neill & Söhne',
            'institution' => $organisation]);
        $this->attendance()->record_join($session, $user->id, attendance_repository::ROLE_VIEWER);
        $instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $sessions = \core\di::get(session_repository::class)->list_for_circle($instance->get_instance_id());
        $report = \core\di::get(attendance_report::class);
        $output = $PAGE->get_renderer('core');

        $forcircle = $output->render(new attendance_page($instance, $sessions, $report->for_circle($instance, true)));
        $forsession = $output->render(new attendance_page($instance, $sessions, $report->for_session($session, true), $session));

        foreach (['the report of the circle' => $forcircle, 'the report of the session' => $forsession] as $where => $html) {
            $this->assert_shown_once($title, $html, $where);
            $this->assert_shown_once($organisation, $html, $where);
            $this->assert_shown_once('Zoë "Zo" O\'Neill & Söhne', $html, $where);
        }
    }

    public function test_course_reset_deletes_attendance_and_keeps_sessions(): void {
        global $CFG, $DB;
        require_once($CFG->dirroot . '/mod/devcircle/lib.php');
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $session = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')
            ->create_session(['devcircle' => $circle->id, 'timestart' => 100000]);
        $user = $this->getDataGenerator()->create_user();
        $this->attendance()->record_join($session, $user->id, attendance_repository::ROLE_VIEWER);

        $status = devcircle_reset_userdata((object) ['courseid' => $course->id, 'reset_devcircle_attendance' => 1,
            'timeshift' => 3600]);

        $this->assertCount(2, $status);
        $this->assertSame(0, $DB->count_records(attendance_repository::TABLE));
        $this->assertEquals(103600, $DB->get_field(session::TABLE, 'timestart', ['id' => $session->get_id()]));
        $this->assertEquals(103600, $DB->get_field('event', 'timestart', ['modulename' => 'devcircle',
            'instance' => $circle->id, 'eventtype' => 'session']));
    }

    public function test_sessions_appear_in_the_course_calendar_and_follow_changes(): void {
        global $CFG, $DB;
        require_once($CFG->dirroot . '/mod/devcircle/lib.php');
        $this->resetAfterTest();
        $this->setAdminUser();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $session = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')
            ->create_session(['devcircle' => $circle->id, 'title' => 'Auftakt', 'timestart' => 2000000000, 'duration' => 5400]);

        $event = $DB->get_record('event', ['modulename' => 'devcircle', 'instance' => $circle->id], '*', MUST_EXIST);
        $this->assertSame('Auftakt', $event->name);
        $this->assertEquals($course->id, $event->courseid);
        $this->assertEquals(5400, $event->timeduration);

        $manager = \core\di::get(session_manager::class);
        $manager->update($instance, $session, (object) ['title' => 'Auftakt (verschoben)',
            'timestart' => 2000086400, 'duration' => 3600], (int) get_admin()->id);
        $event = $DB->get_record('event', ['modulename' => 'devcircle', 'instance' => $circle->id], '*', MUST_EXIST);
        $this->assertSame('Auftakt (verschoben)', $event->name);
        $this->assertEquals(2000086400, $event->timestart);

        $DB->delete_records('event', ['id' => $event->id]);
        devcircle_refresh_events($course->id);
        $this->assertSame(1, $DB->count_records('event', ['modulename' => 'devcircle', 'instance' => $circle->id]));

        $manager->delete($instance, \core\di::get(session_repository::class)->get_by_id($session->get_id()));
        $this->assertSame(0, $DB->count_records('event', ['modulename' => 'devcircle', 'instance' => $circle->id]));
    }
}
