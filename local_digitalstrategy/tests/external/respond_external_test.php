<?php
// This file is part of Moodle - https://moodle.org/
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
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

namespace local_digitalstrategy\external;

use core_external\external_api;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * The answering page's web services, by link without login and logged in, as the AJAX layer calls them.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\external\respond_save_answer
 * @covers     \local_digitalstrategy\external\respond_submit
 * @covers     \local_digitalstrategy\external\respond_common
 */
#[\PHPUnit\Framework\Attributes\CoversClass(respond_save_answer::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(respond_submit::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(respond_common::class)]
final class respond_external_test extends \externallib_advanced_testcase {
    /**
     * A campaign of the training feedback with an invite by address.
     *
     * @return array{0: \local_digitalstrategy\local\campaign\campaign, 1: \stdClass, 2: string}
     */
    private function setup_link(): array {
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $campaign = $generator->create_campaign(['instrument' => 'schulungsfeedback', 'respondent' => 'person']);
        [$invite, $token] = $generator->create_invite($campaign, ['email' => 'teilnehmerin@example.org']);
        return [$campaign, $invite, $token];
    }

    /**
     * Calls a function as core/ajax does and returns its answer.
     *
     * @param string $function
     * @param array $arguments
     * @return array{error: bool, data?: mixed, exception?: \stdClass}
     */
    private function call(string $function, array $arguments): array {
        $answer = external_api::call_external_function($function, $arguments, true);
        // What the browser receives: JSON.
        return json_decode(json_encode($answer), true);
    }

    public function test_a_respondent_by_link_saves_and_submits_without_login_and_never_gets_a_token_back(): void {
        global $DB;
        [$campaign, $invite, $token] = $this->setup_link();
        $this->setUser(0);
        $ratings = ['content' => '2', 'methods' => '1', 'trainer' => '2', 'organisation' => '0', 'practice' => '1',
            'overall' => '2'];
        foreach ($ratings as $item => $value) {
            $saved = $this->call('local_digitalstrategy_respond_save_answer', ['token' => $token, 'itemkey' => $item,
                'value' => $value, 'version' => 0]);
            $this->assertFalse($saved['error'], json_encode($saved));
            $this->assertSame('saved', $saved['data']['status']);
            $this->assertStringNotContainsString($token, json_encode($saved));
            $this->assertStringNotContainsString($invite->tokenhash, json_encode($saved));
        }
        $this->assertSame(6, $saved['data']['completeness']['answered']);

        $submitted = $this->call('local_digitalstrategy_respond_submit', ['token' => $token, 'campaignid' => $campaign->id]);

        $this->assertFalse($submitted['error'], json_encode($submitted));
        $this->assertTrue($submitted['data']['submitted']);
        $this->assertSame(1, $DB->count_records('local_digitalstrategy_response', ['campaignid' => $campaign->id]));
        $again = $this->call('local_digitalstrategy_respond_submit', ['token' => $token]);
        $this->assertTrue($again['error']);
        $this->assertSame('respond_error_submitted', $again['exception']['errorcode']);
    }

    public function test_a_forged_token_and_an_out_of_range_value_get_clear_errors(): void {
        [, , $token] = $this->setup_link();
        $this->setUser(0);

        $forged = $this->call('local_digitalstrategy_respond_save_answer', ['token' => str_repeat('x', 43),
            'itemkey' => 'overall', 'value' => '2', 'version' => 0]);
        $outofrange = $this->call('local_digitalstrategy_respond_save_answer', ['token' => $token,
            'itemkey' => 'overall', 'value' => '5', 'version' => 0]);

        $this->assertSame('respond_error_unknowntoken', $forged['exception']['errorcode']);
        $this->assertSame(get_string('respond_error_unknowntoken', 'local_digitalstrategy'), $forged['exception']['message']);
        $this->assertSame('answererror_outofrange', $outofrange['exception']['errorcode']);
    }

    public function test_without_a_token_the_caller_must_be_logged_in_and_invited(): void {
        [$campaign] = $this->setup_link();
        $user = $this->getDataGenerator()->create_user();
        $this->setUser($user);

        $notinvited = $this->call('local_digitalstrategy_respond_submit', ['campaignid' => $campaign->id]);
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $generator->create_invite($campaign, ['userid' => $user->id, 'tokenhash' => '']);
        $invited = $this->call('local_digitalstrategy_respond_save_answer', ['campaignid' => $campaign->id,
            'itemkey' => 'good', 'value' => 'Die Beispiele & "Übungen" < 1 Std. 🌻', 'version' => 0]);

        $this->assertSame('respond_error_notinvited', $notinvited['exception']['errorcode']);
        $this->assertFalse($invited['error'], json_encode($invited));
        $this->assertSame('Die Beispiele & "Übungen" < 1 Std. 🌻', $invited['data']['answer']['value']);
        $this->assertSame('', $invited['data']['answer']['userfullname'], 'names are never returned');
    }
}
