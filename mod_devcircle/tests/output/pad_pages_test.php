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

use PHPUnit\Framework\Attributes\CoversClass;
use mod_devcircle\instance;
use mod_devcircle\instance_repository;
use mod_devcircle\pads\method_templates;
use mod_devcircle\pads\pad;
use mod_devcircle\pads\pad_repository;
use mod_devcircle\pads\pad_service;
use mod_devcircle\pads\pad_snapshot;
use mod_devcircle\pads\snapshot_repository;
use mod_devcircle\pads\snapshotter;
use mod_devcircle\tests\escaping_assertions;

/**
 * What the pad pages show: the embedded pad for writers and readers, the last snapshot with a
 * notice when Etherpad is unavailable, the pads section and the history — never the API key.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\output\pad_page
 * @covers     \mod_devcircle\output\pads_section
 * @covers     \mod_devcircle\output\snapshot_history
 */
#[CoversClass(\mod_devcircle\output\pad_page::class)]
#[CoversClass(\mod_devcircle\output\pads_section::class)]
#[CoversClass(\mod_devcircle\output\snapshot_history::class)]
final class pad_pages_test extends \advanced_testcase {
    use \mod_devcircle\tests\etherpad_helper;
    use escaping_assertions;

    /** @var \stdClass the circle */
    private \stdClass $circle;
    /** @var \stdClass the course */
    private \stdClass $course;

    /**
     * A course with a circle; Etherpad configured.
     *
     * @return pad_service
     */
    private function setup_circle(): pad_service {
        $this->resetAfterTest();
        $this->require_etherpad();
        $this->course = $this->getDataGenerator()->create_course();
        $this->circle = $this->getDataGenerator()->create_module(
            'devcircle',
            ['course' => $this->course->id, 'name' => 'Dienstplan']
        );
        return \core\di::get(pad_service::class);
    }

    /**
     * The pads section of the circle as view.php builds it for a user.
     *
     * @param \stdClass $user the viewer
     * @return pads_section
     */
    private function pads_section(\stdClass $user): pads_section {
        $instance = \core\di::get(instance_repository::class)->get_by_id((int) $this->circle->id);
        $service = \core\di::get(pad_service::class);
        $service->get_or_create_circle_pad($instance->get_instance_id(), $instance->get_name());
        $pads = \core\di::get(pad_repository::class)->get_for_circle($instance->get_instance_id());
        return new pads_section(
            $instance,
            $pads,
            \core\di::get(snapshot_repository::class)->latest_times(array_keys($pads)),
            (int) $user->id,
            $service->is_configured(),
            \core\di::get(method_templates::class)->keys(),
            'en'
        );
    }

    /**
     * The history of a pad as padhistory.php builds it.
     *
     * @param pad $pad the pad
     * @param bool $canrestore whether the viewer may restore
     * @return snapshot_history
     */
    private function history(pad $pad, bool $canrestore): snapshot_history {
        global $CFG;
        require_once($CFG->dirroot . '/user/lib.php');
        $snapshots = \core\di::get(snapshot_repository::class)->history($pad->get_id());
        $ids = snapshot_history::user_ids($snapshots);
        $names = array_map(fn(\stdClass $u) => fullname($u), $ids ? user_get_users_by_id($ids) : []);
        return new snapshot_history($pad, $snapshots, $names, $canrestore);
    }

    /**
     * Renders a renderable as the page would.
     *
     * @param \core\output\renderable $renderable the renderable
     * @return string
     */
    private function render(\core\output\renderable $renderable): string {
        global $PAGE;
        $PAGE->set_url('/mod/devcircle/view.php', ['id' => $this->circle->cmid]);
        return $PAGE->get_renderer('core')->render($renderable);
    }

    /**
     * Asserts the API key is not in the HTML.
     *
     * @param string $html the HTML
     * @return void
     */
    private function assert_no_key(string $html): void {
        $this->assertStringNotContainsString(trim((string) get_config('mod_devcircle', 'etherpad_apikey')), $html);
    }

