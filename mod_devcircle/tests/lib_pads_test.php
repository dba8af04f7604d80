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

use PHPUnit\Framework\Attributes\CoversFunction;
use mod_devcircle\pads\pad;
use mod_devcircle\pads\pad_service;
use mod_devcircle\pads\pad_snapshot;
use mod_devcircle\pads\snapshotter;

/**
 * The pads in the circle's life cycle: deleting the activity and resetting the course.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     ::devcircle_delete_instance
 * @covers     ::devcircle_reset_userdata
 * @covers     ::devcircle_reset_course_form_defaults
 */
#[CoversFunction('devcircle_delete_instance')]
#[CoversFunction('devcircle_reset_userdata')]
#[CoversFunction('devcircle_reset_course_form_defaults')]
final class lib_pads_test extends \advanced_testcase {
    use \mod_devcircle\tests\etherpad_helper;

    /**
     * Loads the module library.
     */
    public static function setUpBeforeClass(): void {
        global $CFG;
        require_once($CFG->dirroot . '/mod/devcircle/lib.php');
        parent::setUpBeforeClass();
    }

    /**
     * A course with a circle whose circle pad holds text and a snapshot.
     *
     * @return array{0: \stdClass, 1: \stdClass, 2: pad, 3: pad_service}
     */
    private function circle_with_pad(): array {
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->require_etherpad();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $service = \core\di::get(pad_service::class);
        $pad = $service->ensure_remote($service->get_or_create_circle_pad((int) $circle->id, 'Zirkel'));
        $service->client()->set_text((string) $pad->get_pad_id(), "Text\n");
        \core\di::get(snapshotter::class)->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        return [$course, $circle, $pad, $service];
    }

    public function test_deleting_the_activity_deletes_its_pads_here_and_in_etherpad(): void {
        global $DB;
        [, $circle, $pad, $service] = $this->circle_with_pad();

        course_delete_module($circle->cmid);

        $this->assertFalse($DB->record_exists('devcircle_pads', ['devcircle' => $circle->id]));
        $this->assertFalse($DB->record_exists('devcircle_pad_snapshots', ['pad' => $pad->get_id()]));
        $this->assertFalse($service->client()->pad_exists((string) $pad->get_pad_id()));
    }

    public function test_course_reset_keeps_pads_unless_asked_to_delete_them(): void {
        global $DB;
        [$course, $circle, $pad, $service] = $this->circle_with_pad();
        $this->assertSame(0, devcircle_reset_course_form_defaults($course)['reset_devcircle_pads']);

        devcircle_reset_userdata((object) ['courseid' => $course->id, 'reset_devcircle_pads' => 0]);
        $this->assertTrue($DB->record_exists('devcircle_pads', ['id' => $pad->get_id()]));

        $status = devcircle_reset_userdata((object) ['courseid' => $course->id, 'reset_devcircle_pads' => 1]);
        $this->assertContains(get_string('resetpads', 'mod_devcircle'), array_column($status, 'item'));
        $this->assertFalse($DB->record_exists('devcircle_pads', ['devcircle' => $circle->id]));
        $this->assertFalse($service->client()->pad_exists((string) $pad->get_pad_id()));
    }
}
