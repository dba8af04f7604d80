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
 * Specification of the board's web services: get_board (with the revision polling relies on),
 * move_measure (conflicts come back with the colleague's state and a message), rate_measure.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\external\get_board
 * @covers     \local_digitalstrategy\external\move_measure
 * @covers     \local_digitalstrategy\external\rate_measure
 */
#[\PHPUnit\Framework\Attributes\CoversClass(get_board::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(move_measure::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(rate_measure::class)]
final class board_external_test extends \externallib_advanced_testcase {
    /**
     * An organisation with a leader, a strategy and two measures in Plan; the leader is logged in.
     *
     * @return array{0: \local_digitalstrategy\organisation, 1: \stdClass[], 2: \stdClass}
     */
    private function board(): array {
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $org = $generator->create_organisation();
        $leader = $this->getDataGenerator()->create_user();
        $generator->add_member($org, $leader->id, 'leadership');
        $goal = $generator->create_goal($generator->create_strategy($org));
        $measures = [
            $generator->create_measure($goal, ['title' => 'Messenger & "Dienstplan" <b>fett</b>']),
            $generator->create_measure($goal, ['title' => 'Tablets']),
        ];
        $this->setUser($leader);
        return [$org, $measures, $leader];
    }

    /**
     * Calls a web service as the web service layer does (cleaning the answer).
     *
     * @param string $class
     * @param array $args
     * @return array
     */
    private function call(string $class, array $args): array {
        return external_api::clean_returnvalue($class::execute_returns(), $class::execute(...$args));
    }

    public function test_get_board_returns_the_measures_and_nothing_when_the_revision_is_unchanged(): void {
        [$org] = $this->board();
        $board = $this->call(get_board::class, [$org->get_id(), '']);
        $this->assertTrue($board['changed']);
        $this->assertTrue($board['canedit']);
        $this->assertSame(['Messenger & "Dienstplan" <b>fett</b>', 'Tablets'], array_column($board['measures'], 'title'));
        $this->assertSame(['quality', 'cost', 'staff', 'time'], array_column($board['ampel'], 'criterion'));
        $again = $this->call(get_board::class, [$org->get_id(), $board['revision']]);
        $this->assertFalse($again['changed']);
        $this->assertSame([], $again['measures']);
        $this->assertSame($board['revision'], $again['revision']);
    }

    public function test_get_board_refuses_a_member_of_another_organisation(): void {
        [$org] = $this->board();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $stranger = $this->getDataGenerator()->create_user();
        $generator->add_member($generator->create_organisation(), $stranger->id, 'leadership');
        $this->setUser($stranger);
        $this->expectExceptionObject(new \moodle_exception('board_error_noview', 'local_digitalstrategy'));
        get_board::execute($org->get_id(), '');
    }

    public function test_move_measure_moves_and_a_stale_version_gets_the_conflict_with_a_message(): void {
        [, $measures] = $this->board();
        $id = (int) $measures[1]->id;
        $moved = $this->call(move_measure::class, [$id, 'do', 0, 1]);
        $this->assertSame('moved', $moved['status']);
        $this->assertSame('do', $moved['measure']['phase']);
        $this->assertSame(2, $moved['measure']['version']);
        $this->assertSame('', $moved['message']);
        $stale = $this->call(move_measure::class, [$id, 'check', 0, 1]);
        $this->assertSame('conflict', $stale['status']);
        $this->assertSame('do', $stale['measure']['phase']);
        $this->assertSame(2, $stale['measure']['version']);
        $this->assertStringContainsString('Tablets', $stale['message']);
        $this->assertStringContainsString('Do', $stale['message']);
    }

    public function test_move_measure_refuses_an_unknown_phase_with_a_message_from_the_language_pack(): void {
        [, $measures] = $this->board();
        try {
            move_measure::execute((int) $measures[0]->id, '<script>', 0, 1);
            $this->fail('Unknown phase');
        } catch (\moodle_exception $e) {
            $this->assertSame('board_error_phase', $e->errorcode);
            $this->assertSame(get_string('board_error_phase', 'local_digitalstrategy'), $e->getMessage());
        }
    }

    public function test_rate_measure_keeps_the_history_and_updates_the_overall_ampel(): void {
        [, $measures] = $this->board();
        $id = (int) $measures[0]->id;
        $this->call(rate_measure::class, [$id, 'time', 'amber', 'knapp', '']);
        $result = $this->call(rate_measure::class, [$id, 'time', 'red', 'zu spät', 'Mehr Personal']);
        $this->assertSame(['criterion' => 'time', 'rating' => 'red', 'previous' => 'amber'], $result['rating']);
        $this->assertSame('red', array_column($result['ampel'], 'rating', 'criterion')['time']);
        $this->assertSame('red', array_column($result['measure']['ratings'], 'rating', 'criterion')['time']);
    }

    public function test_rate_measure_refuses_red_without_a_counter_measure(): void {
        [, $measures] = $this->board();
        $this->expectExceptionObject(new \moodle_exception('ampel_error_countermeasure', 'local_digitalstrategy'));
        rate_measure::execute((int) $measures[0]->id, 'time', 'red', 'zu spät', '');
    }
}