    public function test_writer_gets_the_pad_in_a_frame_with_its_tools(): void {
        $service = $this->setup_circle();
        $user = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($user);
        $pad = $service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan');
        $access = $service->open($pad, $user, true);
        $pad = \core\di::get(pad_repository::class)->get($pad->get_id());

        $html = $this->render(new pad_page($pad, $access));

        $this->assertStringContainsString('data-src="' . s($access->url) . '"', $html);
        $this->assertStringContainsString('data-region="mod_devcircle-pad-frame"', $html);
        $this->assertStringContainsString('data-action="fullscreen"', $html);
        $this->assertStringContainsString('data-action="copylink"', $html);
        $this->assertStringContainsString('target="_blank"', $html);
        $this->assertStringNotContainsString('data-region="mod_devcircle-pad-readonly"', $html);
        $this->assertStringNotContainsString($access->sessionid, $html);
        $this->assert_no_key($html);
    }

    public function test_reader_sees_the_read_only_pad_and_never_its_pad_id(): void {
        $service = $this->setup_circle();
        $user = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $this->setUser($user);
        $pad = $service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan');
        $access = $service->open($pad, $user, false);
        $pad = \core\di::get(pad_repository::class)->get($pad->get_id());

        $html = $this->render(new pad_page($pad, $access));

        $this->assertStringContainsString('data-region="mod_devcircle-pad-readonly"', $html);
        $this->assertStringContainsString('/p/' . $pad->get_read_only_id(), $html);
        $this->assertStringNotContainsString($pad->get_pad_name(), $html);
        $this->assert_no_key($html);
    }

