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

use local_digitalstrategy\event\strategy_adopted;
use local_digitalstrategy\event\strategy_updated;
use local_digitalstrategy\organisation;
use moodle_exception;

/**
 * The strategy of an organisation: its states, optimistic concurrency, who may see, edit and
 * adopt it, goals made from the check with their baseline, and the events it raises.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\strategy\strategy_service
 * @covers     \local_digitalstrategy\local\strategy\strategy_repository
 * @covers     \local_digitalstrategy\local\strategy\strategy
 */
#[\PHPUnit\Framework\Attributes\CoversClass(strategy_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(strategy_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(strategy::class)]
final class strategy_service_test extends \advanced_testcase {
    /** @var string A vision with everything that must stay as typed. */
    private const VISION = '<script>alert(1)</script> & "Kinder < 6" – Äpfel, O\'Brien 🙂';

    /** @var \local_digitalstrategy_generator */
    private $generator;
    /** @var organisation */
    private organisation $org;
    /** @var organisation */
    private organisation $other;
    /** @var \stdClass leadership member of $org */
    private \stdClass $leader;
    /** @var \stdClass staff member of $org */
    private \stdClass $staff;
    /** @var \stdClass leadership member of $other */
    private \stdClass $otherleader;
    /** @var \stdClass project team (manager at system level) */
    private \stdClass $team;
    /** @var strategy_service */
    private strategy_service $service;

    protected function setUp(): void {
        global $DB;
        parent::setUp();
        $this->resetAfterTest();
        $this->generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $this->org = $this->generator->create_organisation(['name' => 'Sonnenschein & Söhne']);
        $this->other = $this->generator->create_organisation(['name' => 'Nord']);
        $this->leader = $this->getDataGenerator()->create_user(['firstname' => 'Lea', 'lastname' => 'Leitung']);
        $this->staff = $this->getDataGenerator()->create_user();
        $this->otherleader = $this->getDataGenerator()->create_user();
        $this->team = $this->getDataGenerator()->create_user();
        $this->generator->add_member($this->org, $this->leader->id, 'leadership');
        $this->generator->add_member($this->org, $this->staff->id, 'staff');
        $this->generator->add_member($this->other, $this->otherleader->id, 'leadership');
        $manager = $DB->get_field('role', 'id', ['shortname' => 'manager']);
        $this->getDataGenerator()->role_assign($manager, $this->team->id);
        $this->service = \core\di::get(strategy_service::class);
    }

    /**
     * The id of a shipped experiment field.
     *
     * @param string $idnumber
     * @return int
     */
    private function field(string $idnumber): int {
        global $DB;
        return (int) $DB->get_field('local_digitalstrategy_field', 'id', ['idnumber' => $idnumber]);
    }

    public function test_a_new_strategy_is_a_draft_and_each_save_raises_its_version(): void {
        $draft = $this->service->get_for_edit($this->org, $this->staff->id);
        $this->assertSame(strategy::DRAFT, $draft->status);
        $this->assertSame(1, $draft->version);

        $saved = $this->service->save_draft($this->org, $this->staff->id, 1, self::VISION, "Teilhabe\nDatenschutz", [
            $this->field('servicedelivery') => "1. Termine online\n2. Chat",
        ]);

        $this->assertSame(strategy::DRAFT, $saved->status);
        $this->assertSame(2, $saved->version);
        $this->assertSame(self::VISION, $saved->vision);
        $this->assertSame("Teilhabe\nDatenschutz", $saved->guidingvalues);
        $this->assertSame("1. Termine online\n2. Chat", $saved->get_field($this->field('servicedelivery'))['steps']);
        $this->assertSame($this->staff->id, (string) $saved->usermodified);
    }

    public function test_a_save_naming_an_older_version_is_refused_and_the_newer_one_stays(): void {
        $this->service->get_for_edit($this->org, $this->leader->id);
        $this->service->save_draft($this->org, $this->leader->id, 1, 'Erste Fassung', '', []);

        try {
            $this->service->save_draft($this->org, $this->staff->id, 1, 'Veraltet', '', []);
            $this->fail('A stale save must be refused.');
        } catch (strategy_conflict $e) {
            $this->assertSame(2, $e->currentversion);
            $this->assertSame(get_string('strategy_conflict', 'local_digitalstrategy'), $e->getMessage());
        }
        $stored = $this->service->get($this->org, $this->leader->id);
        $this->assertSame('Erste Fassung', $stored->vision);
        $this->assertSame(2, $stored->version);
    }

