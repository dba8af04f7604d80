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

use local_digitalstrategy\local\check\check_service;
use local_digitalstrategy\local\check\result_summary;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\local\user_repository;

/**
 * The check page shows what is stored (a reload loses nothing); the results page shows scores,
 * the hidden or shown peer average and the table; the overview counts organisations.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\output\check_page
 * @covers     \local_digitalstrategy\output\results_page
 * @covers     \local_digitalstrategy\output\overview
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\output\check_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\output\results_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\output\overview::class)]
final class pages_test extends \advanced_testcase {
    public function test_check_page_renders_the_stored_answers_with_versions_and_who_answered(): void {
        global $PAGE;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = $generator->create_organisation(['name' => 'Nord']);
        $anna = $this->getDataGenerator()->create_user(['firstname' => 'Anna', 'lastname' => 'Albers']);
        $generator->add_member($organisation, $anna->id);
        $run = $generator->create_run($organisation, ['str_goals' => '3', 'str_budget' => [null, true, 2],
            'str_review' => 'no'], $anna->id);
        $answers = \core\di::get(run_repository::class)->get_answers($run);

        $html = $PAGE->get_renderer('core')->render(new check_page(
            $organisation,
            $run,
            \core\di::get(instrument_repository::class)->get($run->get_instrumentid()),
            $answers,
            \core\di::get(user_repository::class)->full_names(array_map(fn($a) => $a->userid, $answers)),
            \core\di::get(check_service::class)->get_completeness($run),
            'de'
        ));

        $this->assertStringContainsString('data-runid="' . $run->get_id() . '"', $html);
        $this->assertMatchesRegularExpression('/id="ds-str_goals-3" value="3" checked/', $html);
        $this->assertMatchesRegularExpression('/id="ds-str_budget-dontknow" value="dontknow" data-dontknow="1" checked/', $html);
        $this->assertMatchesRegularExpression('/id="ds-str_review-no" value="no" checked/', $html);
        $this->assertMatchesRegularExpression('/<option value="2" selected>/', $html);
        $this->assertStringContainsString('data-item="str_goals"', $html);
        $this->assertMatchesRegularExpression('/data-item="str_goals"\s+data-type="maturity" data-version="1"/', $html);
        $this->assertStringContainsString('Anna Albers', $html);
        $this->assertSame(8, substr_count($html, 'data-region="step" data-step="') - 1);
        // 44 closed and 8 open questions.
        $this->assertSame(52, substr_count($html, 'data-region="item"'));
        $this->assertStringContainsString('Strategie und Führung', $html);
    }

    public function test_results_page_shows_scores_table_and_says_why_peers_are_hidden(): void {
        global $PAGE;
        $this->resetAfterTest();
        $this->setAdminUser();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = $generator->create_organisation();
        $run = $generator->create_submitted_run($organisation, 3);
        $output = $PAGE->get_renderer('core');

        $summaries = \core\di::get(result_summary::class);
        $hidden = $output->render(new results_page($organisation, $run, $summaries->build($run, $organisation, 'en'), true));
        foreach ([1, 2, 3, 4, 1] as $level) {
            $generator->create_submitted_run($generator->create_organisation(), $level);
        }
        $shown = $output->render(new results_page($organisation, $run, $summaries->build($run, $organisation, 'en'), true));

        $this->assertStringContainsString(
            'data-region="local_digitalstrategy-results" data-runid="' . $run->get_id() . '"',
            $hidden
        );
        $this->assertStringContainsString('<canvas data-region="local_digitalstrategy-radar"', $hidden);
        $this->assertSame(8, substr_count($hidden, '<tr data-dimension='));
        $this->assertStringContainsString('data-region="nopeers"', $hidden);
        $this->assertStringNotContainsString('data-region="nopeers"', $shown);
        // Peers: 25, 50, 75, 100, 25: mean 55.
        $this->assertMatchesRegularExpression(
            '/Strategy and leadership<\/th>\s*<td[^>]*>75\.0<\/td>\s*<td[^>]*>55\.0<\/td>/',
            $shown
        );
    }

    public function test_overview_counts_active_organisations_and_participation(): void {
        global $PAGE;
        $this->resetAfterTest();
        $this->setAdminUser();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $generator->create_submitted_run($generator->create_organisation(), 2);
        $generator->create_organisation();
        $generator->create_organisation(['archived' => 1]);

        $organisations = \core\di::get(\local_digitalstrategy\local\organisation_repository::class)->count_active();
        $participating = \core\di::get(\local_digitalstrategy\local\check\score_repository::class)->count_participating();
        $html = $PAGE->get_renderer('core')->render(overview::build(
            \core\di::get(\local_digitalstrategy\local\settings::class),
            $organisations,
            $participating,
            true,
            true
        ));

        $this->assertStringContainsString('Digitalisation check submitted: 1 of 2 active organisations.', $html);
        $this->assertStringNotContainsString(get_string('noorganisations', 'local_digitalstrategy'), $html);
        $this->assertStringContainsString('/local/digitalstrategy/organisations.php', $html);
    }
}