    public function test_unavailable_etherpad_shows_the_notice_and_the_last_snapshot(): void {
        $service = $this->setup_circle();
        $this->setAdminUser();
        $pad = $service->ensure_remote($service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan'));
        $service->client()->set_text((string) $pad->get_pad_id(), "Beschlüsse vom März\n");
        \core\di::get(snapshotter::class)->snapshot($pad, pad_snapshot::REASON_SCHEDULED);

        $latest = \core\di::get(snapshot_repository::class)->latest($pad->get_id());
        $html = $this->render(new pad_page($pad, null, get_string('etherpad_unreachable', 'mod_devcircle'), false, $latest));

        $this->assertStringContainsString(get_string('etherpad_unreachable', 'mod_devcircle'), $html);
        $this->assertStringContainsString('Beschlüsse vom März', $html);
        $this->assertStringContainsString('data-region="mod_devcircle-pad-snapshot-content"', $html);
        $this->assertStringNotContainsString('<iframe', $html);
        $this->assertStringContainsString('data-available="0"', $html);
    }

    public function test_unavailable_etherpad_without_snapshot_says_so(): void {
        $service = $this->setup_circle();
        $this->setAdminUser();
        $pad = $service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan');

        $html = $this->render(new pad_page($pad, null, get_string('etherpad_unreachable', 'mod_devcircle')));

        $this->assertStringContainsString(get_string('padfallbacknosnapshot', 'mod_devcircle'), $html);
    }

    public function test_pads_section_lists_pads_and_offers_templates_to_moderators_only(): void {
        $service = $this->setup_circle();
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $student = $this->getDataGenerator()->create_and_enrol($this->course, 'student');
        $service->create_method_pad((int) $this->circle->id, 'bmc', 'de', 'Unser Geschäftsmodell', (int) $teacher->id);

        $this->setUser($teacher);
        $forteacher = $this->render($this->pads_section($teacher));
        $this->setUser($student);
        $forstudent = $this->render($this->pads_section($student));

        $this->assertCount(
            2,
            \core\di::get(pad_repository::class)->get_for_circle((int) $this->circle->id),
            'circle pad created on the first visit'
        );
        foreach ([$forteacher, $forstudent] as $html) {
            $this->assertStringContainsString('Dienstplan', $html);
            $this->assertStringContainsString('Unser Geschäftsmodell', $html);
            $this->assertStringContainsString(get_string('padkind_circle', 'mod_devcircle'), $html);
            $this->assert_no_key($html);
        }
        $this->assertStringContainsString('data-region="mod_devcircle-pads-create"', $forteacher);
        $this->assertStringContainsString('value="designthinking"', $forteacher);
        $this->assertStringNotContainsString('data-region="mod_devcircle-pads-create"', $forstudent);
        $this->assertStringNotContainsString('value="delete"', $forstudent);
    }

    public function test_history_offers_restore_of_older_snapshots_with_the_capability_only(): void {
        $service = $this->setup_circle();
        $this->setAdminUser();
        $pad = $service->ensure_remote($service->get_or_create_circle_pad((int) $this->circle->id, 'Dienstplan'));
        $snapshotter = \core\di::get(snapshotter::class);
        $service->client()->set_text((string) $pad->get_pad_id(), "Alt\n");
        $old = $snapshotter->snapshot($pad, pad_snapshot::REASON_SCHEDULED);
        $service->client()->set_text((string) $pad->get_pad_id(), "Neu\n");
        $new = $snapshotter->snapshot($pad, pad_snapshot::REASON_MANUAL, (int) get_admin()->id);
        $withcap = $this->render($this->history($pad, true));
        $withoutcap = $this->render($this->history($pad, false));

        $this->assertStringContainsString('name="snapshotid" value="' . $old->get_id() . '"', $withcap);
        $this->assertStringNotContainsString('name="snapshotid" value="' . $new->get_id() . '"', $withcap);
        $this->assertStringNotContainsString('name="snapshotid"', $withoutcap);
        $this->assertStringContainsString(fullname(get_admin()), $withcap);
        $this->assertStringContainsString(get_string('padreason_manual', 'mod_devcircle'), $withcap);
        $this->assertStringContainsString(get_string('padbysystem', 'mod_devcircle'), $withcap);
        $this->assert_no_key($withcap);
    }

    public function test_names_and_text_only_snapshots_are_shown_as_stored(): void {
        $service = $this->setup_circle();
        $teacher = $this->getDataGenerator()->create_and_enrol($this->course, 'editingteacher');
        $this->setUser($teacher);
        $circlename = self::tricky_name('Zirkel');
        $padname = self::tricky_name('Pad');
        $text = self::tricky_name('Beschluss');
        $circlepad = $service->get_or_create_circle_pad((int) $this->circle->id, $circlename);
        $method = $service->create_method_pad((int) $this->circle->id, 'scrum', 'de', $padname, (int) $teacher->id);
        \core\di::get(snapshot_repository::class)->create($method->get_id(), 1, $text, '', pad_snapshot::REASON_BACKUP, 0);
        $latest = \core\di::get(snapshot_repository::class)->latest($method->get_id());

        $section = $this->render($this->pads_section($teacher));
        $problem = get_string('etherpad_unreachable', 'mod_devcircle');
        $unavailable = $this->render(new pad_page($method, null, $problem, true, $latest));
        $history = $this->render($this->history($method, true));
        $access = $service->open($circlepad, $teacher, true);
        $embedded = $this->render(new pad_page(\core\di::get(pad_repository::class)->get($circlepad->get_id()), $access));

        $this->assert_shown_once($circlename, $section, 'the pads section');
        $this->assert_shown_once($padname, $section, 'the pads section');
        $this->assert_shown_once($text, $unavailable, 'the last snapshot of a pad without Etherpad');
        $this->assert_shown_once($padname, $history, 'the history of a pad');
        $this->assert_shown_once($text, $history, 'the history of a pad');
        $this->assertContains('Pad: ' . $circlename, self::attribute_values($embedded, 'title'), 'the title of the pad frame');
    }
}
