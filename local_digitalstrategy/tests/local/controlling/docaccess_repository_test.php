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

namespace local_digitalstrategy\local\controlling;

use local_digitalstrategy\local\controlling\source\active_users_source;
use local_digitalstrategy\local\controlling\source\document_access_source;

/**
 * Reading the document-access summary: per organisation with the k rule, per type, totals with
 * unique users and organisations, active users per month; and the two sources built on it.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\docaccess_repository
 * @covers     \local_digitalstrategy\local\controlling\source\document_access_source
 * @covers     \local_digitalstrategy\local\controlling\source\active_users_source
 */
#[\PHPUnit\Framework\Attributes\CoversClass(docaccess_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(document_access_source::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(active_users_source::class)]
final class docaccess_repository_test extends \advanced_testcase {
    /** @var int Organisation with five users of files in the first half-year. */
    private int $big;
    /** @var int Organisation with two users only. */
    private int $small;
    /** @var programme */
    private programme $programme;

    /**
     * k = 3; in the first half-year the big organisation's five users each opened one file twice and
     * one page once (two of them), the small organisation's two users a file, and one user without
     * organisation a file; in the second half-year one view.
     */
    protected function setUp(): void {
        global $DB;
        parent::setUp();
        $this->resetAfterTest();
        set_config('peerthreshold', 3, 'local_digitalstrategy');
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $this->programme = $generator->set_programme(2018, 1, 6);
        $this->big = $generator->create_organisation(['name' => 'Zentrum & Co. "Süd" – Kinder < 6 Jahre 🌻'])->get_id();
        $this->small = $generator->create_organisation(['name' => 'Beratung Nord'])->get_id();
        $row = fn(int $period, int $userid, int $orgid, int $cmid, string $modname, int $views, int $downloads) =>
            $DB->insert_record(docaccess_aggregator::TABLE, (object) ['period' => $period, 'userid' => $userid,
                'orgid' => $orgid, 'courseid' => 2, 'cmid' => $cmid, 'modname' => $modname, 'views' => $views,
                'downloads' => $downloads, 'timefirst' => 1, 'timelast' => 2]);
        for ($u = 101; $u <= 105; $u++) {
            $row(1, $u, $this->big, 11, 'resource', 0, 2);
        }
        $row(1, 101, $this->big, 12, 'page', 1, 0);
        $row(1, 102, $this->big, 12, 'page', 1, 0);
        $row(1, 201, $this->small, 11, 'resource', 0, 1);
        $row(1, 202, $this->small, 11, 'resource', 0, 1);
        $row(1, 301, 0, 11, 'resource', 0, 1);
        $row(2, 101, $this->big, 12, 'page', 1, 0);
        $this->mock_clock_with_frozen((new \DateTimeImmutable('2018-09-15 12:00', \core_date::get_server_timezone_object()))
            ->getTimestamp());
    }

    public function test_per_organisation_leaves_out_groups_with_fewer_than_k_users(): void {
        $repository = \core\di::get(docaccess_repository::class);

        $rows = $repository->per_organisation(1);

        $this->assertEquals([(object) ['orgid' => $this->big, 'orgname' => 'Zentrum & Co. "Süd" – Kinder < 6 Jahre 🌻',
            'modname' => 'resource', 'views' => 0, 'downloads' => 10, 'users' => 5]], $rows);
        $this->assertSame(2, $repository->hidden_groups(1));
        $this->assertSame([], $repository->per_organisation(3));
    }

    public function test_totals_count_unique_users_and_organisations_per_half_year_with_zeros_for_empty_ones(): void {
        $totals = \core\di::get(docaccess_repository::class)->totals([1, 2, 3]);

        $this->assertEquals([
            1 => (object) ['views' => 2, 'downloads' => 13, 'users' => 8, 'organisations' => 2],
            2 => (object) ['views' => 1, 'downloads' => 0, 'users' => 1, 'organisations' => 1],
            3 => (object) ['views' => 0, 'downloads' => 0, 'users' => 0, 'organisations' => 0],
        ], $totals);
    }

    public function test_per_type_counts_everybody(): void {
        $types = \core\di::get(docaccess_repository::class)->per_type(1);

        $this->assertEquals([
            (object) ['modname' => 'page', 'views' => 2, 'downloads' => 0, 'users' => 2, 'organisations' => 1],
            (object) ['modname' => 'resource', 'views' => 0, 'downloads' => 13, 'users' => 8, 'organisations' => 2],
        ], $types);
    }

