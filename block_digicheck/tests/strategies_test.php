<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace block_digicheck;

use PHPUnit\Framework\Attributes\CoversClass;

/**
 * Strategies in the Digitalisierungscheck block: members see where their organisation's strategy
 * stands with a link to it; the project team sees the strategies of the organisations that have
 * one (adopted or not) with the Ampel per criterion; the reads do not grow with organisations.
 *
 * @package    block_digicheck
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_digicheck\output\block_content
 * @covers     \block_digicheck\local\content_builder
 */
#[CoversClass(output\block_content::class)]
#[CoversClass(local\content_builder::class)]
final class strategies_test extends \advanced_testcase {
    /** @var \local_digitalstrategy_generator */
    private $generator;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    /**
     * An organisation with a strategy in the given state, a measure in Do rated red on time.
     *
     * @param string $name
     * @param string $status
     * @return \local_digitalstrategy\organisation
     */
    private function organisation_with_strategy(string $name, string $status = 'adopted'): \local_digitalstrategy\organisation {
        $organisation = $this->generator->create_organisation(['name' => $name]);
        $strategy = $this->generator->create_strategy($organisation, ['status' => $status]);
        $measure = $this->generator->create_measure($this->generator->create_goal($strategy), ['phase' => 'do']);
        $this->generator->create_rating($measure, 'time', 'red');
        return $organisation;
    }

    /**
     * The block's HTML for a user.
     *
     * @param int $userid
     * @param bool $projectteam whether the user may see all strategies
     * @return string
     */
    private function render_for(int $userid, bool $projectteam): string {
        $renderer = (new \moodle_page())->get_renderer('core');
        return $renderer->render(\core\di::get(local\content_builder::class)->for_user($userid, false, 'en', $projectteam));
    }

    public function test_a_member_sees_their_organisations_strategy_with_a_link_to_it(): void {
        $organisation = $this->organisation_with_strategy('Sozialstation Nord');
        $member = $this->getDataGenerator()->create_user();
        $this->generator->add_member($organisation, $member->id);
        $this->setUser($member);

        $html = $this->render_for((int) $member->id, false);

        $this->assertStringContainsString('data-region="local_digitalstrategy-strategystatus"', $html);
        $this->assertStringContainsString('/local/digitalstrategy/strategy.php?orgid=' . $organisation->get_id(), $html);
        $this->assertStringContainsString(get_string('strategies_ampel_red', 'local_digitalstrategy'), $html);
        $this->assertStringNotContainsString('data-region="block_digicheck-strategies"', $html);
    }

    public function test_the_project_team_sees_every_organisation_with_a_strategy_adopted_or_not(): void {
        $this->organisation_with_strategy('Adoptiert & "gut" < 5', 'adopted');
        $this->organisation_with_strategy('Entwurf Süd', 'draft');
        $this->generator->create_organisation(['name' => 'Noch ohne Strategie']);
        $this->setAdminUser();

        $html = $this->render_for((int) get_admin()->id, true);

        $this->assertStringContainsString('data-region="block_digicheck-strategies"', $html);
        $this->assertStringContainsString('Adoptiert &amp; "gut" &lt; 5', $html);
        $this->assertStringContainsString('Entwurf Süd', $html);
        $this->assertStringNotContainsString('Noch ohne Strategie', $html);
        $this->assertStringContainsString(get_string('strategies_status_draft', 'local_digitalstrategy'), $html);
        $this->assertStringContainsString('data-criterion="time" data-rating="red"', $html);
        $this->assertStringContainsString('/local/digitalstrategy/strategies.php', $html);
        $this->assertStringContainsString('<caption', $html);
    }

    public function test_the_project_team_is_told_when_no_organisation_has_a_strategy(): void {
        $this->generator->create_organisation();
        $this->setAdminUser();

        $html = $this->render_for((int) get_admin()->id, true);

        $this->assertStringContainsString(get_string('strategies_nostrategies', 'local_digitalstrategy'), $html);
        $this->assertStringNotContainsString('<table class="table table-sm small mb-0 local_digitalstrategy-strategies"', $html);
    }

    public function test_the_reads_and_the_rows_do_not_grow_with_organisations(): void {
        global $DB;
        $own = $this->organisation_with_strategy('Eigene');
        $member = $this->getDataGenerator()->create_user();
        $this->generator->add_member($own, $member->id);
        $this->setAdminUser();
        $measure = function (int $userid, bool $projectteam) use ($DB): array {
            \cache_helper::purge_by_definition('local_digitalstrategy', 'results');
            \cache_helper::purge_by_definition('local_digitalstrategy', 'instruments');
            $before = $DB->perf_get_reads();
            $html = $this->render_for($userid, $projectteam);
            return [$DB->perf_get_reads() - $before, substr_count($html, '<tr data-orgid=')];
        };
        $measure((int) get_admin()->id, true);
        $measure((int) $member->id, false);
        $small = [$measure((int) get_admin()->id, true), $measure((int) $member->id, false)];

        foreach (range(1, local\content_builder::STRATEGY_ROWS + 5) as $i) {
            $this->organisation_with_strategy(sprintf('Organisation %02d', $i), $i % 2 ? 'adopted' : 'draft');
        }
        $measure((int) get_admin()->id, true);
        $measure((int) $member->id, false);
        $large = [$measure((int) get_admin()->id, true), $measure((int) $member->id, false)];

        $this->assertSame($small[0][0], $large[0][0], 'database reads of the project team\'s block');
        $this->assertSame($small[1][0], $large[1][0], 'database reads of the member\'s block');
        $this->assertSame(1, $small[0][1]);
        $this->assertSame(local\content_builder::STRATEGY_ROWS, $large[0][1]);
    }
}
