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

namespace mod_devcircle\external;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

use PHPUnit\Framework\Attributes\CoversClass;
use core_external\external_api;
use mod_devcircle\local\pads\pad_service;
use mod_devcircle\local\pads\snapshotter;
use mod_devcircle\pad;
use mod_devcircle\pad_snapshot;

/**
 * The pad web services: list, last snapshot, method pad, restore — with their capability checks,
 * and never the API key in an answer.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\external\get_pads
 * @covers     \mod_devcircle\external\get_pad_snapshot
 * @covers     \mod_devcircle\external\create_method_pad
 * @covers     \mod_devcircle\external\restore_pad_snapshot
 */
#[CoversClass(\mod_devcircle\external\get_pads::class)]
#[CoversClass(\mod_devcircle\external\get_pad_snapshot::class)]
#[CoversClass(\mod_devcircle\external\create_method_pad::class)]
#[CoversClass(\mod_devcircle\external\restore_pad_snapshot::class)]
final class pad_services_test extends \externallib_advanced_testcase {
    use \mod_devcircle\tests\etherpad_helper;

    /** @var \stdClass the course */
    private \stdClass $course;
    /** @var \stdClass the circle */
    private \stdClass $circle;
    /** @var \stdClass a participant (student) */
    private \stdClass $student;
    /** @var \stdClass a moderator (editing teacher) */
    private \stdClass $teacher;

    /**
     * A course with a circle, a student and a teacher; Etherpad configured.
     *
     * @return void
     */
    private function setup_circle(): void {
        $this->resetAfterTest();
        $this->require_etherpad();
        $gen = $this->getDataGenerator();
        $this->course = $gen->create_course();
        $this->circle = $gen->create_module('devcircle', ['course' => $this->course->id, 'name' => 'Dienstplan']);
        $this->student = $gen->create_and_enrol($this->course, 'student');
        $this->teacher = $gen->create_and_enrol($this->course, 'editingteacher');
    }

    /**
     * Whether a value (an answer, recursively) contains the API key.
     *
     * @param mixed $value the answer
     * @return void
     */
    private function assert_no_key(mixed $value): void {
        $key = trim((string) getenv('DEVCIRCLE_TEST_ETHERPAD_APIKEY'));
        $this->assertStringNotContainsString($key, json_encode($value));
    }

    public function test_members_list_the_circles_pads(): void {
        $this->setup_circle();
        $service = pad_service::from_config();
        $service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan');
        $service->create_method_pad((int) $this->circle->id, 'scrum', 'en', '', (int) $this->teacher->id);
        $this->setUser($this->student);

        $result = external_api::clean_returnvalue(get_pads::execute_returns(), get_pads::execute((int) $this->circle->cmid));

        $this->assertSame(['circle', 'method'], array_column($result['pads'], 'kind'));
        $this->assertSame(['Dienstplan', 'Scrum'], array_column($result['pads'], 'name'));
        $this->assertSame('scrum', $result['pads'][1]['template']);
        $this->assert_no_key($result);
    }

