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

namespace local_digitalstrategy\output;

use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_filter;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\strategy\strategies_overview_repository;
use local_digitalstrategy\local\strategy\strategy_summary_repository;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The project team's strategies overview and the status panel of one organisation's strategy:
 * state, measures per phase and overall Ampel per criterion as words and colours, who may open
 * the overview, and database reads that do not grow with the number of organisations.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\output\strategies_table
 * @covers     \local_digitalstrategy\output\strategies_page
 * @covers     \local_digitalstrategy\output\strategy_status_panel
 * @covers     \local_digitalstrategy\local\strategy\strategies_overview_repository
 */
#[CoversClass(strategies_table::class)]
#[CoversClass(strategies_page::class)]
#[CoversClass(strategy_status_panel::class)]
#[CoversClass(strategies_overview_repository::class)]
final class strategies_overview_test extends \advanced_testcase {
    /** @var \local_digitalstrategy_generator */
    private $generator;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    /**
     * An organisation with an adopted strategy: two measures in Plan, one in Do, one in Act; time
     * rated red, cost amber, quality green; staff unrated.
     *
     * @param string $name
     * @return \local_digitalstrategy\organisation
     */
    private function organisation_with_strategy(string $name): \local_digitalstrategy\organisation {
        $organisation = $this->generator->create_organisation(['name' => $name]);
        $strategy = $this->generator->create_strategy($organisation, ['status' => 'adopted', 'adoptedversion' => 2]);
        $goal = $this->generator->create_goal($strategy);
        $plan = $this->generator->create_measure($goal, ['phase' => 'plan']);
        $this->generator->create_measure($goal, ['phase' => 'plan']);
        $do = $this->generator->create_measure($goal, ['phase' => 'do']);
        $this->generator->create_measure($goal, ['phase' => 'act']);
        $this->generator->create_rating($plan, 'time', 'red');
        $this->generator->create_rating($do, 'cost', 'amber');
        $this->generator->create_rating($do, 'quality', 'green');
        return $organisation;
    }

    public function test_the_table_shows_state_phase_counts_and_each_ampel_as_a_word_and_a_colour(): void {
        global $PAGE;
        $adopted = $this->organisation_with_strategy('Pflege & "Sonnenschein" < 6 🌻');
        $without = $this->generator->create_organisation(['name' => 'Ohne Strategie']);
        $ids = [$adopted->get_id(), $without->get_id()];
        $summaries = \core\di::get(strategy_summary_repository::class)->for_organisations($ids);

        $html = $PAGE->get_renderer('core')->render(new strategies_table([
            ['id' => $adopted->get_id(), 'name' => $adopted->get_name()],
            ['id' => $without->get_id(), 'name' => $without->get_name()],
        ], $summaries, 'test', null, true));

        $this->assertStringContainsString('Pflege &amp; "Sonnenschein" &lt; 6 🌻', $html);
        $this->assertStringContainsString('<caption', $html);
        $this->assertStringContainsString('<th scope="row">', $html);
        $this->assertMatchesRegularExpression('~data-criterion="time" data-rating="red"><span[^>]*aria-hidden="true"></span> '
            . get_string('strategies_ampel_red', 'local_digitalstrategy') . '</td>~', $html);
        $this->assertStringContainsString('local_digitalstrategy-ampel-amber', $html);
        $this->assertStringContainsString('data-criterion="staff" data-rating="none"', $html);
        $this->assertMatchesRegularExpression('~data-phase="plan">2</td>~', $html);
        $this->assertStringContainsString(get_string('strategies_status_adopted', 'local_digitalstrategy'), $html);
        $this->assertStringContainsString(get_string('strategies_adoptedversion', 'local_digitalstrategy', 2), $html);
        $this->assertStringContainsString(get_string('strategies_status_none', 'local_digitalstrategy'), $html);
        $this->assertStringContainsString('strategy.php?orgid=' . $adopted->get_id(), $html);
        $this->assertStringContainsString('resistance.php?orgid=' . $adopted->get_id(), $html);
    }

    public function test_the_overview_page_is_offered_to_the_project_team_and_the_expert_forum_only(): void {
        global $CFG, $DB;
        require_once($CFG->libdir . '/adminlib.php');
        $system = \context_system::instance();
        $manager = $this->getDataGenerator()->create_user();
        role_assign($DB->get_field('role', 'id', ['shortname' => 'manager']), $manager->id, $system);
        $expert = $this->getDataGenerator()->create_user();
        role_assign($DB->get_field('role', 'id', ['shortname' => 'digitalstrategyexpert']), $expert->id, $system);
        $member = $this->getDataGenerator()->create_user();
        $this->generator->add_member($this->generator->create_organisation(), $member->id, 'leadership');

        $access = [];
        foreach (['manager' => $manager, 'expert' => $expert, 'member' => $member] as $part => $user) {
            $this->setUser($user);
            $access[$part] = admin_get_root(true, false)->locate('local_digitalstrategy_strategies')?->check_access();
        }

        $this->assertSame(['manager' => true, 'expert' => true, 'member' => false], $access);
    }

