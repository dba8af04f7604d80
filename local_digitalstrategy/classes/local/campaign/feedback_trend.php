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

/**
 * Feedback means over time: per campaign and per half-year (by the date the event or session took
 * place, campaign.eventdate). Only campaigns with at least the minimum number of responses count
 * — a half-year's mean rests on those campaigns' rating answers, each answer weighing the same.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_trend {
    /**
     * Creates the trend.
     *
     * @param array<int, array{id: int, name: string, eventdate: int, responses: int, mean: ?float}> $campaigns oldest first
     * @param array<string, array<string, mixed>> $halfyears by 'YYYY-H', oldest first: year, half, campaigns, responses, mean
     */
    private function __construct(
        /** @var array per campaign (shown or not): id, name, eventdate, responses, mean (null when hidden) */
        public readonly array $campaigns,
        /** @var array per half-year: year, half (1|2), campaigns, responses, mean */
        public readonly array $halfyears,
    ) {
    }

    /**
     * Builds the trend.
     *
     * @param array<int, array{id: int, name: string, eventdate: int, responses: int}> $campaigns the feedback campaigns
     * @param array<int, array<string, array{0: float, 1: int}>> $sums per campaign id, per rating item key: [sum, count]
     * @param \DateTimeZone $timezone where half-years begin
     * @param int $minimum responses a campaign needs to count
     * @return self
     */
    public static function build(
        array $campaigns,
        array $sums,
        \DateTimeZone $timezone,
        int $minimum = campaign::MIN_FEEDBACK_RESPONSES
    ): self {
        usort($campaigns, fn($a, $b) => [$a['eventdate'], $a['id']] <=> [$b['eventdate'], $b['id']]);
        $rows = [];
        $halves = [];
        foreach ($campaigns as $campaign) {
            $sum = 0.0;
            $count = 0;
            foreach ($sums[$campaign['id']] ?? [] as [$itemsum, $itemcount]) {
                $sum += $itemsum;
                $count += $itemcount;
            }
            $shown = $campaign['responses'] >= $minimum && $count > 0;
            $rows[] = $campaign + ['mean' => $shown ? $sum / $count : null];
            if (!$shown) {
                continue;
            }
            $date = (new \DateTimeImmutable('@' . $campaign['eventdate']))->setTimezone($timezone);
            $year = (int) $date->format('Y');
            $half = (int) $date->format('n') <= 6 ? 1 : 2;
            $key = sprintf('%04d-%d', $year, $half);
            $halves[$key] ??= ['year' => $year, 'half' => $half, 'campaigns' => 0, 'responses' => 0, 'sum' => 0.0, 'count' => 0];
            $halves[$key]['campaigns']++;
            $halves[$key]['responses'] += $campaign['responses'];
            $halves[$key]['sum'] += $sum;
            $halves[$key]['count'] += $count;
        }
        ksort($halves);
        $halfyears = [];
        foreach ($halves as $key => $half) {
            $halfyears[$key] = [
                'year' => $half['year'],
                'half' => $half['half'],
                'campaigns' => $half['campaigns'],
                'responses' => $half['responses'],
                'mean' => $half['sum'] / $half['count'],
            ];
        }
        return new self($rows, $halfyears);
    }
}