    public function test_document_access_source_gives_accesses_per_half_year_and_nothing_for_future_ones(): void {
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $source = \core\di::get(document_access_source::class);
        $periods = array_slice($this->programme->periods(), 0, 3, true);

        $accesses = $source->values($generator->create_indicator(['source' => 'document_access']), $periods);
        $users = $source->values($generator->create_indicator(['source' => 'document_access',
            'config' => json_encode(['measure' => 'users'])]), $periods);

        $this->assertSame([1 => 15.0, 2 => 1.0, 3 => null], $accesses);
        $this->assertSame([1 => 8.0, 2 => 1.0, 3 => null], $users);
    }

    public function test_document_access_drilldown_shows_types_and_organisations_above_k_with_a_note(): void {
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $indicator = $generator->create_indicator(['source' => 'document_access']);

        $drilldown = \core\di::get(document_access_source::class)->drilldown($indicator, $this->programme->period(1));

        $this->assertCount(5, $drilldown->headers);
        $this->assertSame([
            ['All organisations', 'Pages', 2, 0, 2],
            ['All organisations', 'Files', 0, 13, 8],
            ['Zentrum & Co. "Süd" – Kinder < 6 Jahre 🌻', 'Files', 0, 10, 5],
        ], $drilldown->rows);
        $this->assertStringContainsString('fewer than 3 users', $drilldown->note);
        $this->assertStringContainsString('2 groups left out', $drilldown->note);
    }

    public function test_figures_are_cached_until_the_aggregation_moves_on(): void {
        global $DB;
        $repository = \core\di::get(docaccess_repository::class);
        set_config(docaccess_aggregator::POSITION, 10, 'local_digitalstrategy');
        $repository->warm();
        $DB->insert_record(docaccess_aggregator::TABLE, (object) ['period' => 2, 'userid' => 999, 'orgid' => 0, 'courseid' => 2,
            'cmid' => 12, 'modname' => 'page', 'views' => 5, 'downloads' => 0, 'timefirst' => 1, 'timelast' => 2]);

        $before = $repository->totals([2])[2]->views;
        set_config(docaccess_aggregator::POSITION, 11, 'local_digitalstrategy');
        $after = $repository->totals([2])[2]->views;

        $this->assertSame(1, $before);
        $this->assertSame(6, $after);
    }

    public function test_the_shipped_indicators_find_both_sources_by_their_keys(): void {
        $registry = \core\di::get(source_registry::class);

        $this->assertInstanceOf(document_access_source::class, $registry->get('document_access'));
        $this->assertInstanceOf(active_users_source::class, $registry->get('active_users'));
        $this->assertSame('document_access', $registry->get('document_access')->key());
        $this->assertSame('active_users', $registry->get('active_users')->key());
    }

    public function test_active_users_source_gives_the_mean_over_the_months_begun(): void {
        global $DB;
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        // First half-year: 3 users in January, 1 in June (mean over six months: 4 / 6).
        foreach (
            [[201801, 1, 1], [201801, 1, 2], [201801, 1, 3], [201806, 1, 1], [201807, 2, 1], [201808, 2, 1],
                [201808, 2, 2], [201809, 2, 3], [201810, 2, 9]] as [$month, $period, $userid]
        ) {
            $DB->insert_record(docaccess_aggregator::ACTIVE_TABLE, (object) ['month' => $month, 'period' => $period,
                'userid' => $userid, 'orgid' => $userid === 1 ? $this->big : 0]);
        }
        $indicator = $generator->create_indicator(['source' => 'active_users']);
        $source = \core\di::get(active_users_source::class);

        // The clock stands in mid-September 2018: July, August and September have begun.
        $values = $source->values($indicator, array_slice($this->programme->periods(), 0, 3, true));
        $drilldown = $source->drilldown($indicator, $this->programme->period(2));

        $this->assertSame([1 => round(4 / 6, 2), 2 => round(4 / 3, 2), 3 => null], $values);
        $this->assertSame([['July 2018', 1, 1], ['August 2018', 2, 1], ['September 2018', 1, 0]], $drilldown->rows);
    }
}
