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

namespace local_digitalstrategy\local\strategy;

use local_digitalstrategy\event\measure_moved;
use local_digitalstrategy\local\organisation_repository;

/**
 * Specification of the PDCA board: moving measures with optimistic concurrency, who may, and the
 * rules for creating and changing measures.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\strategy\board_service
 * @covers     \local_digitalstrategy\local\strategy\measure_repository
 * @covers     \local_digitalstrategy\local\strategy\measure
 */
#[\PHPUnit\Framework\Attributes\CoversClass(board_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(measure_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(measure::class)]
final class board_service_test extends \advanced_testcase {
    /** @var \local_digitalstrategy_generator */
    private $generator;

    /**
     * An organisation with a leader and a staff member, a strategy with one goal and three measures in Plan.
     *
     * @return array{org: \local_digitalstrategy\organisation, leader: \stdClass, staff: \stdClass, goal: \stdClass,
     *     measures: \stdClass[]}
     */
    private function board(): array {
        $this->resetAfterTest();
        $this->generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $org = $this->generator->create_organisation();
        $leader = $this->getDataGenerator()->create_user(['firstname' => 'Jürgen', 'lastname' => "O'Neill"]);
        $staff = $this->getDataGenerator()->create_user();
        $this->generator->add_member($org, $leader->id, 'leadership');
        $this->generator->add_member($org, $staff->id);
        $strategy = $this->generator->create_strategy($org);
        $goal = $this->generator->create_goal($strategy);
        $measures = [];
        foreach (['A & "B"', 'Kinder < 6 Jahre 🙂', 'C'] as $title) {
            $measures[] = $this->generator->create_measure($goal, ['title' => $title, 'ownerid' => $measures ? 0 : $leader->id]);
        }
        return ['org' => $org, 'leader' => $leader, 'staff' => $staff, 'goal' => $goal, 'measures' => $measures];
    }

    /**
     * The titles per phase, in board order.
     *
     * @param int $orgid
     * @return array<string, string[]>
     */
    private function columns(int $orgid): array {
        $columns = array_fill_keys(measure::PHASES, []);
        foreach (\core\di::get(measure_repository::class)->for_organisation($orgid) as $measure) {
            $columns[$measure->phase][] = $measure->title;
        }
        return $columns;
    }

    public function test_a_move_with_the_current_version_moves_the_measure_and_raises_its_version(): void {
        $b = $this->board();
        $sink = $this->redirectEvents();
        $result = \core\di::get(board_service::class)->move((int) $b['measures'][1]->id, 'do', 0, 1, (int) $b['staff']->id);
        $this->assertSame('moved', $result['status']);
        $this->assertSame('do', $result['measure']->phase);
        $this->assertSame(2, $result['measure']->version);
        $this->assertSame((int) $b['staff']->id, $result['measure']->usermodified);
        $this->assertSame(
            ['plan' => ['A & "B"', 'C'], 'do' => ['Kinder < 6 Jahre 🙂'], 'check' => [], 'act' => []],
            $this->columns($b['org']->get_id())
        );
        $events = array_values(array_filter($sink->get_events(), fn($e) => $e instanceof measure_moved));
        $this->assertCount(1, $events);
        $this->assertSame(['orgid' => $b['org']->get_id(), 'from' => 'plan', 'to' => 'do'], $events[0]->other);
    }

    public function test_moving_within_a_column_reorders_it_and_the_positions_stay_without_gaps(): void {
        $b = $this->board();
        $service = \core\di::get(board_service::class);
        $service->move((int) $b['measures'][2]->id, 'plan', 0, 1, (int) $b['leader']->id);
        $this->assertSame(['C', 'A & "B"', 'Kinder < 6 Jahre 🙂'], $this->columns($b['org']->get_id())['plan']);
        $service->move((int) $b['measures'][2]->id, 'plan', 99, 2, (int) $b['leader']->id);
        $this->assertSame(['A & "B"', 'Kinder < 6 Jahre 🙂', 'C'], $this->columns($b['org']->get_id())['plan']);
        $positions = array_map(
            fn(measure $m) => $m->sortorder,
            \core\di::get(measure_repository::class)->for_organisation($b['org']->get_id())
        );
        $this->assertSame([0, 1, 2], $positions);
    }