    public function test_last_snapshot_is_cleaned_html_for_members(): void {
        $this->setup_circle();
        $service = pad_service::from_config();
        $pad = $service->ensure_remote($service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan'));
        $service->client()->set_html(
            (string) $pad->get_pad_id(),
            '<html><body><strong>Beschluss</strong><script>alert(1)</script></body></html>'
        );
        (new snapshotter($service))->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $this->setUser($this->student);

        $result = external_api::clean_returnvalue(
            get_pad_snapshot::execute_returns(),
            get_pad_snapshot::execute($pad->get_id())
        );

        $this->assertTrue($result['found']);
        $this->assertStringContainsString('<strong>Beschluss</strong>', $result['html']);
        $this->assertStringNotContainsString('<script', $result['html']);
        $this->assertNotEmpty($result['time']);
        $this->assert_no_key($result);
    }

    public function test_no_snapshot_yet_is_said_plainly(): void {
        $this->setup_circle();
        $pad = pad_service::from_config()->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan');
        $this->setUser($this->student);

        $result = external_api::clean_returnvalue(get_pad_snapshot::execute_returns(), get_pad_snapshot::execute($pad->get_id()));

        $this->assertFalse($result['found']);
        $this->assertSame('', $result['html']);
    }

    public function test_outsiders_see_no_snapshot(): void {
        $this->setup_circle();
        $pad = pad_service::from_config()->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan');
        $this->setUser($this->getDataGenerator()->create_user());

        $this->expectException(\require_login_exception::class);
        get_pad_snapshot::execute($pad->get_id());
    }

    public function test_moderators_start_method_pads_and_participants_may_not(): void {
        $this->setup_circle();
        $this->setUser($this->teacher);

        $result = external_api::clean_returnvalue(
            create_method_pad::execute_returns(),
            create_method_pad::execute((int) $this->circle->cmid, 'designthinking', 'de', 'Ideen für die Pflege')
        );

        $pad = pad::get_by_id($result['padid']);
        $this->assertSame('Ideen für die Pflege', $pad->get_name());
        $this->assertSame('designthinking', $pad->get_template());
        $this->assertStringContainsString('/mod/devcircle/pad.php?id=' . $pad->get_id(), $result['url']);

        $this->setUser($this->student);
        $this->expectException(\required_capability_exception::class);
        create_method_pad::execute((int) $this->circle->cmid, 'bmc', 'de', '');
    }

    public function test_unknown_template_is_refused_with_a_message(): void {
        $this->setup_circle();
        $this->setUser($this->teacher);
        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage(get_string('padunknowntemplate', 'mod_devcircle'));
        create_method_pad::execute((int) $this->circle->cmid, 'kanban', 'de', '');
    }

    public function test_moderators_restore_a_snapshot_and_participants_may_not(): void {
        $this->setup_circle();
        $service = pad_service::from_config();
        $pad = $service->ensure_remote($service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan'));
        $snapshotter = new snapshotter($service);
        $service->client()->set_text((string) $pad->get_pad_id(), "Gute Fassung\n");
        $good = $snapshotter->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $service->client()->set_text((string) $pad->get_pad_id(), "Kaputt\n");

        $this->setUser($this->teacher);
        $result = external_api::clean_returnvalue(
            restore_pad_snapshot::execute_returns(),
            restore_pad_snapshot::execute($good->get_id())
        );

        $this->assertStringContainsString('Gute Fassung', $service->client()->get_text((string) $pad->get_pad_id()));
        $this->assertSame((int) $this->teacher->id, pad_snapshot::get_by_id($result['snapshotid'])->get_user_id());

        $this->setUser($this->student);
        $this->expectException(\required_capability_exception::class);
        restore_pad_snapshot::execute($good->get_id());
    }

    public function test_restore_with_etherpad_down_gives_a_clean_message_and_keeps_the_snapshot(): void {
        $this->setup_circle();
        $service = pad_service::from_config();
        $pad = $service->ensure_remote($service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan'));
        $service->client()->set_text((string) $pad->get_pad_id(), "Gesichert\n");
        $good = (new snapshotter($service))->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $this->allow_outgoing_requests_to(self::down_url());
        set_config('etherpad_url', self::down_url(), 'mod_devcircle');
        $this->setUser($this->teacher);

        try {
            restore_pad_snapshot::execute($good->get_id());
            $this->fail('Expected an exception');
        } catch (\moodle_exception $e) {
            $this->assertSame('etherpad_unreachable', $e->errorcode);
            $this->assertStringStartsWith(get_string('etherpad_unreachable', 'mod_devcircle'), $e->getMessage());
        }
        $this->assertCount(1, pad_snapshot::get_history($pad->get_id()));
        $this->assertStringContainsString('Gesichert', pad_snapshot::get_latest($pad->get_id())->get_text());
    }
}
