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

namespace local_digitalstrategy\local\controlling\source;

use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\tests\source_queries;
use mod_devcircle\webinar\attendance_repository;

/**
 * Organisations in the development circles: distinct organisations with a member who joined a
 * webinar session in the half-year, only in the programme's courses.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\source\orgs_in_circles_source
 * @covers     \local_digitalstrategy\local\controlling\source\source_periods
 */
#[\PHPUnit\Framework\Attributes\CoversClass(orgs_in_circles_source::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(source_periods::class)]
final class orgs_in_circles_source_test extends \advanced_testcase {
    use source_queries;

    public function test_organisations_count_once_per_half_year_in_which_a_member_joined_a_session(): void {
        $this->resetAfterTest();
        $data = $this->getDataGenerator();
        $generator = $data->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 3);
        [$first, $second, $third] = array_values($programme->periods());
        $programmecategory = $data->create_category(['name' => 'Programm']);
        $subcategory = $data->create_category(['name' => 'Zirkel 2018', 'parent' => $programmecategory->id]);
        $othercategory = $data->create_category(['name' => 'Andere Kurse']);
        $course = $data->create_course(['category' => $subcategory->id]);
        $othercourse = $data->create_course(['category' => $othercategory->id]);
        $circle = $data->create_module('devcircle', ['course' => $course->id, 'name' => 'Zirkel "Dienstplan" & mehr']);
        $othercircle = $data->create_module('devcircle', ['course' => $othercourse->id]);
        $circles = $data->get_plugin_generator('mod_devcircle');
        $kickoff = $circles->create_session(['devcircle' => $circle->id, 'title' => 'Auftakt <-> Ziele',
            'timestart' => $first->start + DAYSECS]);
        $review = $circles->create_session(['devcircle' => $circle->id, 'title' => 'Rückblick',
            'timestart' => $second->start]);
        $elsewhere = $circles->create_session(['devcircle' => $othercircle->id, 'title' => 'Anderswo']);
        $north = $generator->create_organisation(['name' => 'Caritas Nord & Co']);
        $south = $generator->create_organisation(['name' => 'Lebenshilfe Süd 🌻']);
        $west = $generator->create_organisation(['name' => 'Diakonie West']);
        [$anna, $ben, $clara, $dora, $moderator] = array_map(fn() => $data->create_user(), range(1, 5));
        $generator->add_member($north, $anna->id);
        $generator->add_member($north, $ben->id);
        $generator->add_member($south, $clara->id);
        $generator->add_member($west, $dora->id);
        $attendance = \core\di::get(attendance_repository::class);
        $attendance->record_join($kickoff, $anna->id, 'viewer', $first->start + DAYSECS);
        $attendance->record_join($kickoff, $ben->id, 'viewer', $first->start + DAYSECS);
        $attendance->record_join($kickoff, $anna->id, 'viewer', $first->start + DAYSECS + 600);
        $attendance->record_join($kickoff, $moderator->id, 'moderator', $first->start + DAYSECS);
        // On the boundary: the second half-year.
        $attendance->record_join($review, $clara->id, 'viewer', $second->start);
        $attendance->record_join($review, $ben->id, 'viewer', $second->start + HOURSECS);
        // A course outside the programme's category.
        $attendance->record_join($elsewhere, $dora->id, 'viewer', $first->start + DAYSECS);
        $this->mock_clock_with_frozen($third->start);
        $indicator = \core\di::get(indicator_repository::class)->get_by_idnumber('orgs_in_circles');
        $source = \core\di::get(orgs_in_circles_source::class);

        // Every course with a circle counts while no category is set.
        $this->assertSame([1 => 2.0, 2 => 2.0, 3 => 0.0], $source->values($indicator, [$first, $second, $third]));

        set_config('programmecategory', $programmecategory->id, 'local_digitalstrategy');
        $values = $this->values_in_constant_queries($source, $indicator, [$first, $second, $third]);
        $this->assertSame([1 => 1.0, 2 => 2.0, 3 => 0.0], $values, 'the running half-year counts from zero');

        $drilldown = $source->drilldown($indicator, $first);
        $this->assertSame([['Caritas Nord & Co', 'Zirkel "Dienstplan" & mehr', 'Auftakt <-> Ziele',
            source_periods::date($first->start + DAYSECS), 2]], $drilldown->rows);
        $this->assertStringEndsWith('in the half-year: 1.', $drilldown->note);
        $later = $source->drilldown($indicator, $second);
        $this->assertSame(['Caritas Nord & Co', 'Lebenshilfe Süd 🌻'], array_column($later->rows, 0));
        $this->assertSame([1, 1], array_column($later->rows, 4));
    }
}