    public function test_a_move_naming_an_older_version_is_refused_and_returns_the_colleagues_state(): void {
        $b = $this->board();
        $service = \core\di::get(board_service::class);
        $id = (int) $b['measures'][0]->id;
        $service->move($id, 'check', 0, 1, (int) $b['leader']->id);
        $result = $service->move($id, 'do', 0, 1, (int) $b['staff']->id);
        $this->assertSame('conflict', $result['status']);
        $this->assertSame('check', $result['measure']->phase);
        $this->assertSame(2, $result['measure']->version);
        $this->assertSame((int) $b['leader']->id, $result['measure']->usermodified);
        $this->assertSame('check', \core\di::get(measure_repository::class)->get($id)->phase);
    }

    public function test_a_member_who_lost_membership_cannot_move_a_measure(): void {
        $b = $this->board();
        \core\di::get(organisation_repository::class)->remove_member($b['org'], (int) $b['staff']->id);
        $this->expectExceptionObject(new \moodle_exception('board_error_noedit', 'local_digitalstrategy'));
        \core\di::get(board_service::class)->move((int) $b['measures'][0]->id, 'do', 0, 1, (int) $b['staff']->id);
    }

    public function test_a_member_of_another_organisation_cannot_move_its_measures(): void {
        $b = $this->board();
        $other = $this->generator->create_organisation();
        $stranger = $this->getDataGenerator()->create_user();
        $this->generator->add_member($other, $stranger->id, 'leadership');
        try {
            \core\di::get(board_service::class)->move((int) $b['measures'][0]->id, 'do', 0, 1, (int) $stranger->id);
            $this->fail('A forged measure id of another organisation must be refused.');
        } catch (\moodle_exception $e) {
            $this->assertSame('board_error_noedit', $e->errorcode);
        }
        $this->assertSame('plan', \core\di::get(measure_repository::class)->get((int) $b['measures'][0]->id)->phase);
    }

    public function test_an_unknown_phase_or_measure_is_refused(): void {
        $b = $this->board();
        $service = \core\di::get(board_service::class);
        try {
            $service->move((int) $b['measures'][0]->id, 'done', 0, 1, (int) $b['leader']->id);
            $this->fail('Unknown phase');
        } catch (\moodle_exception $e) {
            $this->assertSame('board_error_phase', $e->errorcode);
        }
        $this->expectExceptionObject(new \moodle_exception('measure_notfound', 'local_digitalstrategy'));
        $service->move(-5, 'do', 0, 1, (int) $b['leader']->id);
    }

    public function test_the_board_revision_changes_with_every_move_and_rating_and_only_then(): void {
        $b = $this->board();
        $service = \core\di::get(board_service::class);
        $leader = (int) $b['leader']->id;
        $first = $service->revision($b['org'], $leader);
        $this->assertSame($first, $service->revision($b['org'], $leader));
        $service->move((int) $b['measures'][0]->id, 'plan', 2, 1, $leader);
        $second = $service->revision($b['org'], $leader);
        $this->assertNotSame($first, $second);
        \core\di::get(rating_service::class)->rate((int) $b['measures'][0]->id, 'cost', 'amber', '', '', $leader);
        $this->assertNotSame($second, $service->revision($b['org'], $leader));
    }

