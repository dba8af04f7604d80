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

use local_digitalstrategy\tests\web_service_inputs;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * Every web service of local_digitalstrategy (as db/services.php declares them), every
 * parameter, with null, a wrong type, empty and huge values, through the AJAX entry: each is
 * refused with Moodle's invalid-parameter message or the function's own clear error, never with
 * PHP's error text, and nothing is stored.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\external\get_run
 * @covers     \local_digitalstrategy\external\start_run
 * @covers     \local_digitalstrategy\external\save_answer
 * @covers     \local_digitalstrategy\external\submit_run
 * @covers     \local_digitalstrategy\external\get_results
 * @covers     \local_digitalstrategy\external\get_bestpractice
 * @covers     \local_digitalstrategy\external\get_analyses
 * @covers     \local_digitalstrategy\external\respond_save_answer
 * @covers     \local_digitalstrategy\external\respond_submit
 */
#[\PHPUnit\Framework\Attributes\CoversClass(get_run::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(start_run::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(save_answer::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(submit_run::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(get_results::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(get_bestpractice::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(get_analyses::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(respond_save_answer::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(respond_submit::class)]
final class web_service_inputs_test extends \externallib_advanced_testcase {
    use web_service_inputs;

    /** @var int the organisation of the member calling */
    private int $orgid;
    /** @var int its open run */
    private int $runid;
    /** @var int a measure on its PDCA board, in Plan, version 1 */
    private int $measureid;
    /** @var int an open campaign with an invite of the organisation */
    private int $campaignid;
    /** @var string the token of that invite's link */
    private string $token;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = $generator->create_organisation(['name' => 'Sozialstation Nord']);
        $member = $this->getDataGenerator()->create_user();
        $generator->add_member($organisation, $member->id, 'leadership');
        $this->orgid = $organisation->get_id();
        $this->runid = $generator->create_run($organisation, ['str_goals' => '2'], $member->id)->get_id();
        $goal = $generator->create_goal($generator->create_strategy($organisation));
        $this->measureid = (int) $generator->create_measure($goal)->id;
        $campaign = $generator->create_campaign();
        $this->campaignid = $campaign->id;
        $this->token = $generator->create_invite($campaign, ['orgid' => $this->orgid])[1];
        $this->setUser($member);
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
     * A bad value in one parameter gets a clean answer and changes nothing.
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
    }

    public function test_every_declared_function_is_covered_with_valid_other_arguments(): void {
        $functions = array_keys(self::declared_functions(dirname(__DIR__, 2)));

        $this->assertSame(
            [
                'local_digitalstrategy_get_run',
                'local_digitalstrategy_start_run',
                'local_digitalstrategy_save_answer',
                'local_digitalstrategy_submit_run',
                'local_digitalstrategy_get_results',
                'local_digitalstrategy_get_bestpractice',
                'local_digitalstrategy_get_strategy',
                'local_digitalstrategy_get_analyses',
                'local_digitalstrategy_get_board',
                'local_digitalstrategy_move_measure',
                'local_digitalstrategy_rate_measure',
                'local_digitalstrategy_respond_save_answer',
                'local_digitalstrategy_respond_submit',
            ],
            $functions,
            'a new function needs its valid arguments in valid_arguments()'
        );
        $this->assert_valid_arguments_are_valid(dirname(__DIR__, 2));
        $this->assert_every_parameter_is_tried(dirname(__DIR__, 2), self::bad_inputs());
    }

    public function test_a_null_answer_value_gets_the_invalid_parameter_message(): void {
        $answer = $this->call_as_ajax('local_digitalstrategy_save_answer', ['runid' => $this->runid,
            'itemkey' => 'str_responsibility', 'value' => null, 'dontknow' => false, 'relevance' => 0, 'version' => 0]);

        $this->assertTrue($answer['error']);
        $this->assertSame('invalidparameter', $answer['exception']->errorcode);
        $this->assertSame(get_string('invalidparameter', 'debug'), $answer['exception']->message);
    }

    /**
     * Valid arguments of each function.
     *
     * @param string $function
     * @return array
     */
    protected function valid_arguments(string $function): array {
        return match ($function) {
            'local_digitalstrategy_get_run' => ['runid' => $this->runid, 'includeinstrument' => false],
            'local_digitalstrategy_start_run' => ['orgid' => $this->orgid],
            'local_digitalstrategy_save_answer' => ['runid' => $this->runid, 'itemkey' => 'str_responsibility', 'value' => '2',
                'dontknow' => false, 'relevance' => 0, 'version' => 0],
            'local_digitalstrategy_submit_run', 'local_digitalstrategy_get_results' => ['runid' => $this->runid],
            'local_digitalstrategy_get_bestpractice' => ['search' => 'Messenger', 'fieldid' => 0, 'dimension' => '', 'page' => 0],
            'local_digitalstrategy_get_strategy' => ['orgid' => $this->orgid],
            'local_digitalstrategy_get_analyses' => ['orgid' => $this->orgid],
            'local_digitalstrategy_get_board' => ['orgid' => $this->orgid, 'revision' => ''],
            'local_digitalstrategy_move_measure' => ['measureid' => $this->measureid, 'phase' => 'do', 'position' => 0,
                'version' => 1],
            'local_digitalstrategy_respond_save_answer' => ['token' => $this->token, 'campaignid' => $this->campaignid,
                'itemkey' => 'size', 'value' => 'upto_20', 'dontknow' => false, 'version' => 0],
            'local_digitalstrategy_respond_submit' => ['token' => $this->token, 'campaignid' => $this->campaignid],
            'local_digitalstrategy_rate_measure' => ['measureid' => $this->measureid, 'criterion' => 'time',
                'rating' => 'green', 'comment' => 'Im Plan', 'countermeasure' => ''],
            default => [],
        };
    }

    /**
     * Inputs the functions rightly accept.
     *
     * @return array
     */
    protected function accepted_inputs(): array {
        return [
            'local_digitalstrategy_save_answer' => [
                'value' => ['empty' => 'an empty value clears the answer'],
                'version' => ['huge' => 'a version never stored is a conflict: the stored answer comes back, nothing is saved'],
            ],
            'local_digitalstrategy_get_bestpractice' => [
                'search' => ['empty' => 'no words: the whole collection', 'huge' => 'a long text finds nothing'],
                'fieldid' => ['huge' => 'a field that does not exist has no entries'],
                'dimension' => ['empty' => 'any dimension', 'huge' => 'a dimension that does not exist has no entries'],
                'page' => ['huge' => 'a page beyond the collection is empty'],
            ],
            'local_digitalstrategy_get_board' => [
                'revision' => ['empty' => 'no revision asks for the whole board',
                    'huge' => 'a revision the board never had gets the whole board (reading only)'],
            ],
            'local_digitalstrategy_move_measure' => [
                'position' => ['huge' => 'a position past the end of the column puts the measure last'],
                'version' => ['huge' => 'a version never stored is a conflict: the current state comes back, nothing moves'],
            ],
            'local_digitalstrategy_respond_save_answer' => [
                'token' => ['empty' => 'without a token the logged-in member answers for their organisation\'s invite'],
                'value' => ['empty' => 'an empty value clears the answer'],
                'version' => ['huge' => 'a version never saved is a conflict: the saved answer comes back, nothing is saved'],
            ],
            'local_digitalstrategy_respond_submit' => [
                'token' => ['empty' => 'without a token the logged-in member submits for their organisation (here: incomplete)'],
            ],
            'local_digitalstrategy_rate_measure' => [
                'comment' => ['empty' => 'a rating needs no comment'],
                'countermeasure' => ['empty' => 'only a red rating needs a counter-measure'],
            ],
        ];
    }

    /**
     * Every row of the plugin's tables.
     *
     * @return array
     */
    protected function data_fingerprint(): array {
        return self::tables_fingerprint('local_digitalstrategy_');
    }
}
