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

namespace local_digitalstrategy\local\campaign;

use local_digitalstrategy\local\export\safe_export;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\output\campaign_results_page;

/**
 * Campaign results: statistics against hand-computed values, a fixed number of queries, the k rule,
 * who may see them, the export cells and the comparison of two waves.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\campaign\results_repository
 * @covers     \local_digitalstrategy\local\campaign\results_access
 * @covers     \local_digitalstrategy\local\campaign\results_comparison
 * @covers     \local_digitalstrategy\local\campaign\results_export
 * @covers     \local_digitalstrategy\local\campaign\results_filter
 * @covers     \local_digitalstrategy\output\campaign_results_page
 */
#[\PHPUnit\Framework\Attributes\CoversClass(results_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(results_access::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(results_comparison::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(results_export::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(results_filter::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(campaign_results_page::class)]
final class results_repository_test extends \advanced_testcase {
    /** @var string A text answer with the characters that must come out as written. */
    private const TEXT = 'Mehr Zeit & <b>Ruhe</b> für "Kinder < 6 Jahre" – l\'équipe 🙂';

    /**
     * A small survey instrument with one item of each type.
     *
     * @param int $version
     * @return int the instrument id
     */
    private function instrument(int $version = 1): int {
        $l = fn(string $de, string $en) => ['de' => $de, 'en' => $en];
        $options = fn(array $keys) => array_map(fn($k) => ['key' => $k, 'label' => $l("Option $k", "Option $k")], $keys);
        $document = [
            'format' => 'digitalstrategy-instrument', 'formatversion' => 1, 'idnumber' => 'resultstest', 'version' => $version,
            'kind' => 'survey', 'name' => $l('Test', 'Test'), 'description' => $l('Test', 'Test'),
            'dimensions' => [[
                'key' => 'main', 'name' => $l('Allgemein', 'General'), 'description' => $l('Test', 'Test'),
                'items' => [
                    ['key' => 'rate', 'type' => 'rating', 'text' => $l('Bewertung', 'Rating'), 'dontknow' => true],
                    ['key' => 'yn', 'type' => 'yesno', 'text' => $l('Ja oder nein', 'Yes or no')],
                    ['key' => 'multi', 'type' => 'multiple', 'text' => $l('Mehrfach', 'Multiple'),
                        'options' => $options(['aa', 'bb', 'cc'])],
                    ['key' => 'one', 'type' => 'single', 'text' => $l('Einfach', 'Single'), 'options' => $options(['xx', 'yy'])],
                    ['key' => 'mat', 'type' => 'maturity', 'text' => $l('Reife', 'Maturity'), 'dontknow' => true,
                        'levels' => array_map(fn($v) => ['value' => $v, 'label' => $l("Stufe $v", "Level $v")], range(0, 4))],
                    ['key' => 'free', 'type' => 'text', 'text' => $l('Freitext', 'Free text')],
                ],
            ]],
        ];
        return \core\di::get(instrument_repository::class)->import(json_encode($document), 2)['id'];
    }