    public function test_the_board_shows_owner_overdue_ratings_and_overall_ampel(): void {
        $b = $this->board();
        $measure = $this->generator->create_measure($b['goal'], ['title' => 'Late', 'phase' => 'do',
            'ownerid' => $b['leader']->id, 'duedate' => time() - DAYSECS]);
        $this->generator->create_measure($b['goal'], ['title' => 'Late but done', 'phase' => 'act', 'duedate' => time() - DAYSECS]);
        $this->generator->create_rating($measure, 'time', 'red');
        $board = \core\di::get(board_service::class)->board($b['org'], (int) $b['staff']->id);
        $byid = array_column($board['measures'], null, 'title');
        $this->assertSame("Jürgen O'Neill", $byid['Late']['ownername']);
        $this->assertTrue($byid['Late']['overdue']);
        $this->assertFalse($byid['Late but done']['overdue']);
        $this->assertSame('red', array_column($byid['Late']['ratings'], 'rating', 'criterion')['time']);
        $this->assertSame('red', $board['ampel']['time']);
        $this->assertNull($board['ampel']['quality']);
        $this->assertTrue($board['canedit']);
    }

    public function test_a_member_of_another_organisation_cannot_see_the_board(): void {
        $b = $this->board();
        $stranger = $this->getDataGenerator()->create_user();
        $this->generator->add_member($this->generator->create_organisation(), $stranger->id);
        $this->expectExceptionObject(new \moodle_exception('board_error_noview', 'local_digitalstrategy'));
        \core\di::get(board_service::class)->board($b['org'], (int) $stranger->id);
    }

    public function test_reading_the_board_takes_the_same_number_of_queries_for_3_and_30_measures(): void {
        global $DB;
        $b = $this->board();
        $service = \core\di::get(board_service::class);
        $service->board($b['org'], (int) $b['leader']->id);
        $before = $DB->perf_get_reads();
        $service->board($b['org'], (int) $b['leader']->id);
        $small = $DB->perf_get_reads() - $before;
        for ($i = 0; $i < 27; $i++) {
            $m = $this->generator->create_measure($b['goal'], ['phase' => measure::PHASES[$i % 4], 'ownerid' => $b['staff']->id]);
            $this->generator->create_rating($m, 'quality', 'green');
            $this->generator->create_rating($m, 'quality', 'amber');
        }
        $before = $DB->perf_get_reads();
        $service->board($b['org'], (int) $b['leader']->id);
        $this->assertSame($small, $DB->perf_get_reads() - $before);
    }

    public function test_a_measure_is_created_at_the_end_of_its_phase_and_its_owner_is_told(): void {
        $b = $this->board();
        $sink = $this->redirectMessages();
        $measure = \core\di::get(board_service::class)->create($b['org'], (object) [
            'goalid' => $b['goal']->id, 'title' => '  <script>alert(1)</script> Dienstplan-App  ', 'ownerid' => $b['staff']->id,
            'startdate' => 1000, 'duedate' => 2000, 'phase' => 'plan', 'transferable' => 1,
        ], (int) $b['leader']->id);
        $this->assertSame('<script>alert(1)</script> Dienstplan-App', $measure->title);
        $this->assertSame(3, $measure->sortorder);
        $this->assertSame(1, $measure->version);
        $this->assertTrue($measure->transferable);
        $messages = $sink->get_messages();
        $this->assertCount(1, $messages);
        $this->assertSame('measureassigned', $messages[0]->eventtype);
        $this->assertEquals($b['staff']->id, $messages[0]->useridto);
    }

    public function test_bad_measures_are_refused_with_the_reason(): void {
        $b = $this->board();
        $service = \core\di::get(board_service::class);
        $outsider = $this->getDataGenerator()->create_user();
        $otherorg = $this->generator->create_organisation();
        $othergoal = $this->generator->create_goal($this->generator->create_strategy($otherorg));
        $errors = $service->validate($b['org'], (object) [
            'goalid' => $othergoal->id, 'title' => ' ', 'ownerid' => $outsider->id, 'startdate' => 2000, 'duedate' => 1000,
            'phase' => 'later', 'evaluationurl' => 'javascript:alert(1)', 'fieldid' => 99999,
        ]);
        $this->assertSame([
            'goalid' => 'measure_error_goal', 'title' => 'measure_error_title', 'ownerid' => 'measure_error_owner',
            'duedate' => 'measure_error_dates', 'fieldid' => 'measure_error_field', 'phase' => 'board_error_phase',
            'evaluationurl' => 'measure_error_url',
        ], $errors);
        $this->assertSame([], $service->validate($b['org'], (object) ['goalid' => $b['goal']->id, 'title' => 'Ok',
            'evaluationurl' => 'https://example.org/survey?id=3&x=1']));
        $this->expectExceptionObject(new \moodle_exception('measure_error_dates', 'local_digitalstrategy'));
        $service->create($b['org'], (object) ['goalid' => $b['goal']->id, 'title' => 'X', 'startdate' => 2000,
            'duedate' => 1000], (int) $b['leader']->id);
    }