    public function test_the_overview_reads_the_same_number_of_queries_for_few_and_many_organisations(): void {
        global $DB, $PAGE;
        $this->setAdminUser();
        $renderer = $PAGE->get_renderer('core');
        $reads = function () use ($DB, $renderer): array {
            $before = $DB->perf_get_reads();
            $filter = new organisation_filter('', '', '', '', 'active');
            $result = \core\di::get(organisation_repository::class)->search($filter, 'name', false, 0, 50);
            $rows = array_map(fn($r) => ['id' => (int) $r->id, 'name' => (string) $r->name], $result['rows']);
            $summaries = \core\di::get(strategy_summary_repository::class)->for_organisations(array_column($rows, 'id'));
            $controls = new organisation_list_controls(
                new \moodle_url('/local/digitalstrategy/strategies.php'),
                $filter,
                'name',
                false,
                50,
                50,
                'name'
            );
            $html = $renderer->render(new strategies_page(
                new strategies_table($rows, $summaries),
                $controls,
                $result['total'],
                count($rows),
                0,
                50,
                $result['total']
            ));
            return [$DB->perf_get_reads() - $before, count($rows), $html];
        };
        $this->organisation_with_strategy('Erste');
        $reads();
        [$few, $fewrows] = $reads();

        foreach (range(1, 12) as $i) {
            $this->organisation_with_strategy("Organisation $i");
            $this->generator->create_organisation(['name' => "Ohne Strategie $i"]);
        }
        [$many, $manyrows, $html] = $reads();

        $this->assertSame(1, $fewrows);
        $this->assertSame(25, $manyrows);
        $this->assertSame($few, $many, 'database reads of the overview');
        $this->assertLessThanOrEqual(8, $many);
        $this->assertStringContainsString('data-region="local_digitalstrategy-filters"', $html);
    }

    public function test_the_block_part_lists_only_active_organisations_with_a_strategy_up_to_a_limit(): void {
        $this->organisation_with_strategy('B mit Strategie');
        $draft = $this->generator->create_organisation(['name' => 'A Entwurf']);
        $this->generator->create_strategy($draft);
        $archived = $this->generator->create_organisation(['name' => 'C archiviert', 'archived' => 1]);
        $this->generator->create_strategy($archived, ['status' => 'adopted']);
        $this->generator->create_organisation(['name' => 'D ohne']);

        $found = \core\di::get(strategies_overview_repository::class)->with_strategy(1);
        $all = \core\di::get(strategies_overview_repository::class)->with_strategy(10);

        $this->assertSame(2, $found['total']);
        $this->assertSame(['A Entwurf'], array_column($found['rows'], 'name'));
        $this->assertSame(['A Entwurf', 'B mit Strategie'], array_column($all['rows'], 'name'));
    }

    public function test_a_member_sees_the_panel_of_their_organisation_with_a_link_and_others_see_none(): void {
        global $PAGE;
        $organisation = $this->organisation_with_strategy('Sozialstation Nord');
        $member = $this->getDataGenerator()->create_user();
        $this->generator->add_member($organisation, $member->id);
        $outsider = $this->getDataGenerator()->create_user();
        $panel = fn(int $userid) => strategy_status_panel::for_user(
            $userid,
            \core\di::get(organisation_repository::class),
            \core\di::get(organisation_access::class),
            \core\di::get(strategy_summary_repository::class)
        );

        $html = $PAGE->get_renderer('core')->render($panel((int) $member->id));

        $this->assertNull($panel((int) $outsider->id));
        $this->assertStringContainsString('strategy.php?orgid=' . $organisation->get_id(), $html);
        $heading = get_string('strategies_panel_heading', 'local_digitalstrategy', 'Sozialstation Nord');
        $this->assertStringContainsString($heading, $html);
        $this->assertStringContainsString(get_string('strategies_ampel_red', 'local_digitalstrategy'), $html);
        $this->assertMatchesRegularExpression('~<tr data-phase="plan"><th scope="row">[^<]+</th><td[^>]*>2</td>~', $html);
    }

    public function test_the_panel_says_so_when_the_organisation_has_no_strategy_yet(): void {
        global $PAGE;
        $organisation = $this->generator->create_organisation(['name' => 'Neu']);
        $member = $this->getDataGenerator()->create_user();
        $this->generator->add_member($organisation, $member->id, 'leadership');

        $panel = strategy_status_panel::for_user(
            (int) $member->id,
            \core\di::get(organisation_repository::class),
            \core\di::get(organisation_access::class),
            \core\di::get(strategy_summary_repository::class)
        );
        $html = $PAGE->get_renderer('core')->render($panel);

        $this->assertStringContainsString(get_string('strategies_panel_none', 'local_digitalstrategy'), $html);
        $this->assertStringNotContainsString('<table', $html);
    }
}
