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

namespace local_digitalstrategy\local\controlling\source;

use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\tests\source_queries;

/**
 * Surveys run and survey participation: the survey campaigns opened in a half-year (drafts do not
 * count), of one instrument when the indicator names one, and the share of the invited who
 * responded.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\source\surveys_run_source
 * @covers     \local_digitalstrategy\local\controlling\source\survey_participation_source
 * @covers     \local_digitalstrategy\local\controlling\source\source_surveys
 */
#[\PHPUnit\Framework\Attributes\CoversClass(surveys_run_source::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(survey_participation_source::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(source_surveys::class)]
final class survey_sources_test extends \advanced_testcase {
    use source_queries;

    /** @var \local_digitalstrategy\local\controlling\period[] the programme's three half-years */
    private array $periods;

    /**
     * Three half-years from 2018; in the first a member survey (4 of 10 responded, one revoked
     * invitation) and a staff survey (1 of 2), on the boundary to the second another member survey
     * (3 of 5); a draft in the first and a feedback in the second. The clock stands in the second.
     */
    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $this->periods = array_values($generator->set_programme(2018, 1, 3)->periods());
        [$first, $second] = $this->periods;
        $campaign = function (string $instrument, int $opens, int $invited, int $responded, array $record = []) use ($generator) {
            $campaign = $generator->create_campaign($record + ['instrument' => $instrument, 'timeopen' => $opens]);
            for ($i = 0; $i < $invited; $i++) {
                $generator->create_invite($campaign, ['responded' => $i < $responded ? 1 : 0]);
            }
            return $campaign;
        };
        $members = $campaign(
            'mitgliederbefragung',
            $first->start + DAYSECS,
            10,
            4,
            ['name' => 'Mitgliederbefragung 2018 – "Digitalisierung" & Beteiligung']
        );
        $generator->create_invite($members, ['status' => 'revoked', 'responded' => 0]);
        $campaign('mitarbeitendenbefragung', $first->end - 1, 2, 1, ['name' => 'Mitarbeitende 2018']);
        $campaign('mitgliederbefragung', $second->start, 5, 3, ['name' => 'Mitgliederbefragung 2019', 'status' => 'closed',
            'timeclose' => $second->start + 30 * DAYSECS]);
        $campaign('mitgliederbefragung', $first->start + DAYSECS, 10, 0, ['name' => 'Entwurf', 'status' => 'draft']);
        $campaign('schulungsfeedback', $second->start + DAYSECS, 4, 4, ['name' => 'Feedback']);
        $this->mock_clock_with_frozen($second->start + DAYSECS);
    }

    public function test_surveys_run_counts_the_campaigns_of_the_instrument_opened_in_each_half_year(): void {
        $indicators = \core\di::get(indicator_repository::class);
        $source = \core\di::get(surveys_run_source::class);
        [$first, $second, $third] = $this->periods;

        $members = $this->values_in_constant_queries($source, $indicators->get_by_idnumber('member_survey'), $this->periods);
        $this->assertSame([1 => 1.0, 2 => 1.0, 3 => null], $members);
        $staff = $source->values($indicators->get_by_idnumber('participant_survey'), $this->periods);
        $this->assertSame([1 => 1.0, 2 => 0.0, 3 => null], $staff);
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $every = $generator->create_indicator(['source' => 'surveys_run']);
        $this->assertSame([1 => 2.0, 2 => 1.0, 3 => null], $source->values($every, $this->periods));

        $drilldown = $source->drilldown($indicators->get_by_idnumber('member_survey'), $second);
        $this->assertSame([['Mitgliederbefragung 2019', source_periods::date($second->start),
            source_periods::date($second->start + 30 * DAYSECS), 'Closed', 5, 3]], $drilldown->rows);
        $this->assertStringContainsString('“mitgliederbefragung”', $drilldown->note);
        $this->assertSame(
            'Mitgliederbefragung 2018 – "Digitalisierung" & Beteiligung',
            $source->drilldown($indicators->get_by_idnumber('member_survey'), $first)->rows[0][0]
        );
        $this->assertSame([], $source->drilldown($indicators->get_by_idnumber('member_survey'), $third)->rows);
    }

    public function test_participation_is_the_share_of_all_invited_who_responded_rounded_down(): void {
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $indicator = \core\di::get(indicator_repository::class)->get_by_idnumber('survey_participation');
        $source = \core\di::get(survey_participation_source::class);
        [$first] = $this->periods;

        $values = $this->values_in_constant_queries($source, $indicator, $this->periods);

        // 5 of 12 = 41.66… % in the first; 3 of 5 in the second; no invitations yet in the third.
        $this->assertSame([1 => 41.6, 2 => 60.0, 3 => null], $values);
        $rows = $source->drilldown($indicator, $first)->rows;
        $this->assertSame([10, 4, '40.0'], array_slice($rows[0], 2));
        $this->assertSame([2, 1, '50.0'], array_slice($rows[1], 2));

        $staffonly = $generator->create_indicator(['source' => 'survey_participation', 'unit' => 'percent',
            'config' => ['instrument' => 'mitarbeitendenbefragung']]);
        $this->assertSame([1 => 50.0, 2 => null, 3 => null], $source->values($staffonly, $this->periods));
    }
}
