<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace block_digicheck;

use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * Tests of the Digitalisierungscheck block: where it can be added and what it shows.
 *
 * @package    block_digicheck
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_digicheck
 * @covers     \block_digicheck\output\block_content
 * @covers     \block_digicheck\local\content_builder
 * @covers     \local_digitalstrategy\local\check\aggregate_export
 */
#[CoversClass(\block_digicheck::class)]
#[CoversClass(output\block_content::class)]
#[CoversClass(local\content_builder::class)]
#[CoversClass(\local_digitalstrategy\local\check\aggregate_export::class)]
final class block_test extends \advanced_testcase {
    /**
     * Loads the block and Dashboard libraries.
     */
    public static function setUpBeforeClass(): void {
        global $CFG;
        require_once($CFG->libdir . '/blocklib.php');
        require_once($CFG->dirroot . '/my/lib.php');
        parent::setUpBeforeClass();
    }

    /**
     * Builds the page object of a course's main page, as course/view.php does.
     *
     * @param \stdClass $course the course
     * @return \moodle_page
     */
    private function course_page(\stdClass $course): \moodle_page {
        $page = new \moodle_page();
        $page->set_context(\context_course::instance($course->id));
        $page->set_course($course);
        $page->set_pagelayout('course');
        $page->set_pagetype('course-view-' . $course->format);
        $page->set_url(new \moodle_url('/course/view.php', ['id' => $course->id]));
        $page->blocks->load_blocks();
        return $page;
    }

    /**
     * Builds the page object of a user's Dashboard, as my/index.php does.
     *
     * @param \stdClass $user the owner of the Dashboard
     * @return \moodle_page
     */
    private function dashboard_page(\stdClass $user): \moodle_page {
        $mypage = my_get_page($user->id, MY_PAGE_PRIVATE);
        if ($mypage->userid === null) {
            $mypage = my_copy_page($user->id, MY_PAGE_PRIVATE);
        }
        $page = new \moodle_page();
        $page->set_context(\context_user::instance($user->id));
        $page->set_pagelayout('mydashboard');
        $page->set_pagetype('my-index');
        $page->set_subpage($mypage->id);
        $page->set_url(new \moodle_url('/my/index.php'));
        $page->blocks->add_region('content');
        $page->blocks->load_blocks();
        return $page;
    }

    /**
     * Returns the digicheck block instance on a page, loading the page's blocks afresh.
     *
     * @param \moodle_page $page a page built by course_page() or dashboard_page()
     * @return \block_digicheck|null
     */
    private function find_block(\moodle_page $page): ?\block_digicheck {
        foreach ($page->blocks->get_regions() as $region) {
            foreach ($page->blocks->get_blocks_for_region($region) as $block) {
                if ($block instanceof \block_digicheck) {
                    return $block;
                }
            }
        }
        return null;
    }

    public function test_teacher_adds_the_block_to_a_course_page_and_it_renders(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $this->setUser($teacher);

        $page = $this->course_page($course);
        $this->assertArrayHasKey('digicheck', $page->blocks->get_addable_blocks());
        $page->blocks->add_block_at_end_of_default_region('digicheck');

        $block = $this->find_block($this->course_page($course));
        $this->assertNotNull($block);
        $html = $block->get_content()->text;
        $this->assertStringContainsString('data-region="block_digicheck"', $html);
        $this->assertStringContainsString(get_string('nomembership', 'block_digicheck'), $html);
        $this->assertStringNotContainsString('/local/digitalstrategy/index.php', $html);
    }

    public function test_user_adds_the_block_to_their_dashboard_and_it_renders(): void {
        $this->resetAfterTest();
        $user = $this->getDataGenerator()->create_user();
        $this->setUser($user);

        $page = $this->dashboard_page($user);
        $this->assertArrayHasKey('digicheck', $page->blocks->get_addable_blocks());
        $page->blocks->add_block_at_end_of_default_region('digicheck');

        $block = $this->find_block($this->dashboard_page($user));
        $this->assertNotNull($block);
        $this->assertStringContainsString(get_string('nomembership', 'block_digicheck'), $block->get_content()->text);
    }

    public function test_student_cannot_add_the_block_to_a_course_page(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $student = $this->getDataGenerator()->create_and_enrol($course, 'student');
        $this->setUser($student);

        $this->assertArrayNotHasKey('digicheck', $this->course_page($course)->blocks->get_addable_blocks());
    }

    public function test_block_offers_the_overview_to_those_who_may_see_all_results(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $manager = $this->getDataGenerator()->create_user();
        $managerroles = get_archetype_roles('manager');
        role_assign(reset($managerroles)->id, $manager->id, \context_system::instance());
        $this->setAdminUser();
        $this->course_page($course)->blocks->add_block_at_end_of_default_region('digicheck');
        $this->setUser($manager);

        $html = $this->find_block($this->course_page($course))->get_content()->text;

        $this->assertStringContainsString('/local/digitalstrategy/index.php', $html);
        $this->assertStringContainsString(get_string('viewoverview', 'block_digicheck'), $html);
    }

