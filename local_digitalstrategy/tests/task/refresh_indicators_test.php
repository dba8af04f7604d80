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

namespace local_digitalstrategy\task;

use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\local\controlling\timeline_service;

/**
 * The hourly task stores every indicator's actual value and Ampel per half-year, and a later run
 * replaces them.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\task\refresh_indicators
 */
#[\PHPUnit\Framework\Attributes\CoversClass(refresh_indicators::class)]
final class refresh_indicators_test extends \advanced_testcase {
    public function test_the_task_is_scheduled_hourly(): void {
        $this->resetAfterTest();
        $task = \core\task\manager::get_scheduled_task(refresh_indicators::class);
        $this->assertNotNull($task);
        $this->assertSame('*', $task->get_hour());
        $this->assertSame('Project controlling: compute the indicators', $task->get_name());
    }

    public function test_a_run_stores_the_actuals_of_every_indicator_and_the_next_run_updates_them(): void {
        global $DB;
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 6);
        $first = $programme->period(1);
        $clock = $this->mock_clock_with_frozen($programme->period(2)->start + DAYSECS);
        foreach (range(1, 9) as $i) {
            $organisation = $generator->create_organisation(['pilot' => 1]);
            $DB->set_field(
                'local_digitalstrategy_org',
                'timecreated',
                $first->start + $i * DAYSECS,
                ['id' => $organisation->get_id()]
            );
        }
        $indicator = \core\di::get(indicator_repository::class)->get_by_idnumber('orgs_acquired');
        $task = new refresh_indicators();

        ob_start();
        $task->execute();
        $output = ob_get_clean();

        $this->assertStringContainsString('Indicators computed', $output);
        $this->assertSame(
            6 * count(\core\di::get(indicator_repository::class)->all()),
            $DB->count_records(timeline_service::ACTUALS)
        );
        $stored = $DB->get_record(timeline_service::ACTUALS, ['indicatorid' => $indicator->id, 'period' => 1]);
        $this->assertEquals(9, $stored->actual);
        $this->assertSame('amber', $stored->ampel, 'target 10, tolerance 2');
        $future = $DB->get_record(timeline_service::ACTUALS, ['indicatorid' => $indicator->id, 'period' => 3]);
        $this->assertNull($future->actual);
        $this->assertSame('none', $future->ampel);

        $clock->set_to($programme->period(3)->start + DAYSECS);
        $generator->create_organisation(['pilot' => 1]);
        ob_start();
        $task->execute();
        ob_end_clean();

        $stored = $DB->get_record(timeline_service::ACTUALS, ['indicatorid' => $indicator->id, 'period' => 3]);
        $this->assertEquals(10, $stored->actual);
        $this->assertSame('green', $stored->ampel);
    }
}
