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

namespace local_digitalstrategy\reportbuilder\datasource;

use core_reportbuilder\local\filters\{boolean_select, number, select};
use core_reportbuilder_generator;
use core_reportbuilder_testcase;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once("{$CFG->dirroot}/reportbuilder/tests/helpers.php");

/**
 * The report source "Survey participation": invited, answered and declined per campaign (revoked
 * invitations not counted), the participation against the target, and a row per invitation with
 * the invited organisation when asked for.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\reportbuilder\datasource\survey_participation
 * @covers     \local_digitalstrategy\reportbuilder\local\entities\survey_campaign
 * @covers     \local_digitalstrategy\reportbuilder\local\entities\survey_invite
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\datasource\survey_participation::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\local\entities\survey_campaign::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\reportbuilder\local\entities\survey_invite::class)]
final class survey_participation_test extends core_reportbuilder_testcase {
    /**
     * The plugin's generator.
     *
     * @return \local_digitalstrategy_generator
     */
    private function generator(): \local_digitalstrategy_generator {
        return $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    /**
     * The report builder's generator.
     *
     * @return core_reportbuilder_generator
     */
    private function reports(): core_reportbuilder_generator {
        return $this->getDataGenerator()->get_plugin_generator('core_reportbuilder');
    }

    /**
     * A campaign with four organisations invited: one answered, one declined, one waits, one
     * invitation was revoked.
     *
     * @return \local_digitalstrategy\local\campaign\campaign
     */
    private function campaign_with_invitations(): \local_digitalstrategy\local\campaign\campaign {
        $campaign = $this->generator()->create_campaign(['name' => 'Mitgliederbefragung & "Beteiligung" < 2026',
            'timeopen' => 1780000000, 'participationtarget' => 30]);
        $names = ['Antwortet' => ['responded' => 1], 'Lehnt ab' => ['status' => 'declined'], 'Wartet' => [],
            'Zurückgezogen' => ['status' => 'revoked']];
        foreach ($names as $name => $record) {
            $organisation = $this->generator()->create_organisation(['name' => $name]);
            $this->generator()->create_invite($campaign, $record + ['orgid' => $organisation->get_id()]);
        }
        return $campaign;
    }

    public function test_a_new_report_shows_each_campaign_with_its_participation_against_the_target(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->campaign_with_invitations();

        $report = $this->reports()->create_report(['name' => 'Participation', 'source' => survey_participation::class,
            'default' => 1]);
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id')));

        $this->assertEquals([[
            'Mitgliederbefragung &amp; "Beteiligung" &lt; 2026', 'Survey', userdate(1780000000), 3, 1, '33.3%', '30.0%',
        ]], $content);
    }

    public function test_invitation_and_organisation_columns_give_a_row_per_invitation_without_revoked_ones(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->campaign_with_invitations();

        $report = $this->reports()->create_report(['name' => 'Invites', 'source' => survey_participation::class,
            'default' => 0]);
        foreach (
            ['organisation:name', 'survey_invite:status', 'survey_invite:responded', 'survey_campaign:declined',
                'survey_campaign:targetmet', 'survey_campaign:anonymous', 'survey_campaign:respondent'] as $column
        ) {
            $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => $column,
                'sortenabled' => $column === 'organisation:name']);
        }
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id')));

        $this->assertEquals([
            ['Antwortet', 'Sent', 'Yes', 1, 'Yes', 'Yes', 'Each organisation once'],
            ['Lehnt ab', 'Declined', 'No', 1, 'Yes', 'Yes', 'Each organisation once'],
            ['Wartet', 'Sent', 'No', 1, 'Yes', 'Yes', 'Each organisation once'],
        ], $content);
    }

    public function test_participation_is_rounded_down_like_on_the_campaign_page(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $campaign = $this->generator()->create_campaign(['name' => 'Zwei von drei']);
        foreach ([1, 1, 0] as $responded) {
            $this->generator()->create_invite($campaign, ['responded' => $responded]);
        }

        $report = $this->reports()->create_report(['name' => 'Rounding', 'source' => survey_participation::class,
            'default' => 0]);
        $this->reports()->create_column(['reportid' => $report->get('id'),
            'uniqueidentifier' => 'survey_campaign:participation']);
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id')));

        $this->assertSame([['66.6%']], $content);
        $this->assertSame(66.6, \local_digitalstrategy\local\campaign\participation_repository::percent(2, 3));
    }

    public function test_a_campaign_without_invitations_has_no_participation_figure(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->generator()->create_campaign(['name' => 'Entwurf', 'status' => 'draft']);

        $report = $this->reports()->create_report(['name' => 'Empty', 'source' => survey_participation::class,
            'default' => 0]);
        foreach (
            ['survey_campaign:status', 'survey_campaign:invited', 'survey_campaign:participation',
                'survey_campaign:targetmet'] as $column
        ) {
            $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => $column]);
        }
        $content = array_map('array_values', $this->get_custom_report_content($report->get('id')));

        $this->assertEquals([['Draft', 0, '', 'No']], $content);
    }

    /**
     * Filters with a value that matches the campaign and one that does not.
     *
     * @return array[]
     */
    public static function filter_provider(): array {
        return [
            'participation above 30' => ['survey_campaign:participation', [
                'survey_campaign:participation_operator' => number::GREATER_THAN,
                'survey_campaign:participation_value1' => 30], true],
            'participation above 40' => ['survey_campaign:participation', [
                'survey_campaign:participation_operator' => number::GREATER_THAN,
                'survey_campaign:participation_value1' => 40], false],
            'kind survey' => ['survey_campaign:kind', ['survey_campaign:kind_operator' => select::EQUAL_TO,
                'survey_campaign:kind_value' => 'survey'], true],
            'kind feedback' => ['survey_campaign:kind', ['survey_campaign:kind_operator' => select::EQUAL_TO,
                'survey_campaign:kind_value' => 'feedback'], false],
            'status open' => ['survey_campaign:status', ['survey_campaign:status_operator' => select::EQUAL_TO,
                'survey_campaign:status_value' => 'open'], true],
            'anonymous' => ['survey_campaign:anonymous', ['survey_campaign:anonymous_operator' => boolean_select::NOT_CHECKED],
                false],
        ];
    }

    /**
     * A filter keeps the campaign exactly when its value matches.
     *
     * @dataProvider filter_provider
     * @param string $filter
     * @param array $values
     * @param bool $matches
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('filter_provider')]
    public function test_filters(string $filter, array $values, bool $matches): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->campaign_with_invitations();

        $report = $this->reports()->create_report(['name' => 'Filtered', 'source' => survey_participation::class,
            'default' => 0]);
        $this->reports()->create_column(['reportid' => $report->get('id'), 'uniqueidentifier' => 'survey_campaign:invited']);
        $this->reports()->create_filter(['reportid' => $report->get('id'), 'uniqueidentifier' => $filter]);
        $content = $this->get_custom_report_content($report->get('id'), 0, $values);

        $this->assertEquals($matches ? [[3]] : [], array_map('array_values', $content));
    }

    public function test_every_column_aggregation_and_condition_runs(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->campaign_with_invitations();

        $this->datasource_stress_test_columns(survey_participation::class);
        $this->datasource_stress_test_columns_aggregation(survey_participation::class);
        $this->datasource_stress_test_conditions(survey_participation::class, 'survey_campaign:name');
    }
}
