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

namespace local_digitalstrategy\local\controlling;

use local_digitalstrategy\local\controlling\source\manual_source;

/**
 * The timeline of indicators × half-years, the default catalogue, manual values, a missing source
 * and the stored actuals.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\timeline_service
 * @covers     \local_digitalstrategy\local\controlling\indicator_repository
 * @covers     \local_digitalstrategy\local\controlling\indicator_catalogue
 * @covers     \local_digitalstrategy\local\controlling\manual_value_repository
 * @covers     \local_digitalstrategy\local\controlling\source\manual_source
 * @covers     \local_digitalstrategy\local\controlling\source_registry
 * @covers     \local_digitalstrategy\local\controlling\process_rating_repository
 */
#[\PHPUnit\Framework\Attributes\CoversClass(timeline_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(indicator_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(indicator_catalogue::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(manual_value_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(manual_source::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(source_registry::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(process_rating_repository::class)]
final class timeline_service_test extends \advanced_testcase {
    public function test_the_default_catalogue_is_installed_with_the_plans_targets(): void {
        $this->resetAfterTest();
        $indicators = \core\di::get(indicator_repository::class);

        $kickoff = $indicators->get_by_idnumber('kickoff_participants');
        $this->assertSame('Participants of the kick-off conference', $kickoff->display_name());
        $this->assertSame(['name' => 'Kick-off'], $kickoff->config);
        $targets = $indicators->targets();
        $this->assertSame([1], array_keys($targets[$kickoff->id]));
        $this->assertSame(50.0, $targets[$kickoff->id][1]->target);
        $feedback = $indicators->get_by_idnumber('feedback_mean');
        $this->assertSame([1.0, 1.5], [$targets[$feedback->id][3]->target, $targets[$feedback->id][3]->targethigh]);
        $this->assertCount(14, $indicators->all());
        // Installing again adds nothing and keeps what the project team changed.
        $indicators->set_target($kickoff->id, 1, 60);
        $this->assertSame([], \core\di::get(indicator_catalogue::class)->install_defaults());
        $this->assertSame(60.0, $indicators->targets()[$kickoff->id][1]->target);
    }

    public function test_a_manual_indicator_shows_the_newest_entry_per_half_year_with_its_ampel(): void {
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 3);
        $indicator = $generator->create_indicator(['tolerance' => 2], [1 => 10, 2 => 10]);
        $values = \core\di::get(manual_value_repository::class);
        $first = $values->add($indicator->id, 1, 4, 'Zählung & Liste', 2);
        $values->add($indicator->id, 1, 9, 'korrigiert', 2);
        $this->assertGreaterThan(0, $first);

        $timeline = \core\di::get(timeline_service::class)->build($programme->end() + 1);

        $row = $this->row($timeline, $indicator->id);
        $this->assertFalse($row->sourcemissing);
        $this->assertSame(9.0, $row->cells[1]->actual);
        $this->assertSame('amber', $row->cells[1]->ampel->colour);
        $this->assertNull($row->cells[2]->actual);
        $this->assertSame('none', $row->cells[2]->ampel->colour);
        $this->assertNull($row->cells[3]->target);
        $this->assertCount(2, $values->history($indicator->id, 1));
        $drill = \core\di::get(manual_source::class)->drilldown($indicator, $programme->period(1));
        $this->assertSame(['9', 'korrigiert'], array_slice($drill->rows[0], 2));
    }

    public function test_only_the_asked_half_years_and_none_outside_the_programme(): void {
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $generator->set_programme(2018, 1, 6);
        $service = \core\di::get(timeline_service::class);

        $timeline = $service->build(time(), [5, 2]);
        $this->assertSame([2, 5], array_keys($timeline->periods));
        $this->assertSame([2, 5], array_keys($timeline->rows[0]->cells));
        $this->expectException(\moodle_exception::class);
        $service->build(time(), [7]);
    }

    public function test_an_indicator_whose_source_is_gone_shows_that_and_keeps_its_targets(): void {
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $generator->set_programme(2018, 1, 2);
        $indicator = $generator->create_indicator(['source' => 'removed_in_an_upgrade'], [1 => 3]);

        $row = $this->row(\core\di::get(timeline_service::class)->build(time()), $indicator->id);

        $this->assertTrue($row->sourcemissing);
        $this->assertSame('none', $row->cells[1]->ampel->colour);
        $rule = $row->cells[1]->ampel->rule;
        $this->assertStringContainsString('“removed_in_an_upgrade” of this indicator no longer exists', $rule);
        $this->assertSame(3.0, $row->cells[1]->target->target);
        $this->assertNull(\core\di::get(source_registry::class)->get('removed_in_an_upgrade'));
        $this->assertNull(\core\di::get(source_registry::class)->get('../settings'));
        $this->assertContains('manual', \core\di::get(source_registry::class)->keys());
    }

    public function test_refresh_stores_every_actual_and_ampel_and_updates_them(): void {
        global $DB;
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 2);
        $indicator = $generator->create_indicator([], [1 => 5]);
        $values = \core\di::get(manual_value_repository::class);
        $values->add($indicator->id, 1, 3, '', 2);
        $service = \core\di::get(timeline_service::class);

        $service->refresh($programme->end());
        $stored = $DB->get_record(timeline_service::ACTUALS, ['indicatorid' => $indicator->id, 'period' => 1]);
        $this->assertEquals(3, $stored->actual);
        $this->assertSame('red', $stored->ampel);
        $cells = 2 * count(\core\di::get(indicator_repository::class)->all());
        $this->assertSame($cells, $DB->count_records(timeline_service::ACTUALS));

        $values->add($indicator->id, 1, 6, '', 2);
        $service->refresh($programme->end());
        $stored = $DB->get_record(timeline_service::ACTUALS, ['indicatorid' => $indicator->id, 'period' => 1]);
        $this->assertEquals(6, $stored->actual);
        $this->assertSame('green', $stored->ampel);
    }

    public function test_process_ratings_keep_their_history_and_the_newest_counts(): void {
        $this->resetAfterTest();
        $ratings = \core\di::get(process_rating_repository::class);
        $ratings->add('circles', 1, ['quality' => 'green', 'cost' => 'amber'], 'erste', 2);
        $ratings->add('circles', 1, ['quality' => 'red'], 'zweite', 3);
        $ratings->add('surveys', 2, ['timeliness' => 'green'], '', 2);

        $current = $ratings->current_all();
        $this->assertSame('red', $current['circles'][1]->quality);
        $this->assertSame('', $current['circles'][1]->cost);
        $this->assertSame('green', $current['surveys'][2]->timeliness);
        $this->assertSame(['zweite', 'erste'], array_column($ratings->history('circles', 1), 'note'));
    }

    /**
     * The row of an indicator.
     *
     * @param timeline $timeline
     * @param int $indicatorid
     * @return timeline_row
     */
    private function row(timeline $timeline, int $indicatorid): timeline_row {
        foreach ($timeline->rows as $row) {
            if ($row->indicator->id === $indicatorid) {
                return $row;
            }
        }
        $this->fail('No row for indicator ' . $indicatorid);
    }
}
