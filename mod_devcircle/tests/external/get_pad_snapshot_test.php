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
use mod_devcircle\pads\pad_service;
use mod_devcircle\pads\pad_snapshot;
use mod_devcircle\pads\snapshot_repository;
use mod_devcircle\pads\snapshotter;

/**
 * The one pad web service: the last snapshot of a pad, which the pad page shows read-only when
 * the pad does not load — cleaned HTML or plain text, for members only, never the API key.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\external\get_pad_snapshot
 */
#[CoversClass(\mod_devcircle\external\get_pad_snapshot::class)]
final class get_pad_snapshot_test extends \externallib_advanced_testcase {
    use \mod_devcircle\tests\etherpad_helper;

    /** @var \stdClass the course */
    private \stdClass $course;
    /** @var \stdClass the circle */
    private \stdClass $circle;
    /** @var \stdClass a participant (student) */
    private \stdClass $student;

    /**
     * A course with a circle and a student; Etherpad configured.
     *
     * @return pad_service
     */
    private function setup_circle(): pad_service {
        $this->resetAfterTest();
        $this->require_etherpad();
        $gen = $this->getDataGenerator();
        $this->course = $gen->create_course();
        $this->circle = $gen->create_module('devcircle', ['course' => $this->course->id, 'name' => 'Dienstplan']);
        $this->student = $gen->create_and_enrol($this->course, 'student');
        return \core\di::get(pad_service::class);
    }

    /**
     * Calls the service as the AJAX endpoint does.
     *
     * @param int $padid the pad
     * @return array
     */
    private function call(int $padid): array {
        return external_api::clean_returnvalue(get_pad_snapshot::execute_returns(), get_pad_snapshot::execute($padid));
    }

    public function test_last_snapshot_is_cleaned_html_for_members(): void {
        $service = $this->setup_circle();
        $pad = $service->ensure_remote($service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan'));
        $service->client()->set_html(
            (string) $pad->get_pad_id(),
            '<html><body><strong>Beschluss</strong><script>alert(1)</script></body></html>'
        );
        \core\di::get(snapshotter::class)->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $this->setUser($this->student);

        $result = $this->call($pad->get_id());

        $this->assertTrue($result['found']);
        $this->assertStringContainsString('<strong>Beschluss</strong>', $result['html']);
        $this->assertStringNotContainsString('<script', $result['html']);
        $this->assertSame('', $result['text']);
        $this->assertNotEmpty($result['time']);
        $this->assertStringNotContainsString(trim((string) getenv('DEVCIRCLE_TEST_ETHERPAD_APIKEY')), json_encode($result));
    }

    public function test_a_snapshot_without_html_comes_as_its_plain_text(): void {
        $service = $this->setup_circle();
        $pad = $service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan');
        $text = "Beschluss: \"Pflege & Betreuung\"\nKinder < 6 Jahre";
        \core\di::get(snapshot_repository::class)->create($pad->get_id(), 1, $text, '', pad_snapshot::REASON_BACKUP, 0);
        $this->setUser($this->student);

        $result = $this->call($pad->get_id());

        $this->assertTrue($result['found']);
        $this->assertSame('', $result['html']);
        $this->assertSame($text, $result['text'], 'raw text: the template escapes it once');
    }

    public function test_no_snapshot_yet_is_said_plainly(): void {
        $service = $this->setup_circle();
        $pad = $service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan');
        $this->setUser($this->student);

        $result = $this->call($pad->get_id());

        $this->assertFalse($result['found']);
        $this->assertSame('', $result['html']);
    }

    public function test_outsiders_see_no_snapshot(): void {
        $service = $this->setup_circle();
        $pad = $service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan');
        $this->setUser($this->getDataGenerator()->create_user());

        $this->expectException(\require_login_exception::class);
        get_pad_snapshot::execute($pad->get_id());
    }

    public function test_an_unknown_pad_is_not_found(): void {
        $this->setup_circle();
        $this->setUser($this->student);

        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage(get_string('padnotfound', 'mod_devcircle'));
        get_pad_snapshot::execute(987654);
    }

    public function test_the_pad_web_services_are_only_what_the_front_end_uses(): void {
        global $CFG;
        $functions = [];
        require($CFG->dirroot . '/mod/devcircle/db/services.php');

        // Pads are created, deleted, snapshotted and restored through forms (padaction.php).
        $pads = array_filter(array_keys($functions), fn($name) => str_contains($name, 'pad'));
        $this->assertSame(['mod_devcircle_get_pad_snapshot'], array_values($pads));
    }
}
