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
use local_digitalstrategy\local\strategy\bestpractice_service;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * local_digitalstrategy_get_bestpractice: participants of any organisation and the project team
 * read the released measures, filtered; an anonymised entry's answer carries nothing of its
 * organisation; people outside every organisation are refused.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\external\get_bestpractice
 */
#[\PHPUnit\Framework\Attributes\CoversClass(get_bestpractice::class)]
final class get_bestpractice_test extends \externallib_advanced_testcase {
    /** @var array ids and records of the scenario */
    private array $s;

    /**
     * Organisation A releases a measure anonymised, B one named; a reader in B, an outsider and
     * a project team member.
     */
    protected function setUp(): void {
        global $DB;
        parent::setUp();
        $this->resetAfterTest();
        $dg = $this->getDataGenerator();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $dg->get_plugin_generator('local_digitalstrategy');
        $a = $generator->create_organisation(['name' => 'Sonnenhof gGmbH & "Söhne"']);
        $b = $generator->create_organisation(['name' => 'Diakonie Bergstadt']);
        $leadera = $dg->create_user(['lastname' => 'Leitwolf']);
        $leaderb = $dg->create_user();
        $reader = $dg->create_user();
        $team = $dg->create_user();
        $generator->add_member($a, $leadera->id, 'leadership');
        $generator->add_member($b, $leaderb->id, 'leadership');
        $generator->add_member($b, $reader->id, 'staff');
        $dg->role_assign($DB->get_field('role', 'id', ['shortname' => 'manager']), $team->id);
        $fieldid = (int) $DB->get_field('local_digitalstrategy_field', 'id', ['idnumber' => 'servicedelivery']);
        $act = ['phase' => 'act', 'transferable' => 1, 'fieldid' => $fieldid];
        $secret = $generator->create_measure(
            $generator->create_goal($generator->create_strategy($a), ['dimension' => 'servicedelivery']),
            $act + ['title' => 'Online-Termine <b>&</b> "Beratung"', 'ownerid' => $leadera->id, 'usermodified' => $leadera->id]
        );
        $named = $generator->create_measure(
            $generator->create_goal($generator->create_strategy($b), ['dimension' => 'skills']),
            ['title' => 'Lernpaten im Team'] + $act
        );
        $service = \core\di::get(bestpractice_service::class);
        $service->release((int) $secret->id, false, (int) $leadera->id);
        $service->release((int) $named->id, true, (int) $leaderb->id);
        $this->s = ['reader' => $reader, 'team' => $team, 'fieldid' => $fieldid, 'secret' => $secret, 'named' => $named];
    }

    /**
     * Calls the web service as Moodle's web service layer does.
     *
     * @param array $args
     * @return array
     */
    private function call(array $args = []): array {
        $result = get_bestpractice::execute(...$args);
        return external_api::clean_returnvalue(get_bestpractice::execute_returns(), $result);
    }

    public function test_a_member_of_another_organisation_finds_the_anonymised_entry_by_field_without_its_organisation(): void {
        $this->setUser($this->s['reader']);
        $answer = $this->call(['', $this->s['fieldid'], 'servicedelivery', 0]);

        $this->assertSame(1, $answer['total']);
        $entry = $answer['entries'][0];
        $this->assertSame((int) $this->s['secret']->id, $entry['id']);
        $this->assertFalse($entry['named']);
        $this->assertSame('', $entry['orgname']);
        $this->assertSame('servicedelivery', $entry['dimension']);
        $this->assertSame(get_string('field_servicedelivery', 'local_digitalstrategy'), $entry['fieldname']);
        $json = json_encode($answer, JSON_UNESCAPED_UNICODE);
        foreach (['Sonnenhof', 'Leitwolf'] as $secret) {
            $this->assertStringNotContainsString($secret, $json);
        }
        $this->assertStringNotContainsString('<b>', $entry['title'], 'the title is formatted as a string');
    }

    public function test_a_named_entry_carries_its_organisation_and_search_and_paging_work(): void {
        $this->setUser($this->s['team']);
        $answer = $this->call(['Lernpaten']);
        $this->assertSame(1, $answer['total']);
        $this->assertTrue($answer['entries'][0]['named']);
        $this->assertSame('Diakonie Bergstadt', $answer['entries'][0]['orgname']);
        $this->assertSame(20, $answer['perpage']);
        $this->assertSame(2, $this->call()['total']);
        $this->assertSame([], $this->call(['', 0, '', 1])['entries']);
        $this->assertSame(0, $this->call(['', 0, 'culture'])['total']);
    }

    public function test_a_person_in_no_organisation_is_refused(): void {
        $this->setUser($this->getDataGenerator()->create_user());
        $this->expectExceptionMessage(get_string('bestpractice_notallowed', 'local_digitalstrategy'));
        $this->call();
    }

    public function test_the_function_is_declared_for_the_front_end_and_needs_the_session_key(): void {
        global $DB;
        $function = $DB->get_record('external_functions', ['name' => 'local_digitalstrategy_get_bestpractice'], '*', MUST_EXIST);
        $this->assertSame(get_bestpractice::class, ltrim($function->classname, '\\'));
        $this->setUser($this->s['reader']);
        $refused = external_api::call_external_function('local_digitalstrategy_get_bestpractice', ['fieldid' => 0], true);
        $this->assertTrue($refused['error'], 'a call from the page needs its session key');
        $_POST['sesskey'] = sesskey();
        $response = external_api::call_external_function('local_digitalstrategy_get_bestpractice', ['fieldid' => 0], true);
        $this->assertFalse($response['error'], json_encode($response['exception'] ?? null));
        $this->assertSame(2, $response['data']['total']);
    }
}
