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

use core_external\external_api;
use mod_devcircle\external\end_session;
use mod_devcircle\external\get_join_url;
use mod_devcircle\external\get_recordings;
use mod_devcircle\external\get_sessions_status;
use mod_devcircle\external\update_recording;
use mod_devcircle\output\attendance_page;
use mod_devcircle\output\sessions_section;
use mod_devcircle\output\view_page;
use mod_devcircle\tests\bbb_double;
use mod_devcircle\webinar\attendance_report;
use mod_devcircle\webinar\session_overview;
use mod_devcircle\webinar\session_repository;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The BigBlueButton shared secret never reaches a page, a web-service answer or an AMD bundle.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\output\sessions_section
 * @covers     \mod_devcircle\output\view_page
 * @covers     \mod_devcircle\output\attendance_page
 * @covers     \mod_devcircle\external\get_sessions_status
 * @covers     \mod_devcircle\external\get_join_url
 * @covers     \mod_devcircle\external\end_session
 * @covers     \mod_devcircle\external\get_recordings
 * @covers     \mod_devcircle\external\update_recording
 */
#[CoversClass(\mod_devcircle\output\sessions_section::class)]
#[CoversClass(\mod_devcircle\output\view_page::class)]
#[CoversClass(\mod_devcircle\output\attendance_page::class)]
#[CoversClass(\mod_devcircle\external\get_sessions_status::class)]
#[CoversClass(\mod_devcircle\external\get_join_url::class)]
#[CoversClass(\mod_devcircle\external\end_session::class)]
#[CoversClass(\mod_devcircle\external\get_recordings::class)]
#[CoversClass(\mod_devcircle\external\update_recording::class)]
final class secret_leak_test extends \advanced_testcase {
    use bbb_double;

    /**
     * Asserts that a text contains neither the secret nor an obvious encoding of it.
     *
     * @param string $text what was produced
     * @param string $what what it is, for the failure message
     */
    private function assert_no_secret(string $text, string $what): void {
        foreach (
            [$this->bbbsecret, base64_encode($this->bbbsecret), rawurlencode($this->bbbsecret),
                json_encode($this->bbbsecret)] as $form
        ) {
            $this->assertStringNotContainsString(trim($form, '"'), $text, "The shared secret appears in {$what}");
        }
    }

    public function test_pages_web_services_and_amd_bundles_do_not_contain_the_shared_secret(): void {
        global $CFG, $PAGE;
        $this->resetAfterTest();
        $this->use_bbb_double();
        // The secret also sits in core's BigBlueButton settings, the fallback.
        set_config('bigbluebuttonbn_shared_secret', $this->bbbsecret);
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id, 'waitformoderator' => 1]);
        $instance = \core\di::get(instance_repository::class)->get_by_id($circle->id);
        $session = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')->create_session(['devcircle' => $circle->id]);
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $student = $this->getDataGenerator()->create_and_enrol($course, 'student');

        $answers = [];
        $this->setUser($student);
        $answers['join (waiting)'] = external_api::clean_returnvalue(
            get_join_url::execute_returns(),
            get_join_url::execute($session->get_id())
        );
        $this->setUser($teacher);
        $answers['join (moderator)'] = external_api::clean_returnvalue(
            get_join_url::execute_returns(),
            get_join_url::execute($session->get_id())
        );
        $this->bbb_enter($answers['join (moderator)']['url']);
        $recordid = $this->bbb_add_recording($session->get_meetingid())['recording']['recordID'];
        $answers['status'] = external_api::clean_returnvalue(
            get_sessions_status::execute_returns(),
            get_sessions_status::execute($circle->cmid)
        );
        $answers['recordings'] = external_api::clean_returnvalue(
            get_recordings::execute_returns(),
            get_recordings::execute($circle->cmid)
        );
        $answers['update recording'] = external_api::clean_returnvalue(
            update_recording::execute_returns(),
            update_recording::execute($session->get_id(), $recordid, 'unpublish')
        );
        $answers['end'] = external_api::clean_returnvalue(
            end_session::execute_returns(),
            end_session::execute($session->get_id())
        );
        $this->bbb_fail(['mode' => 'error', 'messageKey' => 'checksumError', 'message' => 'bad']);
        try {
            get_join_url::execute($session->get_id());
        } catch (\moodle_exception $e) {
            $answers['error'] = ['message' => $e->getMessage(), 'debuginfo' => $e->debuginfo];
        }
        $this->bbb_fail(['mode' => 'off']);

        foreach ($answers as $name => $answer) {
            $this->assert_no_secret(json_encode($answer), "the answer of web service '{$name}'");
        }
        $this->assertArrayHasKey('error', $answers);

        $output = $PAGE->get_renderer('core');
        $page = $output->render(new view_page(
            $instance->get_cm_id(),
            $instance->get_instance_id(),
            [new sessions_section(
                $instance,
                \core\di::get(session_overview::class)->for_circle_page($instance, (int) $teacher->id),
                (int) $teacher->id,
                time()
            )]
        ));
        $this->assertStringContainsString('data-region="mod_devcircle-sessions"', $page);
        $this->assert_no_secret($page, 'the view page');
        $this->assert_no_secret(
            $output->render(new attendance_page(
                $instance,
                \core\di::get(session_repository::class)->list_for_circle($instance->get_instance_id()),
                \core\di::get(attendance_report::class)->for_circle($instance, true)
            )),
            'the attendance page'
        );
        $this->assert_no_secret($PAGE->requires->get_end_code(), 'the JavaScript of the page');

        $bundles = glob($CFG->dirroot . '/mod/devcircle/amd/build/*.js*');
        $this->assertNotEmpty($bundles);
        foreach ($bundles as $file) {
            $this->assert_no_secret(file_get_contents($file), basename($file));
        }
    }
}
