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

use local_digitalstrategy\task\aggregate_docaccess;
use local_digitalstrategy\tests\docaccess_log;

/**
 * The aggregation of the standard log into the document-access summary and the active users per
 * month: what counts, period edges, incremental and idempotent runs, bounded batches that resume,
 * the lock, rows too young to be settled.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\docaccess_aggregator
 * @covers     \local_digitalstrategy\task\aggregate_docaccess
 */
#[\PHPUnit\Framework\Attributes\CoversClass(docaccess_aggregator::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(aggregate_docaccess::class)]
final class docaccess_aggregator_test extends \advanced_testcase {
    use docaccess_log;

    /** @var int A programme course. */
    private int $course;
    /** @var int A course outside the programme. */
    private int $othercourse;
    /** @var \stdClass A member of an organisation. */
    private \stdClass $member;
    /** @var int Her organisation. */
    private int $orgid;
    /** @var \stdClass A user without organisation. */
    private \stdClass $loner;

    /**
     * A programme of six half-years from 2018 whose courses are those of one category, a member of an
     * organisation and a user without one; the clock stands in 2021.
     */
    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $generator->set_programme(2018, 1, 6);
        $category = $this->getDataGenerator()->create_category();
        $sub = $this->getDataGenerator()->create_category(['parent' => $category->id]);
        set_config('programmecategory', $category->id, 'local_digitalstrategy');
        $this->course = (int) $this->getDataGenerator()->create_course(['category' => $sub->id])->id;
        $this->othercourse = (int) $this->getDataGenerator()->create_course()->id;
        $organisation = $generator->create_organisation();
        $this->orgid = $organisation->get_id();
        $this->member = $this->getDataGenerator()->create_user();
        $generator->add_member($organisation, $this->member->id);
        $this->loner = $this->getDataGenerator()->create_user();
        $this->mock_clock_with_frozen($this->day('2021-03-01'));
    }

    /**
     * The aggregator as pages and tasks get it.
     *
     * @return docaccess_aggregator
     */
    private function aggregator(): docaccess_aggregator {
        return \core\di::get(docaccess_aggregator::class);
    }

    /**
     * The summary as period/userid/cmid => "views/downloads".
     *
     * @return array<string, string>
     */
    private function summary(): array {
        global $DB;
        $result = [];
        foreach ($DB->get_records(docaccess_aggregator::TABLE, null, 'period, userid, cmid') as $row) {
            $result["$row->period/$row->userid/$row->cmid"] = "$row->views/$row->downloads";
        }
        return $result;
    }

    public function test_views_and_downloads_of_programme_modules_are_summed_per_half_year_user_and_module(): void {
        global $DB;
        $m = (int) $this->member->id;
        $this->log_row($m, $this->course, 11, $this->day('2018-03-01'));
        $this->log_row($m, $this->course, 11, $this->day('2018-03-02') + 5);
        $this->log_row($m, $this->course, 12, $this->day('2018-03-03'), '\\mod_resource\\event\\course_module_viewed');
        // Exactly on the boundary: the second half-year.
        $this->log_row($m, $this->course, 11, $this->day('2018-07-01'));
        $this->log_row($m, $this->course, 13, $this->day('2018-08-01'), '\\mod_folder\\event\\all_files_downloaded');
        $this->log_row($m, $this->course, 14, $this->day('2018-08-02'), '\\mod_devcircle\\event\\pad_viewed');
        $this->log_row((int) $this->loner->id, $this->course, 11, $this->day('2018-08-03'));
        // Not counted: another course, before the programme, a forum, the guest, anonymous, "logged in as".
        $this->log_row($m, $this->othercourse, 21, $this->day('2018-03-01'));
        $this->log_row($m, $this->course, 11, $this->day('2017-12-31'));
        $this->log_row($m, $this->course, 15, $this->day('2018-03-01'), '\\mod_forum\\event\\course_module_viewed');
        $this->log_row((int) $DB->get_field('user', 'id', ['username' => 'guest']), $this->course, 11, $this->day('2018-03-01'));
        $this->log_row(
            $m,
            $this->course,
            11,
            $this->day('2018-03-01'),
            '\\mod_page\\event\\course_module_viewed',
            ['anonymous' => 1]
        );
        $this->log_row(
            $m,
            $this->course,
            11,
            $this->day('2018-03-01'),
            '\\mod_page\\event\\course_module_viewed',
            ['realuserid' => 2]
        );

        $result = $this->aggregator()->run();

        $this->assertFalse($result['locked']);
        $this->assertSame(0, $result['pending']);
        $this->assertSame([
            "1/$m/11" => '2/0',
            "1/$m/12" => '0/1',
            "2/$m/11" => '1/0',
            "2/$m/13" => '0/1',
            "2/$m/14" => '1/0',
            "2/{$this->loner->id}/11" => '1/0',
        ], $this->summary());
        $row = $DB->get_record(docaccess_aggregator::TABLE, ['period' => 1, 'userid' => $m, 'cmid' => 11]);
        $this->assertEquals($this->orgid, $row->orgid);
        $this->assertEquals($this->course, $row->courseid);
        $this->assertSame('page', $row->modname);
        $this->assertEquals($this->day('2018-03-01'), $row->timefirst);
        $this->assertEquals($this->day('2018-03-02') + 5, $row->timelast);
        $this->assertSame('resource', $DB->get_field(docaccess_aggregator::TABLE, 'modname', ['cmid' => 12]));
        $this->assertSame('devcircle', $DB->get_field(docaccess_aggregator::TABLE, 'modname', ['cmid' => 14]));
        $this->assertEquals(0, $DB->get_field(docaccess_aggregator::TABLE, 'orgid', ['userid' => $this->loner->id]));
    }

    public function test_a_second_run_adds_only_new_log_rows_and_a_run_without_new_rows_changes_nothing(): void {
        $m = (int) $this->member->id;
        $this->log_row($m, $this->course, 11, $this->day('2018-03-01'));
        $this->aggregator()->run();
        $this->log_row($m, $this->course, 11, $this->day('2018-03-05'));
        $last = $this->log_row($m, $this->course, 12, $this->day('2018-03-06'), '\\mod_resource\\event\\course_module_viewed');

        $second = $this->aggregator()->run();
        $third = $this->aggregator()->run();

        $this->assertSame(["1/$m/11" => '2/0', "1/$m/12" => '0/1'], $this->summary());
        $this->assertSame($last, $second['to']);
        $this->assertSame(0, $third['batches']);
        $this->assertSame($last, $this->aggregator()->position());
        $this->assertSame($this->day('2018-03-06'), $this->aggregator()->aggregated_until());
    }

    public function test_bounded_batches_stop_and_the_next_run_resumes_to_the_same_result(): void {
        $m = (int) $this->member->id;
        for ($i = 0; $i < 10; $i++) {
            $this->log_row($m, $this->course, 11 + $i % 3, $this->day('2018-0' . (1 + $i % 9) . '-10'));
        }

        $first = $this->aggregator()->run(120.0, 3, 2);
        $this->assertSame(2, $first['batches']);
        $this->assertGreaterThan(0, $first['pending']);
        $this->assertSame($first['to'], $this->aggregator()->position());
        $rest = $this->aggregator()->run(120.0, 3);

        $this->assertSame(0, $rest['pending']);
        $this->assertSame($first['to'], $rest['from']);
        $expected = ["1/$m/11" => '3/0', "1/$m/12" => '2/0', "1/$m/13" => '2/0', "2/$m/11" => '1/0', "2/$m/12" => '1/0',
            "2/$m/13" => '1/0'];
        $this->assertSame($expected, $this->summary());
    }

    public function test_nothing_is_done_while_another_runner_holds_the_lock(): void {
        global $CFG;
        $CFG->lock_factory = '\\core\\lock\\db_record_lock_factory';
        $this->log_row((int) $this->member->id, $this->course, 11, $this->day('2018-03-01'));
        $lock = \core\lock\lock_config::get_lock_factory(docaccess_aggregator::LOCK_TYPE)->get_lock('aggregate', 0);
        $this->assertNotFalse($lock);

        try {
            $result = $this->aggregator()->run();
        } finally {
            $lock->release();
        }

        $this->assertTrue($result['locked']);
        $this->assertSame([], $this->summary());
        $this->assertSame(0, $this->aggregator()->position());
        $this->assertFalse($this->aggregator()->run()['locked']);
        $this->assertCount(1, $this->summary());
    }

    public function test_log_rows_younger_than_the_settling_time_wait_for_the_next_run(): void {
        $clock = $this->mock_clock_with_frozen($this->day('2018-03-01') + 100);
        $m = (int) $this->member->id;
        $old = $this->log_row($m, $this->course, 11, $this->day('2018-03-01') - 1000);
        $this->log_row($m, $this->course, 11, $this->day('2018-03-01'));

        $result = $this->aggregator()->run();
        $this->assertSame($old, $result['to']);
        $this->assertSame(["1/$m/11" => '1/0'], $this->summary());

        $clock->bump(docaccess_aggregator::SETTLE_SECONDS);
        $this->aggregator()->run();
        $this->assertSame(["1/$m/11" => '2/0'], $this->summary());
    }

    public function test_active_users_are_recorded_once_per_month_with_half_year_and_organisation(): void {
        global $DB;
        $m = (int) $this->member->id;
        $l = (int) $this->loner->id;
        // Any event counts, in any course, also outside module contexts.
        $this->log_row(
            $m,
            $this->othercourse,
            0,
            $this->day('2018-06-01'),
            '\\core\\event\\user_loggedin',
            ['contextlevel' => CONTEXT_SYSTEM]
        );
        $this->log_row($m, $this->course, 11, $this->day('2018-06-30') + 86399);
        $this->log_row($m, $this->course, 11, $this->day('2018-07-01'));
        $this->log_row($l, $this->course, 11, $this->day('2018-06-15'));
        $this->log_row($l, $this->course, 11, $this->day('2017-12-15'));

        $this->aggregator()->run(120.0, 2);
        $this->aggregator()->run(120.0, 2);

        $rows = $DB->get_records(docaccess_aggregator::ACTIVE_TABLE, null, 'month, userid', 'id, month, period, userid, orgid');
        $this->assertSame([
            ['201712', '0', "$l", '0'],
            ['201806', '1', "$m", "$this->orgid"],
            ['201806', '1', "$l", '0'],
            ['201807', '2', "$m", "$this->orgid"],
        ], array_map(
            fn($r) => [(string) $r->month, (string) $r->period, (string) $r->userid, (string) $r->orgid],
            array_values($rows)
        ));
    }

    public function test_events_as_moodle_logs_them_are_recognised(): void {
        global $CFG;
        require_once($CFG->dirroot . '/mod/page/lib.php');
        require_once($CFG->dirroot . '/mod/resource/lib.php');
        $this->preventResetByRollback();
        set_config('enabled_stores', 'logstore_standard', 'tool_log');
        set_config('buffersize', 0, 'logstore_standard');
        get_log_manager(true);
        $now = time();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme((int) date('Y', $now) - 1, 1, 6);
        $this->mock_clock_with_frozen($now + HOURSECS);
        $course = get_course($this->course);
        $this->setAdminUser();
        $page = $this->getDataGenerator()->create_module('page', ['course' => $course->id]);
        $resource = $this->getDataGenerator()->create_module('resource', ['course' => $course->id]);
        $this->setUser($this->member);
        $pagecm = get_coursemodule_from_instance('page', $page->id);
        $resourcecm = get_coursemodule_from_instance('resource', $resource->id);
        page_view($page, $course, $pagecm, \context_module::instance($pagecm->id));
        resource_view($resource, $course, $resourcecm, \context_module::instance($resourcecm->id));
        get_log_manager()->dispose();

        $this->aggregator()->run();

        $m = (int) $this->member->id;
        $period = $programme->period_at($now)->index;
        $this->assertSame(["$period/$m/$pagecm->id" => '1/0', "$period/$m/$resourcecm->id" => '0/1'], $this->summary());
    }

    public function test_the_task_reports_what_it_did(): void {
        $this->log_row((int) $this->member->id, $this->course, 11, $this->day('2018-03-01'));
        $this->expectOutputRegex('/in 1 batches .*0 log ids left/');
        (new aggregate_docaccess())->execute();
    }
}
