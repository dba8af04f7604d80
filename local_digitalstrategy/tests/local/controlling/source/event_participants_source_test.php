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
 * Participants of an event: the people who joined webinar sessions of the event's name, or the
 * responses to its feedback — the larger of the two per half-year.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\source\event_participants_source
 */
#[\PHPUnit\Framework\Attributes\CoversClass(event_participants_source::class)]
final class event_participants_source_test extends \advanced_testcase {
    use source_queries;

    public function test_an_event_counts_its_attendance_or_its_feedback_whichever_is_larger(): void {
        $this->resetAfterTest();
        $data = $this->getDataGenerator();
        $generator = $data->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 3);
        [$first, $second, $third] = array_values($programme->periods());
        $course = $data->create_course();
        $circle = $data->create_module('devcircle', ['course' => $course->id]);
        $circles = $data->get_plugin_generator('mod_devcircle');
        $online = $circles->create_session(['devcircle' => $circle->id, 'title' => 'Kick-off online & "live"',
            'timestart' => $first->start + DAYSECS]);
        $follow = $circles->create_session(['devcircle' => $circle->id, 'title' => 'KICK-OFF Nachtreffen',
            'timestart' => $second->start]);
        $other = $circles->create_session(['devcircle' => $circle->id, 'title' => 'Transfer-Werkstatt']);
        $attendance = \core\di::get(attendance_repository::class);
        $users = array_map(fn() => $data->create_user()->id, range(1, 4));
        foreach ([$users[0], $users[1], $users[2], $users[0]] as $userid) {
            $attendance->record_join($online, $userid, 'viewer', $first->start + DAYSECS);
        }
        $attendance->record_join($follow, $users[0], 'viewer', $second->start);
        $attendance->record_join($follow, $users[3], 'viewer', $second->start + 60);
        $attendance->record_join($other, $users[1], 'viewer', $first->start + DAYSECS);
        // The conference itself, held elsewhere: its feedback has four responses.
        $conference = $generator->create_campaign(['instrument' => 'schulungsfeedback', 'target' => 'event',
            'name' => 'Feedback zur Kick-off-Konferenz', 'eventdate' => $first->start + 2 * DAYSECS]);
        foreach (range(1, 4) as $i) {
            $generator->create_response($conference, ['overall' => 2]);
        }
        $draft = $generator->create_campaign(['instrument' => 'schulungsfeedback', 'target' => 'event',
            'name' => 'Kick-off (Entwurf)', 'status' => 'draft', 'eventdate' => $second->start]);
        $generator->create_response($draft, ['overall' => 1]);
        $transfer = $generator->create_campaign(['instrument' => 'schulungsfeedback', 'target' => 'event',
            'name' => 'Transferkonferenz', 'eventdate' => $second->start]);
        foreach (range(1, 9) as $i) {
            $generator->create_response($transfer, ['overall' => 1]);
        }
        $this->mock_clock_with_frozen($second->end - 1);
        $indicator = \core\di::get(indicator_repository::class)->get_by_idnumber('kickoff_participants');
        $source = \core\di::get(event_participants_source::class);

        $values = $this->values_in_constant_queries($source, $indicator, [$first, $second, $third], 6);

        // First half-year: 3 people joined, 4 gave feedback; second: 2 joined, the draft does not count.
        $this->assertSame([1 => 4.0, 2 => 2.0, 3 => null], $values);
        $drilldown = $source->drilldown($indicator, $first);
        $this->assertSame([
            ['Webinar attendance', 'Kick-off online & "live"', source_periods::date($first->start + DAYSECS), 3],
            ['Feedback responses', 'Feedback zur Kick-off-Konferenz', source_periods::date($first->start + 2 * DAYSECS), 4],
        ], $drilldown->rows);
        $this->assertStringContainsString('“Kick-off”', $drilldown->note);
        $transferindicator = \core\di::get(indicator_repository::class)->get_by_idnumber('transfer_participants');
        $this->assertSame([1 => 1.0, 2 => 9.0], $source->values($transferindicator, [$first, $second]));
    }

    public function test_without_an_event_name_there_is_no_value_and_the_drilldown_says_why(): void {
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 2);
        $indicator = $generator->create_indicator(['source' => 'event_participants', 'config' => ['name' => '  ']]);
        $source = \core\di::get(event_participants_source::class);

        $this->assertSame([1 => null, 2 => null], $source->values($indicator, $programme->periods()));
        $drilldown = $source->drilldown($indicator, $programme->period(1));
        $this->assertSame([], $drilldown->rows);
        $this->assertStringContainsString('names no event', $drilldown->note);
    }
}
