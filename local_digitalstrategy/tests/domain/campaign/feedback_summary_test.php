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

use local_digitalstrategy\local\questionnaire\instrument;

/**
 * The results of one feedback campaign from its aggregates, and the trend per half-year.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\campaign\feedback_summary
 * @covers     \local_digitalstrategy\local\campaign\feedback_trend
 */
final class feedback_summary_test extends \PHPUnit\Framework\TestCase {
    /**
     * The example event feedback form (six −2…+2 items, three open questions).
     *
     * @return instrument
     */
    private static function form(): instrument {
        return instrument::from_json((string) file_get_contents(
            __DIR__ . '/../../../db/instruments/examples/veranstaltungsfeedback.json'
        ));
    }

    public function test_fewer_than_three_responses_show_nothing_but_the_count(): void {
        $summary = feedback_summary::from_aggregates(self::form(), 'en', 2, [['useful', 2.0, 2]], [['liked', 'All']]);

        $this->assertFalse($summary->is_shown());
        $this->assertSame(2, $summary->responses);
        $this->assertSame([], $summary->items);
        $this->assertSame([], $summary->open);
        $this->assertNull($summary->mean);
    }

    public function test_three_responses_give_means_distribution_and_open_answers(): void {
        $summary = feedback_summary::from_aggregates(self::form(), 'en', 3, [
            ['useful', 2.0, 2], ['useful', -1.0, 1],
            ['practical', 1.0, 3],
            ['unknown', 2.0, 3],
        ], [['liked', 'Kinder < 6 Jahre & "Eltern" 🎉'], ['improve', '  '], ['nope', 'x']]);

        $this->assertTrue($summary->is_shown());
        $this->assertEqualsWithDelta(1.0, $summary->items['useful']['mean'], 0.0001);
        $this->assertSame([-2 => 0, -1 => 1, 0 => 0, 1 => 0, 2 => 2], $summary->items['useful']['distribution']);
        $this->assertSame(3, $summary->items['practical']['count']);
        $this->assertNull($summary->items['moderation']['mean']);
        $this->assertArrayNotHasKey('unknown', $summary->items);
        // Overall: every rating answer weighs the same: (2+2-1+1+1+1) / 6.
        $this->assertEqualsWithDelta(1.0, $summary->mean, 0.0001);
        $this->assertSame(['Kinder < 6 Jahre & "Eltern" 🎉'], $summary->open['liked']['answers']);
        $this->assertSame([], $summary->open['improve']['answers']);
        $this->assertSame('The content was useful for my work.', $summary->items['useful']['text']);
    }

    public function test_the_trend_groups_campaigns_by_half_year_of_the_event(): void {
        $utc = new \DateTimeZone('UTC');
        $campaigns = [
            ['id' => 3, 'name' => 'July', 'eventdate' => gmmktime(10, 0, 0, 7, 1, 2026), 'responses' => 3],
            ['id' => 1, 'name' => 'January', 'eventdate' => gmmktime(10, 0, 0, 1, 15, 2026), 'responses' => 4],
            ['id' => 2, 'name' => 'June', 'eventdate' => gmmktime(23, 0, 0, 6, 30, 2026), 'responses' => 3],
            ['id' => 4, 'name' => 'Too few', 'eventdate' => gmmktime(10, 0, 0, 8, 1, 2026), 'responses' => 2],
        ];
        $sums = [
            1 => ['useful' => [8.0, 4], 'practical' => [4.0, 4]],
            2 => ['useful' => [0.0, 3]],
            3 => ['useful' => [3.0, 3]],
            4 => ['useful' => [-4.0, 2]],
        ];

        $trend = feedback_trend::build($campaigns, $sums, $utc);

        $this->assertSame(['January', 'June', 'July', 'Too few'], array_column($trend->campaigns, 'name'));
        $this->assertEqualsWithDelta(1.5, $trend->campaigns[0]['mean'], 0.0001);
        $this->assertNull($trend->campaigns[3]['mean'], 'fewer than three responses: no mean');
        $this->assertSame(['2026-1', '2026-2'], array_keys($trend->halfyears));
        // First half: (12 + 0) / (8 + 3) answers; second half only July (August has too few).
        $this->assertEqualsWithDelta(12 / 11, $trend->halfyears['2026-1']['mean'], 0.0001);
        $this->assertSame(2, $trend->halfyears['2026-1']['campaigns']);
        $this->assertSame(7, $trend->halfyears['2026-1']['responses']);
        $this->assertEqualsWithDelta(1.0, $trend->halfyears['2026-2']['mean'], 0.0001);
        $this->assertSame(1, $trend->halfyears['2026-2']['campaigns']);

        // The half-year begins in the site's time zone: 30 June 23:00 UTC is 1 July in Berlin.
        $berlin = feedback_trend::build($campaigns, $sums, new \DateTimeZone('Europe/Berlin'));
        $this->assertSame(2, $berlin->halfyears['2026-2']['campaigns']);
    }
}