    public function test_block_shows_nothing_to_guests(): void {
        $this->resetAfterTest();
        $course = $this->getDataGenerator()->create_course();
        $this->setAdminUser();
        $this->course_page($course)->blocks->add_block_at_end_of_default_region('digicheck');
        $this->setGuestUser();

        $block = $this->find_block($this->course_page($course));

        $this->assertSame('', $block->get_content()->text);
    }

    public function test_block_is_offered_only_on_the_dashboard_course_pages_and_site_home(): void {
        $this->assertTrue(blocks_name_allowed_in_format('digicheck', 'my-index'));
        $this->assertTrue(blocks_name_allowed_in_format('digicheck', 'course-view-topics'));
        $this->assertTrue(blocks_name_allowed_in_format('digicheck', 'site-index'));
        $this->assertFalse(blocks_name_allowed_in_format('digicheck', 'mod-devcircle-view'));
        $this->assertFalse(blocks_name_allowed_in_format('digicheck', 'admin-setting'));
    }

    public function test_capabilities_exist(): void {
        $this->assertNotEmpty(get_capability_info('block/digicheck:addinstance'));
        $this->assertNotEmpty(get_capability_info('block/digicheck:myaddinstance'));
    }

    /**
     * Adds the block to a course page and returns it as the given user sees it.
     *
     * @param \stdClass $user
     * @return string the block's HTML
     */
    private function block_html_for(\stdClass $user): string {
        $course = $this->getDataGenerator()->create_course();
        $this->setAdminUser();
        $this->course_page($course)->blocks->add_block_at_end_of_default_region('digicheck');
        $this->setUser($user);
        return $this->find_block($this->course_page($course))->get_content()->text;
    }

    public function test_member_sees_the_latest_result_with_radar_data_strengths_and_weaknesses(): void {
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = $generator->create_organisation(['name' => 'Caritas Sozialstation Nord']);
        $anna = $this->getDataGenerator()->create_user();
        $generator->add_member($organisation, $anna->id);
        $overrides = [];
        foreach (['str_goals', 'str_responsibility', 'str_budget', 'str_involvement', 'str_cooperation'] as $key) {
            $overrides[$key] = '4';
        }
        foreach (['dsc_records', 'dsc_processors', 'dsc_access', 'dsc_backup', 'dsc_awareness'] as $key) {
            $overrides[$key] = '0';
        }
        $generator->create_submitted_run($organisation, 2, $anna->id, $overrides);

        $html = $this->block_html_for($anna);

        $this->assertStringContainsString('Caritas Sozialstation Nord', $html);
        $this->assertMatchesRegularExpression('/data-radar="[^"]*Strategy and leadership/u', $html);
        preg_match('/<canvas data-region="local_digitalstrategy-radar" data-radar="([^"]*)"/', $html, $m);
        $radar = json_decode(html_entity_decode($m[1], ENT_QUOTES), true);
        $this->assertSame(100, (int) $radar['own'][0]);
        $this->assertNull($radar['peers'], 'no peers below the threshold');
        $this->assertTrue($radar['small']);
        $this->assertMatchesRegularExpression('/data-region="block_digicheck-strengths"><li>Strategy and leadership/u', $html);
        $this->assertMatchesRegularExpression('/data-region="block_digicheck-weaknesses"><li>Data protection/u', $html);
        $this->assertStringContainsString('data-region="block_digicheck-start"', $html);
        $this->assertStringContainsString('/local/digitalstrategy/results.php?runid=', $html);
    }

    public function test_member_with_an_open_run_is_offered_to_continue(): void {
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = $generator->create_organisation();
        $ben = $this->getDataGenerator()->create_user();
        $generator->add_member($organisation, $ben->id);
        $generator->create_run($organisation, ['str_goals' => '1', 'str_budget' => '2'], $ben->id);

        $html = $this->block_html_for($ben);

        $this->assertStringContainsString(get_string('noresults', 'block_digicheck'), $html);
        $this->assertStringContainsString(
            get_string('continuecheck', 'block_digicheck', ['answered' => 2, 'items' => 52]),
            $html
        );
    }