    public function test_only_a_leadership_member_of_the_organisation_may_adopt(): void {
        $this->service->get_for_edit($this->org, $this->staff->id);
        foreach ([$this->staff, $this->otherleader, $this->team] as $user) {
            try {
                $this->service->adopt($this->org, $user->id, 1);
                $this->fail('Only the leadership adopts.');
            } catch (moodle_exception $e) {
                $this->assertSame('strategy_cannotadopt', $e->errorcode);
            }
        }
        $this->assertSame(strategy::DRAFT, $this->service->get($this->org, $this->leader->id)->status);

        $adopted = $this->service->adopt($this->org, $this->leader->id, 1);
        $this->assertSame(strategy::ADOPTED, $adopted->status);
    }

    public function test_a_leader_without_the_capability_cannot_adopt(): void {
        global $DB;
        $this->service->get_for_edit($this->org, $this->leader->id);
        $userrole = $DB->get_field('role', 'id', ['shortname' => 'user']);
        assign_capability('local/digitalstrategy:adoptstrategy', CAP_PROHIBIT, $userrole, \context_system::instance(), true);

        $this->expectExceptionMessage(get_string('strategy_cannotadopt', 'local_digitalstrategy'));
        $this->service->adopt($this->org, $this->leader->id, 1);
    }

    public function test_adopting_keeps_the_whole_strategy_as_a_numbered_version_with_who_and_when(): void {
        $this->service->get_for_edit($this->org, $this->leader->id);
        $fields = [$this->field('administration40') => 'E-Akte'];
        $this->service->save_draft($this->org, $this->leader->id, 1, self::VISION, 'Werte', $fields);
        $this->service->save_goal($this->org, $this->leader->id, 2, (object) ['title' => 'Datenschutz & Sicherheit',
            'rationale' => 'Weil', 'target' => '60 Punkte', 'duedate' => 0, 'dimension' => '']);
        $this->setCurrentTimeStart();

        $adopted = $this->service->adopt($this->org, $this->leader->id, 3);

        $this->assertSame(1, $adopted->adoptedversion);
        $version = $this->service->get_version($this->org, $this->staff->id, 1);
        $this->assertSame((int) $this->leader->id, $version['useradopted']);
        $this->assertTimeCurrent($version['timeadopted']);
        $this->assertSame(self::VISION, $version['strategy']->vision);
        $this->assertSame('Datenschutz & Sicherheit', $version['strategy']->goals[0]->title);
        $this->assertSame('E-Akte', $version['strategy']->fields[0]['steps']);
    }

    public function test_editing_an_adopted_strategy_puts_it_under_revision_until_it_is_adopted_again(): void {
        $this->service->get_for_edit($this->org, $this->leader->id);
        $this->service->adopt($this->org, $this->leader->id, 1);

        $revised = $this->service->save_draft($this->org, $this->staff->id, 2, 'Neue Vision', '', []);
        $this->assertSame(strategy::REVISION, $revised->status);
        $this->assertSame(1, $revised->adoptedversion);

        $again = $this->service->adopt($this->org, $this->leader->id, 3);
        $this->assertSame(strategy::ADOPTED, $again->status);
        $this->assertSame(2, $again->adoptedversion);
        $this->assertSame([2, 1], array_column($this->service->list_versions($this->org, $this->team->id), 'versionno'));
    }

    public function test_an_adopted_strategy_unchanged_since_has_nothing_to_adopt(): void {
        $this->service->get_for_edit($this->org, $this->leader->id);
        $this->service->adopt($this->org, $this->leader->id, 1);

        $this->expectExceptionMessage(get_string('strategy_nothingtoadopt', 'local_digitalstrategy'));
        $this->service->adopt($this->org, $this->leader->id, 2);
    }

    public function test_adopting_what_changed_since_the_leader_read_it_is_refused(): void {
        $this->service->get_for_edit($this->org, $this->leader->id);
        $this->service->save_draft($this->org, $this->staff->id, 1, 'Geändert', '', []);

        $this->expectException(strategy_conflict::class);
        $this->service->adopt($this->org, $this->leader->id, 1);
    }

    public function test_members_with_the_capability_and_the_project_team_see_it_others_do_not(): void {
        $this->service->get_for_edit($this->org, $this->leader->id);
        $this->assertNotNull($this->service->get($this->org, $this->staff->id));
        $this->assertNotNull($this->service->get($this->org, $this->team->id));
        foreach ([$this->otherleader, $this->getDataGenerator()->create_user()] as $user) {
            try {
                $this->service->get($this->org, $user->id);
                $this->fail('Others never see the strategy.');
            } catch (moodle_exception $e) {
                $this->assertSame('strategy_noview', $e->errorcode);
            }
        }
    }

