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

use local_digitalstrategy\output\feedback_results;
use local_digitalstrategy\output\feedback_trend_view;

/**
 * Feedback results from the database: the minimum of three responses, the Ampel shown, the
 * trend per half-year in a fixed number of queries, and event feedback with an open link.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\campaign\feedback_results_service
 * @covers     \local_digitalstrategy\local\campaign\feedback_repository
 * @covers     \local_digitalstrategy\local\campaign\feedback_event_service
 * @covers     \local_digitalstrategy\output\feedback_results
 * @covers     \local_digitalstrategy\output\feedback_trend_view
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\campaign\feedback_results_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\campaign\feedback_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\campaign\feedback_event_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\output\feedback_results::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\output\feedback_trend_view::class)]
final class feedback_results_service_test extends \advanced_testcase {
    /** @var \local_digitalstrategy_generator the generator */
    private \local_digitalstrategy_generator $generator;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    /**
     * A feedback campaign on the example event feedback form.
     *
     * @param array $record campaign columns
     * @return campaign
     */
    private function feedback(array $record = []): campaign {
        return $this->generator->create_campaign($record + [
            'instrument' => 'veranstaltungsfeedback',
            'name' => 'Kick-off & "Transfer" 🎉',
            'target' => 'event',
            'respondent' => 'person',
            'eventdate' => mktime(12, 0, 0, 3, 15, 2026),
        ]);
    }

    /**
     * Records responses rating every item of the form with the given values.
     *
     * @param campaign $campaign the campaign
     * @param int[] $ratings one value per response, given to every rating item
     * @param array $extra more values of every response
     */
    private function respond(campaign $campaign, array $ratings, array $extra = []): void {
        foreach ($ratings as $rating) {
            $values = array_fill_keys(['useful', 'practical', 'moderation', 'participation', 'technology', 'time'], $rating);
            $this->generator->create_response($campaign, $values + $extra);
        }
    }

    /**
     * The rendered results of a campaign.
     *
     * @param campaign $campaign the campaign
     * @return string
     */
    private function render(campaign $campaign): string {
        global $PAGE;
        $summary = \core\di::get(feedback_results_service::class)->summary($campaign, 'en');
        return $PAGE->get_renderer('core')->render(new feedback_results($summary, new feedback_ampel(1.0, 1.5, 0.5)));
    }

    public function test_two_responses_show_a_message_and_no_mean(): void {
        $campaign = $this->feedback();
        $this->respond($campaign, [2, 2], ['liked' => 'Geheim']);

        $html = $this->render($campaign);

        $this->assertStringContainsString('data-region="feedback-toofew"', $html);
        $this->assertStringContainsString('Results are shown from 3 responses on', $html);
        $this->assertStringNotContainsString('Geheim', $html);
        $this->assertStringNotContainsString('feedback-overall', $html);
    }

    public function test_three_responses_show_mean_ampel_distribution_and_escaped_open_answers(): void {
        $campaign = $this->feedback();
        $this->respond($campaign, [2, 1, 1], ['liked' => 'Kinder < 6 Jahre & "Eltern" <script>x</script> 🎉']);

        $summary = \core\di::get(feedback_results_service::class)->summary($campaign, 'en');
        $html = $this->render($campaign);

        $this->assertEqualsWithDelta(4 / 3, $summary->mean, 0.001);
        $this->assertSame([-2 => 0, -1 => 0, 0 => 0, 1 => 2, 2 => 1], $summary->items['useful']['distribution']);
        $this->assertStringContainsString('data-colour="green"', $html);
        $this->assertStringContainsString('lies inside the target band 1.0 to 1.5', $html);
        $this->assertStringContainsString('Kinder &lt; 6 Jahre &amp; &quot;Eltern&quot; &lt;script&gt;x&lt;/script&gt; 🎉', $html);
        $this->assertStringNotContainsString('<script>x', $html);
    }

    public function test_a_mean_below_the_band_is_amber_and_below_half_is_red(): void {
        $amber = $this->feedback();
        $this->respond($amber, [1, 1, 0, 1]);
        $red = $this->feedback();
        $this->respond($red, [0, 0, 1]);

        $this->assertStringContainsString('data-colour="amber"', $this->render($amber));
        $this->assertStringContainsString('data-colour="red"', $this->render($red));
    }

    public function test_the_trend_groups_by_half_year_in_a_fixed_number_of_queries(): void {
        global $DB;
        $service = \core\di::get(feedback_results_service::class);
        $utc = new \DateTimeZone('UTC');
        $spring = $this->feedback(['eventdate' => gmmktime(10, 0, 0, 3, 1, 2026)]);
        $this->respond($spring, [2, 2, 1, 1]);
        $summer = $this->feedback(['eventdate' => gmmktime(10, 0, 0, 6, 1, 2026)]);
        $this->respond($summer, [0, 1, 2]);
        $autumn = $this->feedback(['eventdate' => gmmktime(10, 0, 0, 10, 1, 2026)]);
        $this->respond($autumn, [1, 1]);
        // A survey's numbers never enter the feedback trend.
        $survey = $this->generator->create_campaign();

        $service->trend(null, $utc);
        $reads = $DB->perf_get_reads();
        $trend = $service->trend(null, $utc);
        $small = $DB->perf_get_reads() - $reads;

        $this->assertSame(['2026-1'], array_keys($trend->halfyears));
        $this->assertEqualsWithDelta((36 + 18) / (24 + 18), $trend->halfyears['2026-1']['mean'], 0.001);
        $this->assertSame(2, $trend->halfyears['2026-1']['campaigns']);
        $this->assertNull($trend->campaigns[2]['mean'], 'two responses: no mean');
        $this->assertNotContains($survey->id, array_column($trend->campaigns, 'id'));

        // Ten times the responses: the same number of queries.
        foreach ([$spring, $summer, $autumn] as $campaign) {
            $this->respond($campaign, array_fill(0, 10, 1));
        }
        $reads = $DB->perf_get_reads();
        $trend = $service->trend(null, $utc);
        $this->assertSame($small, $DB->perf_get_reads() - $reads);
        $this->assertSame(['2026-1', '2026-2'], array_keys($trend->halfyears));

        $html = $GLOBALS['PAGE']->get_renderer('core')->render(
            new feedback_trend_view($trend, new feedback_ampel(1.0, 1.5, 0.5), \context_system::instance())
        );
        $this->assertStringContainsString('1. half of 2026', $html);
        $this->assertStringContainsString('Kick-off &amp; &quot;Transfer&quot; 🎉', $html);
        $this->assertStringNotContainsString('&amp;amp;', $html);
    }

    public function test_the_trend_of_a_circle_leaves_other_circles_out(): void {
        $course = $this->getDataGenerator()->create_course();
        $one = \context_module::instance($this->getDataGenerator()->create_module('devcircle', ['course' => $course->id])->cmid);
        $two = \context_module::instance($this->getDataGenerator()->create_module('devcircle', ['course' => $course->id])->cmid);
        $mine = $this->feedback(['contextid' => $one->id, 'target' => 'circle']);
        $this->respond($mine, [1, 1, 1]);
        $this->respond($this->feedback(['contextid' => $two->id, 'target' => 'circle']), [2, 2, 2]);

        $trend = \core\di::get(feedback_results_service::class)->trend((int) $one->id, new \DateTimeZone('UTC'));

        $this->assertSame([$mine->id], array_column($trend->campaigns, 'id'));
    }

    public function test_an_event_feedback_has_an_open_link_whose_token_is_stored_only_as_hash(): void {
        global $DB;
        $events = \core\di::get(feedback_event_service::class);
        $formid = $this->generator->get_instrument_id('veranstaltungsfeedback');
        $this->assertArrayHasKey($formid, $events->forms('en'));

        [$campaign, $token] = $events->create('Transferkonferenz & "Kick-off" 🎉', mktime(0, 0, 0, 11, 20, 2026), $formid, 2);

        $this->assertSame('event', $campaign->target);
        $this->assertSame('feedback', $campaign->kind);
        $this->assertSame('person', $campaign->respondent);
        $this->assertTrue($campaign->anonymous);
        $this->assertSame('open', $campaign->status);
        $this->assertSame((int) \context_system::instance()->id, $campaign->contextid);
        $this->assertSame(43, strlen($token));
        $this->assertSame((new campaign_token())->hash($token), $campaign->publictokenhash);
        $this->assertFalse($DB->record_exists_select(
            'local_digitalstrategy_campaign',
            $DB->sql_like('name', ':t') . ' OR publictokenhash = :t2',
            ['t' => '%' . $token . '%', 't2' => $token]
        ));
        $this->assertStringContainsString('respond.php?token=' . $token, feedback_event_service::link($token)->out(false));

        $newtoken = $events->new_link($campaign, 2);
        $this->assertNotSame($token, $newtoken);
        $this->assertSame(
            (new campaign_token())->hash($newtoken),
            $DB->get_field('local_digitalstrategy_campaign', 'publictokenhash', ['id' => $campaign->id])
        );

        $html = $GLOBALS['PAGE']->get_renderer('core')->render(new \local_digitalstrategy\output\feedback_event_link(
            $campaign->name,
            $campaign->eventdate,
            feedback_event_service::link($newtoken)
        ));
        $this->assertStringContainsString('src="data:image/png;base64,', $html);
        $this->assertStringContainsString('Transferkonferenz &amp; "Kick-off" 🎉', $html);
    }

    public function test_a_survey_form_cannot_become_an_event_feedback(): void {
        $this->expectException(\invalid_parameter_exception::class);
        $surveyid = $this->generator->get_instrument_id('mitgliederbefragung');
        \core\di::get(feedback_event_service::class)->create('x', time(), $surveyid, 2);
    }
}