    public function test_an_edit_naming_an_older_version_is_not_saved(): void {
        $b = $this->board();
        $service = \core\di::get(board_service::class);
        $id = (int) $b['measures'][0]->id;
        $data = (object) ['goalid' => $b['goal']->id, 'title' => 'First edit', 'phase' => 'check',
            'evaluation' => 'Umfrage im Team', 'evaluationurl' => 'https://example.org/feedback/1'];
        [$saved, $measure] = $service->update($id, 1, $data, (int) $b['leader']->id);
        $this->assertTrue($saved);
        $this->assertSame(2, $measure->version);
        $this->assertSame('check', $measure->phase);
        $this->assertSame('Umfrage im Team', $measure->evaluation);
        $data->title = 'Second edit';
        [$saved, $measure] = $service->update($id, 1, $data, (int) $b['staff']->id);
        $this->assertFalse($saved);
        $this->assertSame('First edit', $measure->title);
    }

    public function test_the_due_date_is_in_the_owners_calendar_follows_changes_and_leaves_with_act(): void {
        global $DB;
        $b = $this->board();
        $service = \core\di::get(board_service::class);
        $due = time() + WEEKSECS;
        $measure = $service->create($b['org'], (object) ['goalid' => $b['goal']->id, 'title' => 'Kalender & "Termin"',
            'ownerid' => $b['staff']->id, 'duedate' => $due], (int) $b['leader']->id);
        $event = $DB->get_record('event', ['component' => 'local_digitalstrategy', 'instance' => $measure->id]);
        $this->assertEquals($b['staff']->id, $event->userid);
        $this->assertEquals($due, $event->timestart);
        $this->assertSame('Kalender & "Termin"', $event->name);

        [, $measure] = $service->update($measure->id, 1, (object) ['goalid' => $b['goal']->id, 'title' => 'Kalender & "Termin"',
            'ownerid' => $b['leader']->id, 'duedate' => $due + DAYSECS], (int) $b['leader']->id);
        $event = $DB->get_record('event', ['component' => 'local_digitalstrategy', 'instance' => $measure->id]);
        $this->assertEquals($b['leader']->id, $event->userid);
        $this->assertEquals($due + DAYSECS, $event->timestart);

        $service->move($measure->id, 'act', 0, $measure->version, (int) $b['leader']->id);
        $this->assertFalse($DB->record_exists('event', ['component' => 'local_digitalstrategy', 'instance' => $measure->id]));
    }

    public function test_a_measure_made_from_the_check_goes_to_the_first_goal_of_its_dimension(): void {
        $b = $this->board();
        $strategyid = (int) $b['goal']->strategyid;
        $strategy = (object) ['id' => $strategyid];
        $first = $this->generator->create_goal($strategy, ['dimension' => 'dataprotection', 'title' => 'Datenschutz']);
        $this->generator->create_goal($strategy, ['dimension' => 'dataprotection', 'title' => 'Datenschutz, zweites Ziel']);
        $measures = \core\di::get(measure_repository::class);

        $this->assertSame((int) $first->id, $measures->goal_for_dimension($strategyid, 'dataprotection'));
        $this->assertNull($measures->goal_for_dimension($strategyid, 'strategy'));
    }
}