    public function test_the_project_team_and_other_organisations_cannot_edit(): void {
        foreach ([$this->team, $this->otherleader] as $user) {
            try {
                $this->service->save_draft($this->org, $user->id, 1, 'x', '', []);
                $this->fail('Only members edit.');
            } catch (moodle_exception $e) {
                $this->assertSame('strategy_noedit', $e->errorcode);
            }
        }
        $this->assertNull(\core\di::get(strategy_repository::class)->get_for_org($this->org->get_id()));
    }

    public function test_a_goal_made_from_the_check_keeps_the_dimension_score_of_that_run_as_baseline(): void {
        $run = $this->generator->create_submitted_run($this->org, 1, $this->leader->id);
        $this->service->get_for_edit($this->org, $this->leader->id);

        $saved = $this->service->save_goal($this->org, $this->leader->id, 1, (object) [
            'title' => 'Datenschutz stärken', 'rationale' => '', 'target' => '', 'duedate' => 0,
            'dimension' => 'dataprotection', 'baselinerunid' => $run->get_id(),
        ]);

        $goal = $saved->goals[0];
        $this->assertSame(25.0, $goal->baseline);
        $this->assertSame($run->get_id(), $goal->baselinerunid);
        $this->assertSame($run->get_id(), $this->service->current_scores($this->org)['runid']);
        $this->assertSame(25.0, $this->service->current_scores($this->org)['scores']['dataprotection']);
    }

    public function test_a_run_of_another_organisation_gives_no_baseline(): void {
        $foreign = $this->generator->create_submitted_run($this->other, 4, $this->otherleader->id);
        $this->service->get_for_edit($this->org, $this->leader->id);

        $saved = $this->service->save_goal($this->org, $this->leader->id, 1, (object) [
            'title' => 'Datenschutz', 'dimension' => 'dataprotection', 'baselinerunid' => $foreign->get_id(), 'duedate' => 0,
        ]);

        $this->assertNull($saved->goals[0]->baseline);
        $this->assertNull($saved->goals[0]->baselinerunid);
    }

    public function test_the_check_proposes_a_recommendation_or_a_weak_dimension_with_the_runs_score(): void {
        $run = $this->generator->create_submitted_run($this->org, 1, $this->leader->id);

        $recommendation = $this->service->from_check($this->org, $run->get_id(), 'strategy', 'str_goals', 'en');
        $this->assertSame('strategy', $recommendation['dimension']);
        $this->assertSame(25.0, $recommendation['baseline']);
        $this->assertSame($run->get_id(), $recommendation['baselinerunid']);
        $this->assertStringStartsWith('Write down in a few sentences', $recommendation['title']);
        $this->assertLessThanOrEqual(255, \core_text::strlen($recommendation['title']));
        $this->assertSame(
            'Has your organisation written down what it wants to achieve through digitalisation?',
            $recommendation['text']
        );

        $weakness = $this->service->from_check($this->org, $run->get_id(), 'strategy', '', 'en');
        $this->assertSame(get_string('goal_fromweakness', 'local_digitalstrategy', 'Strategy and leadership'), $weakness['title']);
        $this->assertSame('', $weakness['text']);

        $this->assertNull($this->service->from_check($this->org, $run->get_id(), 'nosuchdimension', '', 'en'));
    }

    public function test_the_check_of_another_organisation_proposes_neither_its_score_nor_its_items(): void {
        $foreign = $this->generator->create_submitted_run($this->other, 4, $this->otherleader->id);

        $proposal = $this->service->from_check($this->org, $foreign->get_id(), 'strategy', 'str_goals', 'en');

        $this->assertNull($proposal['baseline']);
        $this->assertSame(0, $proposal['baselinerunid']);
        $this->assertSame('', $proposal['text']);
    }

