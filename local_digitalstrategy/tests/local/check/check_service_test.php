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

namespace local_digitalstrategy\local\check;

use local_digitalstrategy\local\questionnaire\run;

/**
 * Submitting check runs, the kept scores, the peer comparison with its threshold, the history
 * and the aggregate across organisations, against the database.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\check\check_service
 * @covers     \local_digitalstrategy\local\check\score_repository
 * @covers     \local_digitalstrategy\local\check\aggregate
 * @covers     \local_digitalstrategy\local\check\aggregate_repository
 * @covers     \local_digitalstrategy\local\check\result_summary
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\check\check_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\check\score_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\check\aggregate::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\check\aggregate_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\check\result_summary::class)]
final class check_service_test extends \advanced_testcase {
    /** @var \local_digitalstrategy_generator */
    private $generator;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    public function test_submitting_keeps_scores_per_dimension_and_marks_the_latest_run(): void {
        global $DB;
        $organisation = $this->generator->create_organisation();
        $first = $this->generator->create_submitted_run($organisation, 1);

        $second = $this->generator->create_submitted_run($organisation, 3, 0, ['str_goals' => '4']);

        $this->assertTrue($second->is_submitted());
        $this->assertSame(0, (int) $DB->get_field(run::TABLE, 'latest', ['id' => $first->get_id()]));
        $this->assertSame(1, (int) $DB->get_field(run::TABLE, 'latest', ['id' => $second->get_id()]));
        $scores = $DB->get_records_menu(score_repository::TABLE, ['runid' => $second->get_id()], 'id', 'dimension, score');
        $this->assertCount(8, $scores);
        // Strategy: str_goals (weight 1.5) at 100, four more maturity items at 75, str_review don't know:
        // Weighted: (1.5 × 100 + 4 × 75) / 5.5 = 81.818….
        $this->assertEqualsWithDelta(81.82, (float) $scores['strategy'], 0.001);
        $this->assertEqualsWithDelta(75.0, (float) $scores['culture'], 0.001);
        $this->assertSame(3, $second->get_maturity());
        // Every question answered, the 8 open ones (not scored) too.
        $this->assertSame(52, (int) $DB->get_field(run::TABLE, 'answered', ['id' => $second->get_id()]));
    }

    public function test_an_incomplete_run_is_not_submitted_and_says_what_is_missing(): void {
        set_config('submitminpercent', 50, 'local_digitalstrategy');
        $organisation = $this->generator->create_organisation();
        $run = $this->generator->create_run($organisation, ['str_goals' => '2', 'str_budget' => [null, true, 0]]);

        [$submitted, $completeness] = $this->service()->submit($run, 2);

        $this->assertNull($submitted);
        $this->assertSame(2, $completeness->answered);
        // Half of the 52 questions of the default check (44 closed, 8 open).
        $this->assertSame(26, $completeness->needed);
        $this->assertCount(50, $completeness->unanswered);
        $this->assertSame('str_responsibility', $completeness->unanswered[0]);
        $runs = \core\di::get(\local_digitalstrategy\local\questionnaire\run_repository::class);
        $this->assertTrue($runs->get($run->get_id())->is_open());
    }

    public function test_the_share_needed_to_submit_is_a_setting(): void {
        set_config('submitminpercent', 0, 'local_digitalstrategy');
        $organisation = $this->generator->create_organisation();
        $run = $this->generator->create_run($organisation, ['str_goals' => '2']);

        [$submitted] = $this->service()->submit($run, 2);

        $this->assertNotNull($submitted);
        $this->assertSame(50.0, $submitted->get_score());
    }

    public function test_a_run_is_submitted_only_once(): void {
        $organisation = $this->generator->create_organisation();
        $run = $this->generator->create_submitted_run($organisation, 2);

        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage(get_string('runsubmitted', 'local_digitalstrategy'));
        $this->service()->submit($run, 2);
    }

    public function test_submitting_triggers_the_event_with_the_score(): void {
        $organisation = $this->generator->create_organisation();
        $sink = $this->redirectEvents();

        $run = $this->generator->create_submitted_run($organisation, 2);

        $events = array_values(array_filter(
            $sink->get_events(),
            fn($e) => $e instanceof \local_digitalstrategy\event\check_submitted
        ));
        $started = array_filter($sink->get_events(), fn($e) => $e instanceof \local_digitalstrategy\event\check_started);
        $this->assertCount(1, $events);
        $this->assertCount(1, $started);
        $this->assertEquals($run->get_id(), $events[0]->objectid);
        $this->assertEquals(50.0, $events[0]->other['score']);
        $this->assertStringContainsString('results.php', $events[0]->get_url()->out());
    }

    /**
     * The service as pages get it.
     *
     * @return check_service
     */
    private function service(): check_service {
        return \core\di::get(check_service::class);
    }

    /**
     * Creates organisations with submitted runs at the given levels.
     *
     * @param int[] $levels
     * @return \local_digitalstrategy\organisation[]
     */
    private function organisations_at(array $levels): array {
        $organisations = [];
        foreach ($levels as $level) {
            $organisation = $this->generator->create_organisation();
            $this->generator->create_submitted_run($organisation, $level);
            $organisations[] = $organisation;
        }
        return $organisations;
    }

    public function test_peers_are_hidden_until_k_other_organisations_have_submitted(): void {
        $own = $this->generator->create_organisation();
        $this->generator->create_submitted_run($own, 4);
        $this->organisations_at([0, 1, 2, 3]);

        $peers = $this->service()->get_peers($own->get_id(), 'digicheck');

        // Five organisations submitted, but only four are others: k = 5 is not reached.
        $this->assertSame(4, $peers->organisations);
        $this->assertFalse($peers->is_available());
        $this->assertNull($peers->get_mean('strategy'));
        $this->assertNull($peers->score);
    }

    public function test_peers_from_k_organisations_give_the_mean_of_their_latest_runs(): void {
        $own = $this->generator->create_organisation();
        $this->generator->create_submitted_run($own, 4);
        [$first] = $this->organisations_at([0, 1, 2, 3, 4]);
        // The first organisation's newer run replaces its earlier one: levels 2, 1, 2, 3, 4.
        $this->generator->create_submitted_run($first, 2);
        // Archived organisations and open runs do not count.
        $archived = $this->generator->create_organisation(['archived' => 0]);
        $this->generator->create_submitted_run($archived, 0);
        \core\di::get(\local_digitalstrategy\local\organisation_repository::class)->set_archived($archived, true, 2);
        $this->generator->create_run($this->generator->create_organisation(), ['str_goals' => '0']);

        $peers = $this->service()->get_peers($own->get_id(), 'digicheck');

        // Mean of 50, 25, 50, 75, 100 = 60.
        $this->assertSame(5, $peers->organisations);
        $this->assertTrue($peers->is_available());
        $this->assertEqualsWithDelta(60.0, $peers->get_mean('strategy'), 0.001);
        $this->assertEqualsWithDelta(60.0, $peers->get_mean('servicedelivery'), 0.001);
        $this->assertEqualsWithDelta(60.0, $peers->score, 0.001);
    }

    public function test_the_threshold_is_a_setting(): void {
        set_config('peerthreshold', 3, 'local_digitalstrategy');
        $own = $this->generator->create_organisation();
        $this->organisations_at([1, 2, 3]);

        $peers = $this->service()->get_peers($own->get_id(), 'digicheck');

        $this->assertTrue($peers->is_available());
        $this->assertEqualsWithDelta(50.0, $peers->get_mean('culture'), 0.001);
    }

    public function test_history_shows_the_change_from_the_first_to_the_latest_run(): void {
        $organisation = $this->generator->create_organisation();
        $this->generator->create_submitted_run($organisation, 1);
        $this->generator->create_submitted_run($organisation, 2);
        $this->generator->create_submitted_run($organisation, 3);

        $history = $this->service()->get_history($organisation->get_id(), 'digicheck');

        $this->assertCount(3, $history->get_runs());
        $this->assertEqualsWithDelta(50.0, $history->overall_change(), 0.001);
        $this->assertEqualsWithDelta(50.0, $history->dimension_change('culture'), 0.001);
    }

    public function test_result_summary_lists_recommendations_and_priorities_in_the_viewers_language(): void {
        $organisation = $this->generator->create_organisation();
        $run = $this->generator->create_run($organisation, [
            'str_goals' => '0',
            'str_budget' => ['1', false, 3],
            'str_responsibility' => ['0', false, 2],
            'cul_attitude' => '4',
        ]);

        $summary = \core\di::get(result_summary::class)->build($run, $organisation, 'de');

        $this->assertSame(
            ['str_goals', 'str_responsibility', 'str_budget'],
            array_column($summary['recommendations'], 'itemkey')
        );
        $this->assertSame(['str_budget', 'str_responsibility'], array_column($summary['priorities'], 'itemkey'));
        $this->assertSame('Strategie und Führung', $summary['dimensions'][0]['name']);
        $this->assertStringStartsWith('Halten Sie', $summary['recommendations'][0]['recommendation']);
        $this->assertSame(['culture'], $summary['strengths']);
        $this->assertSame(['strategy'], $summary['weaknesses']);
        $this->assertFalse($summary['peers']['available']);
        $this->assertSame(5, $summary['peers']['missing']);
    }

    public function test_peer_averages_come_from_the_cache_until_a_run_is_submitted(): void {
        global $DB;
        set_config('peerthreshold', 3, 'local_digitalstrategy');
        $own = $this->generator->create_organisation();
        $this->organisations_at([1, 2, 3]);
        $first = $this->service()->get_peers($own->get_id(), 'digicheck');

        $reads = $DB->perf_get_reads();
        $cached = $this->service()->get_peers($own->get_id(), 'digicheck');
        $this->assertSame($reads, $DB->perf_get_reads(), 'the averages come from the cache');
        $this->organisations_at([4]);
        $changed = $this->service()->get_peers($own->get_id(), 'digicheck');

        $this->assertEqualsWithDelta(50.0, $first->get_mean('culture'), 0.001);
        $this->assertEqualsWithDelta(50.0, $cached->get_mean('culture'), 0.001);
        $this->assertSame(4, $changed->organisations);
        $this->assertEqualsWithDelta(62.5, $changed->get_mean('culture'), 0.001);
    }

    public function test_aggregate_counts_participation_levels_and_means_of_active_organisations(): void {
        set_config('participationtarget', 50, 'local_digitalstrategy');
        $this->organisations_at([1, 3]);
        $this->generator->create_organisation(['name' => 'Without run']);
        $this->generator->create_run($this->generator->create_organisation(['name' => 'Open run only']), ['str_goals' => '1']);
        $archived = $this->generator->create_organisation(['name' => 'Archived']);
        $this->generator->create_submitted_run($archived, 4);
        \core\di::get(\local_digitalstrategy\local\organisation_repository::class)->set_archived($archived, true, 2);
        $keys = $this->dimension_keys();

        $aggregate = \core\di::get(aggregate_repository::class)->get_aggregate('digicheck', $keys);

        $this->assertSame(4, $aggregate->get_total());
        $this->assertSame(2, $aggregate->get_participating());
        $this->assertSame(50, $aggregate->get_participation_percent());
        $this->assertSame(2, $aggregate->get_target_count());
        $this->assertTrue($aggregate->is_target_met());
        $this->assertSame($keys, array_keys($aggregate->get_distribution()));
        $this->assertSame([0, 1, 0, 1, 0], $aggregate->get_distribution()['culture']);
        $this->assertEqualsWithDelta(50.0, $aggregate->get_means()['skills'], 0.001);
    }

    public function test_aggregate_rows_come_a_page_at_a_time_by_name(): void {
        $this->organisations_at([1, 3]);
        $this->generator->create_organisation(['name' => 'Without run']);
        $this->generator->create_run($this->generator->create_organisation(['name' => 'Open run only']), ['str_goals' => '1']);
        $archived = $this->generator->create_organisation(['name' => 'Archived']);
        \core\di::get(\local_digitalstrategy\local\organisation_repository::class)->set_archived($archived, true, 2);
        $repository = \core\di::get(aggregate_repository::class);
        $keys = $this->dimension_keys();

        $rows = $repository->get_rows('digicheck', $keys, 0, 3);
        $rest = $repository->get_rows('digicheck', $keys, 3, 3);
        $all = iterator_to_array($repository->all_rows('digicheck', $keys, 2), false);

        $names = ['Open run only', 'Pflege & Betreuung "Sonnenschein" 1 – Kinder < 6 Jahre 🌻',
            'Pflege & Betreuung "Sonnenschein" 2 – Kinder < 6 Jahre 🌻', 'Without run'];
        $this->assertSame(4, $repository->count_rows());
        $this->assertSame(array_slice($names, 0, 3), array_column($rows, 'name'));
        $this->assertSame(array_slice($names, 3), array_column($rest, 'name'));
        $this->assertSame($names, array_column($all, 'name'));
        $this->assertNull($rows[0]->runid);
        $this->assertSame(25.0, $rows[1]->dimensions['strategy']);
        $this->assertSame(75.0, $rows[2]->dimensions['communication']);
        $this->assertSame($keys, array_keys($rows[0]->dimensions));
    }

    /**
     * Dimension keys of the current check, in order.
     *
     * @return string[]
     */
    private function dimension_keys(): array {
        $current = \core\di::get(\local_digitalstrategy\local\questionnaire\instrument_repository::class)->get_current_check();
        return array_keys($current['instrument']->get_dimensions());
    }
}
