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

namespace mod_devcircle\form;

/**
 * The forms that attach a feedback form to a circle and create an event feedback: they accept
 * only offered forms and sessions and need the sesskey of the submission.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\form\feedback_attach_form
 * @covers     \local_digitalstrategy\form\feedback_event_form
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\mod_devcircle\form\feedback_attach_form::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\form\feedback_event_form::class)]
final class feedback_attach_form_test extends \advanced_testcase {
    /**
     * The attach form after a submission.
     *
     * @param array $data the submitted values
     * @return feedback_attach_form
     */
    private function submitted(array $data): feedback_attach_form {
        feedback_attach_form::mock_submit($data + ['id' => 42, 'anonymous' => 1]);
        return new feedback_attach_form(null, ['forms' => [7 => 'Schulungsfeedback'], 'sessions' => [3 => 'Sitzung & Co.']]);
    }

    public function test_an_offered_form_for_a_session_or_the_circle_is_accepted(): void {
        $this->resetAfterTest();
        $this->setAdminUser();

        $data = $this->submitted(['instrumentid' => 7, 'sessionid' => 3, 'name' => 'Feedback & "Rückblick" 🎉'])->get_data();

        $this->assertSame(3, (int) $data->sessionid);
        $this->assertSame('Feedback & "Rückblick" 🎉', $data->name);
        $this->assertSame(0, (int) $this->submitted(['instrumentid' => 7, 'sessionid' => 0, 'name' => 'x'])->get_data()->sessionid);
    }

    public function test_a_form_or_session_not_offered_and_an_empty_name_are_refused(): void {
        $this->resetAfterTest();
        $this->setAdminUser();

        $this->assertNull($this->submitted(['instrumentid' => 8, 'sessionid' => 0, 'name' => 'x'])->get_data());
        $this->assertNull($this->submitted(['instrumentid' => 7, 'sessionid' => 4, 'name' => 'x'])->get_data());
        $this->assertNull($this->submitted(['instrumentid' => 7, 'sessionid' => 0, 'name' => '  '])->get_data());
    }

    public function test_a_submission_without_the_sesskey_is_not_accepted(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        feedback_attach_form::mock_submit(['id' => 42, 'instrumentid' => 7, 'sessionid' => 0, 'name' => 'x']);
        $_POST['sesskey'] = 'forged';

        // The form checks the sesskey as soon as it sees its submission.
        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage(get_string('invalidsesskey', 'error'));
        (new feedback_attach_form(null, ['forms' => [7 => 'Schulungsfeedback'], 'sessions' => []]))->get_data();
    }

    public function test_the_event_form_needs_a_title_and_an_offered_form(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $form = function (array $data) {
            \local_digitalstrategy\form\feedback_event_form::mock_submit($data + [
                'eventdate' => ['day' => 20, 'month' => 11, 'year' => 2026],
            ]);
            return new \local_digitalstrategy\form\feedback_event_form(null, ['forms' => [7 => 'Schulungsfeedback']]);
        };

        $data = $form(['name' => 'Transferkonferenz & "Kick-off" 🎉', 'instrumentid' => 7])->get_data();
        $this->assertSame('Transferkonferenz & "Kick-off" 🎉', $data->name);
        $this->assertSame(make_timestamp(2026, 11, 20), (int) $data->eventdate);
        $this->assertNull($form(['name' => '', 'instrumentid' => 7])->get_data());
        $this->assertNull($form(['name' => 'x', 'instrumentid' => 9])->get_data());
    }
}
