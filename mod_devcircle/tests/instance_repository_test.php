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

use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Loading a circle with its course and course module, by what pages, web services and
 * callbacks know of it; and the services being composed by Moodle's DI container.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\instance_repository
 * @covers     \mod_devcircle\instance
 * @covers     \mod_devcircle\local\hook_callbacks
 */
#[CoversClass(instance_repository::class)]
#[CoversClass(instance::class)]
#[CoversClass(\mod_devcircle\local\hook_callbacks::class)]
final class instance_repository_test extends \advanced_testcase {
    public function test_a_circle_is_found_by_its_course_module_id_session_and_pad(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id, 'name' => 'Dienstplan & mehr',
            'openmode' => 'embed', 'lockcam' => 1]);
        $session = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')->create_session(['devcircle' => $circle->id]);
        $pad = \core\di::get(pads\pad_service::class)->get_or_create_circle_pad((int) $circle->id, 'Dienstplan');
        $repository = \core\di::get(instance_repository::class);

        $found = [
            $repository->get_by_cmid((int) $circle->cmid),
            $repository->get_by_id((int) $circle->id),
            $repository->get_by_sessionid($session->get_id()),
            $repository->get_by_padid($pad->get_id()),
        ];

        foreach ($found as $instance) {
            $this->assertSame((int) $circle->id, $instance->get_instance_id());
            $this->assertSame((int) $circle->cmid, $instance->get_cm_id());
            $this->assertSame((int) $course->id, $instance->get_course_id());
            $this->assertSame('Dienstplan & mehr', $instance->get_name());
            $this->assertSame('Dienstplan &amp; mehr', $instance->get_formatted_name());
            $this->assertSame(instance::OPEN_EMBED, $instance->get_open_mode());
            $this->assertTrue($instance->get_lock_settings()['lockSettingsDisableCam']);
        }
        $this->assertSame([(int) $circle->id], $repository->ids_in_course((int) $course->id));
    }

    public function test_nothing_is_found_for_unknown_ids(): void {
        $this->resetAfterTest();
        $repository = \core\di::get(instance_repository::class);

        $this->assertNull($repository->get_by_cmid(987654));
        $this->assertNull($repository->get_by_id(987654));
        $this->assertNull($repository->get_by_sessionid(987654));
        $this->assertNull($repository->get_by_padid(987654));
    }

    public function test_an_instance_cannot_be_changed_through_what_it_hands_out(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course(['fullname' => 'Kurs']);
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id, 'name' => 'Zirkel']);
        $instance = \core\di::get(instance_repository::class)->get_by_id((int) $circle->id);

        $instance->get_record()->name = 'Geändert';
        $instance->get_course()->fullname = 'Geändert';

        $this->assertSame('Zirkel', $instance->get_name());
        $this->assertSame('Kurs', $instance->get_course()->fullname);
    }

    public function test_permissions_are_answered_for_the_user_given(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $student = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $instance = \core\di::get(instance_repository::class)->get_by_id((int) $circle->id);
        $this->setUser($teacher);

        $this->assertTrue($instance->can_join((int) $student->id));
        $this->assertFalse($instance->is_moderator((int) $student->id));
        $this->assertFalse($instance->can_manage_pads((int) $student->id));
        $this->assertTrue($instance->can_edit_pads((int) $student->id));
        $this->assertTrue($instance->is_moderator((int) $teacher->id));
        $this->assertTrue($instance->can_restore_snapshots((int) $teacher->id));
    }

    /**
     * The services entry points ask the container for.
     *
     * @return array
     */
    public static function services(): array {
        return array_map(fn($class) => [$class], [
            'webinar meetings' => webinar\meeting_service::class,
            'webinar sessions' => webinar\session_manager::class,
            'webinar recordings' => webinar\recording_service::class,
            'webinar callbacks' => webinar\callback_handler::class,
            'webinar lists' => webinar\session_overview::class,
            'webinar attendance export' => webinar\attendance_export::class,
            'pads' => pads\pad_service::class,
            'pad snapshots' => pads\snapshotter::class,
            'pad forms' => pads\pad_actions::class,
            'method templates' => pads\method_templates::class,
            'etherpad health check' => local\etherpad\health_check::class,
        ]);
    }

    /**
     * Every service is composed by the container.
     *
     * @dataProvider services
     * @param string $class the service
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('services')]
    public function test_every_service_is_composed_by_the_container(string $class): void {
        $this->resetAfterTest();
        $this->assertInstanceOf($class, \core\di::get($class));
    }

    public function test_the_http_transport_is_bound_in_the_container_and_can_be_replaced(): void {
        $this->resetAfterTest();
        // The cURL transport behind the circuit breaker.
        $this->assertInstanceOf(local\http\circuit_breaker::class, \core\di::get(local\http\transport::class));

        $scripted = new \mod_devcircle\tests\scripted_transport('{"currentVersion":"1.2.15"}');
        \core\di::set(local\http\transport::class, $scripted);
        set_config('etherpad_url', 'https://pad.example.org', 'mod_devcircle');
        set_config('etherpad_apikey', 'k', 'mod_devcircle');

        $this->assertSame('1.2.15', \core\di::get(local\etherpad\client::class)->get_api_version());
        $this->assertSame('https://pad.example.org/api', $scripted->requests[0]['url']);
    }
}