    /**
     * The plugin's generator.
     *
     * @return \local_digitalstrategy_generator
     */
    private function generator(): \local_digitalstrategy_generator {
        return $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    /**
     * A campaign with the five responses the hand-computed values below are based on.
     *
     * @param array $record campaign fields
     * @return campaign
     */
    private function campaign_with_five_responses(array $record = []): campaign {
        $campaign = $this->generator()->create_campaign(['instrumentid' => $this->instrument()] + $record);
        $responses = [
            [['rate' => '2', 'yn' => '1', 'multi' => 'aa,bb', 'one' => 'xx', 'mat' => '4', 'free' => self::TEXT], 'care', 1],
            [['rate' => '1', 'yn' => '1', 'multi' => 'aa', 'one' => 'xx', 'mat' => '3', 'free' => '=1+1'], 'care', 0],
            [['rate' => '1', 'yn' => '0', 'multi' => 'bb,cc', 'one' => 'yy', 'mat' => '?'], 'care', 0],
            [['rate' => '0', 'yn' => '1', 'multi' => 'aa', 'mat' => '3', 'free' => ''], 'youth', 0],
            [['rate' => '-2', 'mat' => '0'], 'youth', 1],
        ];
        foreach ($responses as [$values, $field, $pilot]) {
            $this->generator()->create_response($campaign, $values, ['fieldofwork' => $field, 'pilot' => $pilot]);
        }
        return $campaign;
    }

    public function test_counts_percentages_mean_and_spread_match_hand_computed_values(): void {
        $this->resetAfterTest();
        set_config('peerthreshold', 3, 'local_digitalstrategy');
        $campaign = $this->campaign_with_five_responses();

        $summary = \core\di::get(results_repository::class)->summary($campaign, new results_filter(), 'en');

        $this->assertFalse($summary->suppressed);
        $this->assertSame(5, $summary->responses);
        $rate = $summary->items['rate'];
        $this->assertSame(5, $rate->answered);
        $this->assertSame([1, 0, 1, 2, 1], array_column($rate->options, 'count'));
        $this->assertSame([20.0, 0.0, 20.0, 40.0, 20.0], array_column($rate->options, 'percent'));
        // Values 2, 1, 1, 0, −2: mean 0.4; squared deviations 2.56 + 0.36 + 0.36 + 0.16 + 5.76 = 9.2; 9.2 / 4 = 2.3.
        $this->assertEqualsWithDelta(0.4, $rate->mean, 1e-9);
        $this->assertEqualsWithDelta(sqrt(2.3), $rate->sd, 1e-9);

        $yesno = $summary->items['yn'];
        $this->assertSame(4, $yesno->answered);
        $this->assertSame(['yes' => 3, 'no' => 1], array_combine(
            array_column($yesno->options, 'value'),
            array_column($yesno->options, 'count')
        ));
        $this->assertSame(75.0, $yesno->percent_of('yes'));
        $this->assertNull($yesno->mean, 'yes/no shows shares, no mean');

        $multi = $summary->items['multi'];
        $this->assertSame(4, $multi->answered);
        $this->assertSame([3, 2, 1], array_column($multi->options, 'count'));
        $this->assertSame([75.0, 50.0, 25.0], array_column($multi->options, 'percent'), 'percent of those who answered');

        $one = $summary->items['one'];
        $this->assertSame([2, 1], array_column($one->options, 'count'));
        $this->assertNull($one->mean, 'options without scores have no mean');

        $maturity = $summary->items['mat'];
        $this->assertSame(4, $maturity->answered);
        $this->assertSame(1, $maturity->dontknow);
        $this->assertEqualsWithDelta(2.5, $maturity->mean, 1e-9);

        $free = $summary->items['free'];
        $this->assertSame([self::TEXT, '=1+1'], $free->texts);
        $this->assertSame(2, $free->textcount);
    }

    public function test_a_filter_counts_only_its_group(): void {
        $this->resetAfterTest();
        set_config('peerthreshold', 2, 'local_digitalstrategy');
        $campaign = $this->campaign_with_five_responses();
        $repository = \core\di::get(results_repository::class);

        $care = $repository->summary($campaign, new results_filter('care'), 'en');
        $pilot = $repository->summary($campaign, new results_filter('', 1), 'en');

        $this->assertSame(3, $care->responses);
        $this->assertSame(5, $care->total);
        // Care: 2, 1, 1.
        $this->assertEqualsWithDelta(4 / 3, $care->items['rate']->mean, 1e-9);
        $this->assertSame(2, $pilot->responses);
        $this->assertEqualsWithDelta(0.0, $pilot->items['rate']->mean, 1e-9);
    }

    public function test_the_number_of_queries_does_not_grow_with_the_responses(): void {
        global $DB;
        $this->resetAfterTest();
        set_config('peerthreshold', 1, 'local_digitalstrategy');
        $repository = \core\di::get(results_repository::class);
        $instrumentid = $this->instrument();
        $queries = [];
        foreach ([3, 60] as $n) {
            $campaign = $this->generator()->create_campaign(['instrumentid' => $instrumentid]);
            for ($i = 0; $i < $n; $i++) {
                $this->generator()->create_response($campaign, ['rate' => (string) ($i % 5 - 2), 'yn' => (string) ($i % 2),
                    'multi' => 'aa,cc', 'one' => 'yy', 'mat' => (string) ($i % 5), 'free' => "Antwort $i"]);
            }
            $repository->summary($campaign, new results_filter(), 'en');
            $before = $DB->perf_get_reads();
            $summary = $repository->summary($campaign, new results_filter(), 'en');
            $queries[$n] = $DB->perf_get_reads() - $before;
            $this->assertSame($n, $summary->responses);
        }
        $this->assertSame($queries[3], $queries[60]);
        // Four queries; the free texts are read through a recordset (a cursor: three reads on PostgreSQL).
        $this->assertLessThanOrEqual(6, $queries[60]);
    }

    public function test_a_group_smaller_than_k_shows_nothing_and_anonymous_campaigns_offer_no_such_filter(): void {
        $this->resetAfterTest();
        set_config('peerthreshold', 3, 'local_digitalstrategy');
        $repository = \core\di::get(results_repository::class);
        $anonymous = $this->campaign_with_five_responses(['anonymous' => 1]);

        $all = $repository->summary($anonymous, new results_filter(), 'en');
        $youth = $repository->summary($anonymous, new results_filter('youth'), 'en');
        $pilot = $repository->summary($anonymous, new results_filter('', 1), 'en');

        // Youth (2) is below k; care (3) is not offered either: all minus care would be youth.
        $this->assertSame([], $all->fieldsofwork);
        $this->assertSame([], $all->pilot, 'pilot organisations: 2 responses, the others 3');
        $this->assertFalse($all->suppressed);
        $this->assertTrue($youth->suppressed);
        $this->assertSame([], $youth->items);
        $this->assertSame(2, $youth->responses);
        $this->assertTrue($pilot->suppressed);
        $care = $repository->summary($anonymous, new results_filter('care'), 'en');
        $this->assertSame(3, $care->responses);
        $this->assertTrue($care->suppressed, 'a value not on offer is not shown, whatever its size');

        $identified = $this->generator()->create_campaign(['instrumentid' => $anonymous->instrumentid, 'anonymous' => 0]);
        foreach (['care', 'youth'] as $field) {
            $this->generator()->create_response($identified, ['rate' => '1'], ['fieldofwork' => $field]);
        }
        $summary = $repository->summary($identified, new results_filter(), 'en');
        $this->assertTrue($summary->suppressed, 'two responses in all: less than k');
        $this->assertSame(['care' => 1, 'youth' => 1], $summary->fieldsofwork, 'identified campaigns name every group');
    }

    public function test_anonymous_campaigns_offer_no_filter_value_whose_complement_is_smaller_than_k(): void {
        $sizes = ['care' => 6, 'daycare' => 6, 'youth' => 2, 'disability' => 2];
        $this->assertSame(['care' => 6, 'daycare' => 6], results_repository::offered($sizes, 3), 'the small groups add up to k');
        $sizes = ['care' => 6, 'daycare' => 5, 'youth' => 2];
        // Daycare is left out too, or all minus care minus daycare would show youth.
        $this->assertSame(['care' => 6], results_repository::offered($sizes, 3));
        $this->assertSame([], results_repository::offered([0 => 20, 1 => 2], 5));
        $this->assertSame([0 => 20, 1 => 5], results_repository::offered([0 => 20, 1 => 5], 5));
    }

    public function test_anonymous_campaigns_apply_one_filter_at_a_time(): void {
        $this->resetAfterTest();
        set_config('peerthreshold', 2, 'local_digitalstrategy');
        $campaign = $this->generator()->create_campaign(['instrumentid' => $this->instrument(), 'anonymous' => 1]);
        $groups = [['care', 1], ['care', 1], ['care', 0], ['care', 0], ['youth', 1], ['youth', 1], ['youth', 0], ['youth', 0]];
        foreach ($groups as [$field, $pilot]) {
            $this->generator()->create_response($campaign, ['rate' => '1'], ['fieldofwork' => $field, 'pilot' => $pilot]);
        }
        $repository = \core\di::get(results_repository::class);

        $this->assertFalse($repository->summary($campaign, new results_filter('care'), 'en')->suppressed);
        $this->assertFalse($repository->summary($campaign, new results_filter('', 1), 'en')->suppressed);
        $both = $repository->summary($campaign, new results_filter('care', 1), 'en');
        $this->assertSame(2, $both->responses);
        $this->assertTrue($both->suppressed);
    }

    public function test_a_sus_campaign_reports_the_mean_sus_score_with_its_grade(): void {
        $this->resetAfterTest();
        $l = fn(string $text) => ['de' => $text, 'en' => $text];
        $items = array_map(fn(string $key) => ['key' => $key, 'type' => 'rating', 'text' => $l("Aussage $key")], sus_score::ITEMS);
        $document = ['format' => 'digitalstrategy-instrument', 'formatversion' => 1, 'idnumber' => sus_score::INSTRUMENT,
            'version' => 99, 'kind' => 'survey', 'name' => $l('SUS'), 'description' => $l('SUS'),
            'dimensions' => [['key' => 'sus', 'name' => $l('SUS'), 'description' => $l('SUS'), 'items' => $items]]];
        $instrumentid = \core\di::get(instrument_repository::class)->import(json_encode($document), 2)['id'];
        $campaign = $this->generator()->create_campaign(['instrumentid' => $instrumentid]);
        $best = [];
        $neutral = [];
        foreach (sus_score::ITEMS as $i => $key) {
            $best[$key] = $i % 2 ? '-2' : '2';
            $neutral[$key] = '0';
        }
        $this->generator()->create_response($campaign, $best);
        $this->generator()->create_response($campaign, $neutral);
        $this->generator()->create_response($campaign, ['sus01' => '2'], ['fieldofwork' => 'care']);
        $repository = \core\di::get(results_repository::class);

        $sus = $repository->sus($campaign, new results_filter());

        // Scores 100 and 50 (the incomplete third response has none): mean 75, grade B.
        $this->assertSame(2, $sus['count']);
        $this->assertEqualsWithDelta(75.0, $sus['mean'], 1e-9);
        $this->assertEqualsWithDelta(sqrt(1250), $sus['sd'], 1e-9);
        $this->assertStringStartsWith('B', $sus['grade']);
        $this->assertNull($repository->sus($campaign, new results_filter('care')), 'no complete response in the group');
        $other = $this->generator()->create_campaign(['instrumentid' => $this->instrument()]);
        $this->assertNull($repository->sus($other, new results_filter()), 'only for the SUS instrument');
    }

    public function test_respondents_see_results_only_after_close_when_the_campaign_shares_them(): void {
        $this->resetAfterTest();
        $generator = $this->generator();
        $invited = $generator->create_organisation(['name' => 'Eingeladen & Co']);
        $other = $generator->create_organisation(['name' => 'Nicht eingeladen']);
        $member = $this->getDataGenerator()->create_user();
        $outsider = $this->getDataGenerator()->create_user();
        $generator->add_member($invited, (int) $member->id);
        $generator->add_member($other, (int) $outsider->id);
        $manager = $this->getDataGenerator()->create_user();
        $this->getDataGenerator()->role_assign(
            (int) \core\di::get(\moodle_database::class)->get_field('role', 'id', ['shortname' => 'manager']),
            (int) $manager->id
        );
        $shared = $generator->create_campaign(['resultsvisible' => 1]);
        $private = $generator->create_campaign(['resultsvisible' => 0]);
        foreach ([$shared, $private] as $campaign) {
            $generator->create_invite($campaign, ['orgid' => $invited->get_id()]);
        }
        $access = \core\di::get(results_access::class);
        $campaigns = \core\di::get(campaign_repository::class);

        $this->assertFalse($access->can_view($shared, (int) $member->id), 'not while the campaign is open');
        $this->assertTrue($access->can_view($shared, (int) $manager->id), 'the project team always');
        $campaigns->update_status((int) $shared->id, 'closed', 2);
        $campaigns->update_status((int) $private->id, 'closed', 2);
        $shared = $campaigns->get((int) $shared->id);
        $private = $campaigns->get((int) $private->id);

        $this->assertTrue($access->can_view($shared, (int) $member->id));
        $this->assertFalse($access->can_view($private, (int) $member->id), 'results not shared with respondents');
        $this->assertFalse($access->can_view($shared, (int) $outsider->id), 'organisation not invited');
        $this->assertFalse($access->can_view($shared, 0));
        $this->assertTrue($access->can_view($private, (int) $manager->id));
        $this->expectException(\moodle_exception::class);
        $access->require_view($private, (int) $outsider->id);
    }

    public function test_the_export_writes_one_row_per_answer_with_formulas_neutralised(): void {
        $this->resetAfterTest();
        set_config('peerthreshold', 3, 'local_digitalstrategy');
        $campaign = $this->campaign_with_five_responses();
        $summary = \core\di::get(results_repository::class)->summary($campaign, new results_filter(), 'en', -1);
        $export = new results_export();

        $rows = iterator_to_array($export->rows($summary), false);
        $path = \core\di::get(safe_export::class)->write('results', 'csv', $export->columns(), $rows);
        $csv = file_get_contents($path);

        // Rating: 5 levels; yes/no: 2; multiple: 3 and single: 2 options; maturity: 5 levels and "don't know"; 2 texts.
        $this->assertCount(5 + 2 + 3 + 2 + 5 + 1 + 2, $rows);
        $this->assertContains(['General', 'rate', 'Rating', '+1 Rather applies', 2, 40.0, 5, 0.4, 1.52], $rows);
        $this->assertStringContainsString("'=1+1", $csv);
        $this->assertStringNotContainsString(',=1+1', $csv);
        $this->assertStringContainsString('Mehr Zeit & <b>Ruhe</b>', $csv, 'CSV cells are written as answered');

        $small = \core\di::get(results_repository::class)->summary($campaign, new results_filter('youth'), 'en', -1);
        $this->assertSame([], iterator_to_array($export->rows($small), false), 'a group below k is not exported');
    }

    public function test_two_waves_are_compared_item_by_item_and_each_obeys_k(): void {
        $this->resetAfterTest();
        set_config('peerthreshold', 3, 'local_digitalstrategy');
        $repository = \core\di::get(results_repository::class);
        $first = $this->generator()->create_campaign(['instrumentid' => $this->instrument(1), 'name' => 'Welle 1']);
        $second = $this->generator()->create_campaign(['instrumentid' => $this->instrument(2), 'name' => 'Welle 2']);
        foreach ([[$first, ['0', '0', '1']], [$second, ['2', '1', '1']]] as [$campaign, $ratings]) {
            foreach ($ratings as $i => $rating) {
                $this->generator()->create_response(
                    $campaign,
                    ['rate' => $rating, 'yn' => $i ? '1' : '0'],
                    ['fieldofwork' => $i ? 'care' : 'youth']
                );
            }
        }

        $this->assertSame([(int) $first->id => 'Welle 1'], $repository->waves($second), 'any version of the same instrument');
        $rows = $repository->compare($first, $second, new results_filter(), 'en')->rows();
        $byitem = array_column($rows, null, 'key');

        $this->assertEqualsWithDelta(1 / 3, $byitem['rate']['meana'], 1e-9);
        $this->assertEqualsWithDelta(4 / 3, $byitem['rate']['meanb'], 1e-9);
        $this->assertEqualsWithDelta(1.0, $byitem['rate']['diff'], 1e-9);
        $plusone = array_column($byitem['rate']['options'], null, 'value')['1'];
        $this->assertSame(33.3, $plusone['percenta']);
        $this->assertSame(66.7, $plusone['percentb']);
        $this->assertSame(33.4, $plusone['diff']);
        $this->assertArrayNotHasKey('free', $byitem, 'free texts are not compared');

        $care = $repository->compare($first, $second, new results_filter('care'), 'en');
        $this->assertFalse($care->is_shown(), 'two responses per wave: below k');
        $this->assertSame([], $care->rows());
    }

    public function test_the_page_shows_each_chart_with_its_data_table_and_escapes_answers_once(): void {
        global $PAGE;
        $this->resetAfterTest();
        set_config('peerthreshold', 3, 'local_digitalstrategy');
        $campaign = $this->campaign_with_five_responses();
        $PAGE->set_url('/local/digitalstrategy/campaign_results.php', ['id' => $campaign->id]);
        $summary = \core\di::get(results_repository::class)->summary($campaign, new results_filter(), 'en');

        $page = new campaign_results_page((int) $campaign->id, 'Befragung & Co', $summary, true);
        $html = $PAGE->get_renderer('core')->render($page);

        $this->assertSame(5, substr_count($html, 'data-region="results-table"'), 'one table per chart (5 choice items)');
        $this->assertSame(5, substr_count($html, 'class="chart-area"'));
        $this->assertStringContainsString('<th scope="col">Count</th>', $html);
        $this->assertStringContainsString('Mehr Zeit &amp; &lt;b&gt;Ruhe&lt;/b&gt; für &quot;Kinder &lt; 6 Jahre&quot;', $html);
        $this->assertStringNotContainsString('<b>Ruhe</b>', $html);
        $this->assertStringContainsString('name="dataformat"', $html);

        $small = \core\di::get(results_repository::class)->summary($campaign, new results_filter('youth'), 'en');
        $html = $PAGE->get_renderer('core')->render(new campaign_results_page((int) $campaign->id, 'Befragung', $small, false));
        $this->assertStringContainsString('data-region="results-toosmall"', $html);
        $this->assertStringNotContainsString('data-region="results-table"', $html);
        $this->assertStringNotContainsString('name="dataformat"', $html);
    }
}