    public function test_a_goal_due_in_the_past_or_with_an_unknown_dimension_is_refused(): void {
        $this->service->get_for_edit($this->org, $this->leader->id);
        $errors = $this->service->validate_goal((object) ['title' => '', 'duedate' => time() - 3 * DAYSECS,
            'dimension' => 'nosuchdimension'], null);
        $this->assertSame(['title', 'duedate', 'dimension'], array_keys($errors));
        $this->assertSame([], $this->service->validate_goal((object) ['title' => 'Ziel', 'duedate' => time() + DAYSECS,
            'dimension' => 'dataprotection'], null));

        $this->expectExceptionMessage(get_string('goal_duedatepast', 'local_digitalstrategy'));
        $past = (object) ['title' => 'Ziel', 'duedate' => time() - 3 * DAYSECS];
        $this->service->save_goal($this->org, $this->leader->id, 1, $past);
    }

    public function test_a_goal_of_another_strategy_cannot_be_changed_or_deleted(): void {
        $this->service->get_for_edit($this->other, $this->otherleader->id);
        $goal = (object) ['title' => 'Fremd', 'duedate' => 0];
        $foreign = $this->service->save_goal($this->other, $this->otherleader->id, 1, $goal);
        $this->service->get_for_edit($this->org, $this->leader->id);

        try {
            $this->service->save_goal($this->org, $this->leader->id, 1, (object) ['id' => $foreign->goals[0]->id, 'title' => 'x']);
            $this->fail('A forged goal id must be refused.');
        } catch (moodle_exception $e) {
            $this->assertSame('goal_notfound', $e->errorcode);
        }
        $this->expectExceptionMessage(get_string('goal_notfound', 'local_digitalstrategy'));
        $this->service->delete_goal($this->org, $this->leader->id, 1, $foreign->goals[0]->id);
    }

    public function test_an_archived_field_cannot_be_chosen_but_a_strategy_that_chose_it_keeps_it(): void {
        $fields = \core\di::get(strategy_field_repository::class);
        $this->service->get_for_edit($this->org, $this->leader->id);
        $this->service->save_draft($this->org, $this->leader->id, 1, '', '', [$this->field('servicedelivery') => 'A']);
        $fields->set_archived($this->field('servicedelivery'), true, 0);
        $fields->set_archived($this->field('administration40'), true, 0);

        $kept = $this->service->save_draft($this->org, $this->leader->id, 2, '', '', [$this->field('servicedelivery') => 'B']);
        $this->assertSame('B', $kept->fields[0]['steps']);
        $this->expectExceptionMessage(get_string('field_notfound', 'local_digitalstrategy'));
        $this->service->save_draft($this->org, $this->leader->id, 3, '', '', [$this->field('administration40') => 'C']);
    }

    public function test_saving_and_adopting_raise_events_with_the_organisation_and_version(): void {
        $this->service->get_for_edit($this->org, $this->leader->id);
        $sink = $this->redirectEvents();

        $this->service->save_draft($this->org, $this->staff->id, 1, 'Vision', '', []);
        $this->service->adopt($this->org, $this->leader->id, 2);

        $events = $sink->get_events();
        $this->assertCount(2, $events);
        $this->assertInstanceOf(strategy_updated::class, $events[0]);
        $this->assertSame((int) $this->staff->id, (int) $events[0]->userid);
        $this->assertSame($this->org->get_id(), $events[0]->other['orgid']);
        $this->assertInstanceOf(strategy_adopted::class, $events[1]);
        $this->assertSame(1, $events[1]->other['versionno']);
        $this->assertEquals(
            new \moodle_url('/local/digitalstrategy/strategy.php', ['orgid' => $this->org->get_id()]),
            $events[1]->get_url()
        );
        $this->assertNotEmpty($events[1]->get_description());
    }

    public function test_the_history_is_read_by_those_who_see_the_strategy_and_names_only_adopted_versions(): void {
        $this->service->get_for_edit($this->org, $this->leader->id);
        $this->service->adopt($this->org, $this->leader->id, 1);
        $this->service->save_draft($this->org, $this->leader->id, 2, 'Zweite Vision', '', []);
        $this->service->adopt($this->org, $this->leader->id, 3);

        $changes = $this->service->diff($this->org, $this->team->id, 1, 2);
        $this->assertSame('vision', $changes[0]['area']);
        $this->assertSame([2, 1], array_column($this->service->list_versions($this->org, $this->staff->id), 'versionno'));
        try {
            $this->service->get_version($this->org, $this->staff->id, 3);
            $this->fail('Only adopted versions exist.');
        } catch (moodle_exception $e) {
            $this->assertSame('strategy_versionnotfound', $e->errorcode);
        }
        $this->expectExceptionMessage(get_string('strategy_noview', 'local_digitalstrategy'));
        $this->service->list_versions($this->org, $this->otherleader->id);
    }
}
