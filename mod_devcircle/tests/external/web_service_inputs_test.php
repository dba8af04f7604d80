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

namespace mod_devcircle\external;

use local_digitalstrategy\tests\web_service_inputs;
use mod_devcircle\local\http\http_exception;
use mod_devcircle\local\http\transport;
use mod_devcircle\pads\pad;
use mod_devcircle\pads\pad_repository;
use mod_devcircle\tests\scripted_transport;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * Every web service of mod_devcircle (as db/services.php declares them), every parameter, with
 * null, a wrong type, empty and huge values, through the AJAX entry: each is refused with
 * Moodle's invalid-parameter message or the function's own clear error, never with PHP's error
 * text; nothing is stored and neither BigBlueButton nor Etherpad is asked.
 *
 * @package    mod_devcircle
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \mod_devcircle\external\get_sessions_status
 * @covers     \mod_devcircle\external\get_join_url
 * @covers     \mod_devcircle\external\end_session
 * @covers     \mod_devcircle\external\get_recordings
 * @covers     \mod_devcircle\external\update_recording
 * @covers     \mod_devcircle\external\get_pad_snapshot
 */
#[\PHPUnit\Framework\Attributes\CoversClass(get_sessions_status::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(get_join_url::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(end_session::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(get_recordings::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(update_recording::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(get_pad_snapshot::class)]
final class web_service_inputs_test extends \externallib_advanced_testcase {
    use web_service_inputs;

    /** @var int course module of the circle */
    private int $cmid;
    /** @var int a session of it */
    private int $sessionid;
    /** @var int a pad of it */
    private int $padid;
    /** @var scripted_transport every request to BigBlueButton or Etherpad, each answered as unreachable */
    private scripted_transport $transport;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->transport = new scripted_transport(new http_exception(http_exception::UNREACHABLE, 'test', 'not to be asked'));
        \core\di::set(transport::class, $this->transport);
        set_config('bbb_serverurl', 'https://bbb.example.org/bigbluebutton/', 'mod_devcircle');
        set_config('bbb_secret', 'secret', 'mod_devcircle');
        set_config('etherpad_url', 'https://pad.example.org', 'mod_devcircle');
        set_config('etherpad_apikey', 'key', 'mod_devcircle');
        $course = $this->getDataGenerator()->create_course();
        $circle = $this->getDataGenerator()->create_module('devcircle', ['course' => $course->id]);
        $this->cmid = (int) $circle->cmid;
        $this->sessionid = $this->getDataGenerator()->get_plugin_generator('mod_devcircle')
            ->create_session(['devcircle' => $circle->id, 'title' => 'Auftakt'])->get_id();
        $this->padid = \core\di::get(pad_repository::class)->create((int) $circle->id, pad::KIND_CIRCLE, 'Dienstplan')->get_id();
        // A moderator who may do everything the services offer, so only the bad value stands in the way.
        $this->setUser($this->getDataGenerator()->create_and_enrol($course, 'editingteacher'));
    }

    /**
     * Every function × parameter × kind of bad input.
     *
     * @return array
     */
    public static function bad_inputs(): array {
        return self::bad_inputs_for(dirname(__DIR__, 2));
    }

    /**
     * A bad value in one parameter gets a clean answer, changes nothing and asks no server.
     *
     * @param string $function
     * @param string $parameter
     * @param string $kind null, array, wrongtype, overflow, empty or huge
     * @dataProvider bad_inputs
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('bad_inputs')]
    public function test_bad_input_is_refused_cleanly_and_nothing_is_stored(
        string $function,
        string $parameter,
        string $kind
    ): void {
        $this->assert_bad_input_is_refused_cleanly(dirname(__DIR__, 2), $function, $parameter, $kind);

        $this->assertSame([], array_column($this->transport->requests, 'url'), 'no server is asked about bad input');
    }

    public function test_every_declared_function_is_covered_with_valid_other_arguments(): void {
        $functions = array_keys(self::declared_functions(dirname(__DIR__, 2)));

        $this->assertSame(
            ['mod_devcircle_get_sessions_status', 'mod_devcircle_get_join_url', 'mod_devcircle_end_session',
                'mod_devcircle_get_recordings', 'mod_devcircle_update_recording', 'mod_devcircle_get_pad_snapshot'],
            $functions,
            'a new function needs its valid arguments in valid_arguments()'
        );
        $this->assert_valid_arguments_are_valid(dirname(__DIR__, 2));
        $this->assert_every_parameter_is_tried(dirname(__DIR__, 2), self::bad_inputs());
    }

    /**
     * Valid arguments of each function.
     *
     * @param string $function
     * @return array
     */
    protected function valid_arguments(string $function): array {
        return match ($function) {
            'mod_devcircle_get_sessions_status', 'mod_devcircle_get_recordings' => ['cmid' => $this->cmid],
            'mod_devcircle_get_join_url', 'mod_devcircle_end_session' => ['sessionid' => $this->sessionid],
            'mod_devcircle_update_recording' => ['sessionid' => $this->sessionid,
                'recordid' => 'ffbfc4cc24428694e8b53a4e144f414052431693-1530718721124', 'action' => 'publish'],
            'mod_devcircle_get_pad_snapshot' => ['padid' => $this->padid],
            default => [],
        };
    }

    /**
     * Inputs the functions rightly accept: none.
     *
     * @return array
     */
    protected function accepted_inputs(): array {
        return [];
    }

    /**
     * Every row of the plugin's tables.
     *
     * @return array
     */
    protected function data_fingerprint(): array {
        return self::tables_fingerprint('devcircle');
    }
}
