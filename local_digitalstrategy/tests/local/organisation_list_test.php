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

namespace local_digitalstrategy\local;

use local_digitalstrategy\local\check\aggregate_repository;
use local_digitalstrategy\local\check\score_repository;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\organisation;

/**
 * The organisations page and the heat map at the scale of the programme (350 organisations):
 * search, filters, sorting and paging come from the database, with the same number of queries
 * for 5 organisations as for 350.
 *
 * The organisations are written in bulk, like the benchmark data (tests/benchmark/check-seed.php):
 * "Organisation 001" … "Organisation 350", identifier "scale-001" …, field of work in turn, every
 * 25th a pilot, every 10th without a submitted check, every 50th with a member, every 7th
 * archived; scores that differ from organisation to organisation and area to area.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\organisation_filter
 * @covers     \local_digitalstrategy\local\organisation_repository
 * @covers     \local_digitalstrategy\local\check\aggregate_repository
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\organisation_filter::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\organisation_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\check\aggregate_repository::class)]
final class organisation_list_test extends \advanced_testcase {
    /** @var string[] dimension keys of the default check */
    private array $keys;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $current = \core\di::get(instrument_repository::class)->get_current_check();
        $this->keys = array_keys($current['instrument']->get_dimensions());
    }

    /**
     * Writes organisations "Organisation 001" … up to a number (those there already stay).
     *
     * @param int $upto
     */
    private function seed(int $upto): void {
        global $DB;
        $have = $DB->count_records(organisation::TABLE);
        $checkid = \core\di::get(instrument_repository::class)->get_current_check()['id'];
        $fields = organisation::FIELDS_OF_WORK;
        $records = [];
        for ($i = $have + 1; $i <= $upto; $i++) {
            $records[] = (object) ['name' => sprintf('Organisation %03d', $i), 'idnumber' => sprintf('scale-%03d', $i),
                'location' => $i % 2 ? 'Köln' : 'Hamburg', 'fieldofwork' => $fields[$i % count($fields)],
                'employees' => $i % 9 ? 10 + $i : null, 'pilot' => (int) ($i % 25 === 0), 'archived' => (int) ($i % 7 === 0),
                'timecreated' => 1, 'timemodified' => 1, 'usermodified' => 2];
        }
        $DB->insert_records(organisation::TABLE, $records);
        $ids = $DB->get_records_select_menu(organisation::TABLE, 'id > 0', [], 'id', 'idnumber, id');
        $runs = [];
        for ($i = $have + 1; $i <= $upto; $i++) {
            if ($i % 10 !== 0) {
                $runs[] = (object) ['orgid' => $ids[sprintf('scale-%03d', $i)], 'instrumentid' => $checkid,
                    'status' => run::STATUS_SUBMITTED, 'latest' => 1, 'score' => ($i * 37) % 101, 'maturity' => 2,
                    'answered' => 1, 'items' => 1, 'usercreated' => 2, 'timecreated' => 1, 'usersubmitted' => 2,
                    'timesubmitted' => 2, 'timemodified' => 2];
            }
            if ($i % 50 === 0) {
                $user = $this->getDataGenerator()->create_user();
                $DB->insert_record(organisation::MEMBER_TABLE, (object) ['orgid' => $ids[sprintf('scale-%03d', $i)],
                    'userid' => $user->id, 'role' => 'staff', 'timecreated' => 1, 'timemodified' => 1, 'usermodified' => 2]);
            }
        }
        $DB->insert_records(run::TABLE, $runs);
        $scores = [];
        foreach (
            $DB->get_records_select(run::TABLE, 'id > 0 AND orgid IN (SELECT id FROM {' . organisation::TABLE
                . '} WHERE idnumber >= ?)', [sprintf('scale-%03d', $have + 1)], 'id', 'id, orgid') as $runrecord
        ) {
            $i = (int) substr(array_search($runrecord->orgid, $ids), 6);
            foreach ($this->keys as $d => $key) {
                $scores[] = (object) ['runid' => $runrecord->id, 'dimension' => $key,
                    'score' => ($i * 13 + $d * 29) % 101, 'answered' => 1, 'scored' => 1, 'items' => 1];
            }
        }
        $DB->insert_records(score_repository::TABLE, $scores);
    }

    /**
     * The numbers of the organisations in some rows ("Organisation 042" → 42).
     *
     * @param \stdClass[] $rows
     * @return int[]
     */
    private static function numbers(array $rows): array {
        return array_map(fn($row) => (int) substr($row->name, 13), array_values($rows));
    }

    /**
     * Organisation numbers 1…$upto that satisfy a condition.
     *
     * @param int $upto
     * @param callable $condition
     * @return int[]
     */
    private static function expected(int $upto, callable $condition): array {
        return array_values(array_filter(range(1, $upto), $condition));
    }

    public function test_the_organisations_page_searches_filters_sorts_and_pages_350_organisations(): void {
        $this->seed(350);
        $repository = \core\di::get(organisation_repository::class);

        $all = $repository->search(new organisation_filter(), 'name', false, 0, 50);
        $this->assertSame(350, $all['total']);
        $this->assertSame(range(1, 50), self::numbers($all['rows']));
        $last = $repository->search(new organisation_filter(), 'name', false, 300, 50);
        $this->assertSame(range(301, 350), self::numbers($last['rows']));

        // Search finds one by name and one by identifier, whatever the case.
        $byname = $repository->search(new organisation_filter('organisation 123'));
        $this->assertSame(1, $byname['total']);
        $this->assertSame([123], self::numbers($byname['rows']));
        $this->assertSame([277], self::numbers($repository->search(new organisation_filter('SCALE-277'))['rows']));
        // Characters "%" and "_" are searched for as written.
        $this->assertSame(0, $repository->search(new organisation_filter('Organisation 1_3'))['total']);
        $this->assertSame(0, $repository->search(new organisation_filter('%'))['total']);

        // Filters, alone and together.
        $fields = organisation::FIELDS_OF_WORK;
        $youth = $repository->search(new organisation_filter('', 'youth'), 'name', false, 0, 0);
        $this->assertSame(self::expected(350, fn($i) => $fields[$i % 6] === 'youth'), self::numbers($youth['rows']));
        $pilots = $repository->search(new organisation_filter('', '', '1'), 'name');
        $this->assertSame(self::expected(350, fn($i) => $i % 25 === 0), self::numbers($pilots['rows']));
        $this->assertSame(336, $repository->search(new organisation_filter('', '', '0'))['total']);
        $without = $repository->search(new organisation_filter('', '', '', organisation_filter::NOTSUBMITTED), 'name');
        $this->assertSame(self::expected(350, fn($i) => $i % 10 === 0), self::numbers($without['rows']));
        $this->assertSame(315, $repository->search(new organisation_filter('', '', '', organisation_filter::SUBMITTED))['total']);
        $this->assertSame(343, $repository->search(new organisation_filter('', '', '', organisation_filter::NOMEMBERS))['total']);
        $archived = $repository->search(new organisation_filter('', '', '', '', 'archived'), 'name');
        $this->assertSame(self::expected(350, fn($i) => $i % 7 === 0), self::numbers($archived['rows']));
        $together = $repository->search(
            new organisation_filter('', 'care', '1', organisation_filter::NOTSUBMITTED, 'active'),
            'name'
        );
        $this->assertSame(self::expected(350, fn($i) => $fields[$i % 6] === 'care' && $i % 25 === 0 && $i % 10 === 0
            && $i % 7 !== 0), self::numbers($together['rows']));
        $this->assertSame([50, 100, 150, 200, 250, 300, 350], self::numbers(
            $repository->search(new organisation_filter('', '', '1', organisation_filter::NOTSUBMITTED), 'name')['rows']
        ));

        // Sorting: by employees (unknown last), by members, by name backwards, by field of work in a given order.
        $employees = $repository->search(new organisation_filter(), 'employees', true, 0, 3);
        $this->assertSame([350, 349, 348], self::numbers($employees['rows']));
        $lastemployees = $repository->search(new organisation_filter(), 'employees', true, 340, 10);
        $this->assertNull(end($lastemployees['rows'])->employees);
        $members = $repository->search(new organisation_filter(), 'members', true, 0, 7);
        $this->assertSame([50, 100, 150, 200, 250, 300, 350], self::numbers($members['rows']));
        $this->assertSame(1, (int) $members['rows'][0]->membercount);
        $this->assertSame([350, 349], self::numbers($repository->search(new organisation_filter(), 'name', true, 0, 2)['rows']));
        $byfield = $repository->search(new organisation_filter(), 'fieldofwork', false, 0, 0, ['youth', 'care']);
        $this->assertSame('youth', $byfield['rows'][0]->fieldofwork);
        $this->assertSame('care', $byfield['rows'][58]->fieldofwork);
        $this->assertSame(1, (int) $byfield['rows'][0]->submitted);
        // Without a sort column: active ones first, then by name.
        $default = $repository->search(new organisation_filter(), '', false, 0, 0);
        $this->assertSame(0, (int) $default['rows'][299]->archived);
        $this->assertSame(1, (int) $default['rows'][300]->archived);
        $this->assertSame(7, (int) substr($default['rows'][300]->name, 13));
    }

    public function test_the_heat_map_filters_and_sorts_350_organisations_by_any_area(): void {
        $this->seed(350);
        $aggregates = \core\di::get(aggregate_repository::class);
        $active = fn($i) => $i % 7 !== 0;

        $this->assertSame(300, $aggregates->count_rows());
        $page = $aggregates->get_rows('digicheck', $this->keys, 50, 50);
        $this->assertSame(array_slice(self::expected(350, $active), 50, 50), self::numbers($page));
        $everyone = $aggregates->get_rows('digicheck', $this->keys, 0, 0);
        $this->assertCount(300, $everyone);

        // By the overall score, highest first; organisations without a result last.
        $byscore = $aggregates->get_rows('digicheck', $this->keys, 0, 0, null, 'score', true);
        $scores = array_map(fn($row) => $row->score === null ? null : (float) $row->score, $byscore);
        $withscore = array_values(array_filter($scores, fn($s) => $s !== null));
        $sorted = $withscore;
        rsort($sorted);
        $this->assertSame($sorted, $withscore);
        $this->assertCount(300 - count(self::expected(350, fn($i) => $i % 10 === 0 && $i % 7 !== 0)), $withscore);
        $this->assertSame(array_fill(0, 300 - count($withscore), null), array_slice($scores, count($withscore)));

        // By each area, lowest first; the row's own scores follow the area.
        foreach ($this->keys as $d => $key) {
            $rows = $aggregates->get_rows('digicheck', $this->keys, 0, 0, null, $key);
            $values = array_values(array_filter(array_map(fn($row) => $row->dimensions[$key], $rows), fn($s) => $s !== null));
            $sorted = $values;
            sort($sorted);
            $this->assertSame($sorted, $values, "sorted by $key");
            $first = $rows[0];
            $i = (int) substr($first->name, 13);
            $this->assertEquals(($i * 13 + $d * 29) % 101, $first->dimensions[$key]);
            $this->assertNull(end($rows)->runid, 'without a result: last');
        }

        // Filters as on the organisations page; participation means a submitted run of this check.
        $filter = new organisation_filter('', 'counselling', '', organisation_filter::SUBMITTED);
        $expected = self::expected(350, fn($i) => $active($i) && $i % 6 === 2 && $i % 10 !== 0);
        $this->assertSame(count($expected), $aggregates->count_filtered('digicheck', $filter));
        $this->assertSame($expected, self::numbers($aggregates->get_rows('digicheck', $this->keys, 0, 0, $filter)));
        $search = new organisation_filter('Organisation 123');
        $this->assertSame(1, $aggregates->count_filtered('digicheck', $search));
        $this->assertSame([123], self::numbers($aggregates->get_rows('digicheck', $this->keys, 0, 50, $search, 'score', true)));
        $pilots = new organisation_filter('', '', '1', organisation_filter::NOTSUBMITTED);
        $this->assertSame(
            [50, 100, 150, 200, 250, 300],
            self::numbers($aggregates->get_rows('digicheck', $this->keys, 0, 0, $pilots))
        );
        // An unknown sort column sorts by name.
        $unknown = $aggregates->get_rows('digicheck', $this->keys, 50, 50, null, 'x');
        $this->assertSame(self::numbers($page), self::numbers($unknown));
    }

    public function test_queries_do_not_grow_with_the_number_of_organisations(): void {
        global $DB;
        $organisations = \core\di::get(organisation_repository::class);
        $aggregates = \core\di::get(aggregate_repository::class);
        $filter = new organisation_filter('Organisation', '', '', organisation_filter::SUBMITTED);
        $measure = function () use ($DB, $organisations, $aggregates, $filter): array {
            $reads = [];
            $before = $DB->perf_get_reads();
            $organisations->search($filter, 'members', true, 0, 50);
            $reads['organisations page'] = $DB->perf_get_reads() - $before;
            $before = $DB->perf_get_reads();
            $aggregates->count_filtered('digicheck', $filter);
            $aggregates->get_rows('digicheck', $this->keys, 0, 0, $filter, $this->keys[1], true);
            $reads['heat map, all rows'] = $DB->perf_get_reads() - $before;
            return $reads;
        };

        $this->seed(5);
        $small = $measure();
        $this->seed(350);
        $large = $measure();

        foreach ($small as $what => $count) {
            fwrite(STDERR, sprintf("\n%s: %d DB reads at 5 organisations, %d at 350", $what, $count, $large[$what]));
        }
        $this->assertSame($small, $large);
        // The organisations page: the count and the page. The heat map: the count, the rows and their
        // scores (one recordset; PostgreSQL reads it through a cursor, which Moodle counts as more reads).
        $this->assertSame(2, $large['organisations page']);
        $this->assertLessThanOrEqual(5, $large['heat map, all rows']);
    }
}