    public function test_manager_sees_participation_and_distribution_and_a_link_to_every_result(): void {
        $this->resetAfterTest();
        set_config('participationtarget', 50, 'local_digitalstrategy');
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $this->setAdminUser();
        foreach ([1, 3, null, null] as $i => $level) {
            $organisation = $generator->create_organisation(['name' => "Org $i", 'pilot' => $i === 0]);
            if ($level !== null) {
                $generator->create_submitted_run($organisation, $level);
            }
        }
        $manager = $this->getDataGenerator()->create_user();
        role_assign(
            get_archetype_roles('manager')[array_key_first(get_archetype_roles('manager'))]->id,
            $manager->id,
            \context_system::instance()
        );

        $html = $this->block_html_for($manager);

        $this->assertStringContainsString('Check submitted: 2 of 4 organisations (50 %).', $html);
        $this->assertStringContainsString(get_string('targetmet', 'block_digicheck'), $html);
        // Culture: one organisation at level 1 and one at level 3; mean 50.
        $this->assertMatchesRegularExpression('/<th scope="row">Culture and readiness for change<\/th>'
            . '<td[^>]*>0<\/td><td[^>]*>1<\/td><td[^>]*>0<\/td><td[^>]*>1<\/td><td[^>]*>0<\/td><td[^>]*>50<\/td>/u', $html);
        $this->assertStringContainsString('href="https://www.example.com/moodle/local/digitalstrategy/allresults.php"', $html);
        $this->assertStringContainsString('Results of all 4 organisations, area by area', $html);
        $this->assertStringNotContainsString('Org 0', $html, 'organisations are listed on their own page');
        $this->assertStringNotContainsString('data-region="block_digicheck-participant"', $html);
    }

    /**
     * Dataformats the export must support.
     *
     * @return array
     */
    public static function dataformat_provider(): array {
        return [['csv'], ['excel'], ['ods']];
    }

    /**
     * Export writes one row per active organisation.
     *
     * @dataProvider dataformat_provider
     * @param string $dataformat
     */
    #[DataProvider('dataformat_provider')]
    public function test_export_writes_one_row_per_active_organisation(string $dataformat): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $generator->create_submitted_run($generator->create_organisation(['name' => 'Nord', 'idnumber' => 'n1']), 3);
        $generator->create_organisation(['name' => 'Süd', 'idnumber' => 's1']);
        $instrument = \core\di::get(\local_digitalstrategy\local\questionnaire\instrument_repository::class)
            ->get_current_check()['instrument'];
        $export = \core\di::get(\local_digitalstrategy\local\check\aggregate_export::class);

        $rows = iterator_to_array($export->rows($instrument, 'de'), false);
        $columns = $export->columns($instrument, 'de');
        $file = (new \local_digitalstrategy\local\export\safe_export())->write(
            'export',
            $dataformat,
            $columns,
            $export->rows($instrument, 'de')
        );

        $this->assertCount(15, $columns);
        $this->assertSame('Strategie und Führung', $columns[7]);
        $this->assertSame(['Nord', 'n1'], array_slice($rows[0], 0, 2));
        $this->assertSame(75.0, $rows[0][5]);
        $this->assertSame(75.0, $rows[0][7]);
        $this->assertSame(['Süd', 's1'], array_slice($rows[1], 0, 2));
        $this->assertSame('', $rows[1][5]);
        $this->assertFileExists($file);
        $this->assertGreaterThan(100, filesize($file));
        if ($dataformat === 'csv') {
            $this->assertStringContainsString('"Nord","n1"', file_get_contents($file));
        }
    }

    public function test_the_number_of_queries_and_the_html_do_not_grow_with_organisations_or_answers(): void {
        global $DB;
        $this->resetAfterTest();
        $this->setAdminUser();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $member = $this->getDataGenerator()->create_user();
        $own = $generator->create_organisation();
        $generator->add_member($own, $member->id);
        $generator->create_submitted_run($own, 2, $member->id);
        $renderer = (new \moodle_page())->get_renderer('core');
        $builder = fn() => \core\di::get(local\content_builder::class);
        $measure = function (callable $render) use ($DB): array {
            \cache_helper::purge_by_definition('local_digitalstrategy', 'results');
            \cache_helper::purge_by_definition('local_digitalstrategy', 'instruments');
            $before = $DB->perf_get_reads();
            $html = $render();
            return [$DB->perf_get_reads() - $before, strlen($html)];
        };
        $admin = fn() => $renderer->render($builder()->for_user((int) get_admin()->id, true, 'en'));
        $participant = fn() => $renderer->render($builder()->for_user((int) $member->id, false, 'en'));
        $admin();
        $participant();
        $small = [$measure($admin), $measure($participant)];

        foreach (range(1, 8) as $i) {
            $organisation = $generator->create_organisation();
            $generator->create_submitted_run($organisation, $i % 5);
            $generator->create_submitted_run($organisation, ($i + 1) % 5);
        }
        $large = [$measure($admin), $measure($participant)];

        $this->assertSame($small[0][0], $large[0][0], 'database reads of the admin block');
        $this->assertSame($small[1][0], $large[1][0], 'database reads of the participant block');
        $this->assertLessThanOrEqual(12, $large[0][0]);
        // The participant's block also shows where the organisation's strategy stands: its access
        // rule (membership role, capability) and the strategy summary add six reads, fixed.
        $this->assertLessThanOrEqual(18, $large[1][0]);
        // Only digits change (counts, means, the peers' averages that are now shown), never rows.
        $this->assertEqualsWithDelta($small[0][1], $large[0][1], 40, 'HTML of the admin block');
        $this->assertLessThan(8000, $large[0][1]);
    }
}
