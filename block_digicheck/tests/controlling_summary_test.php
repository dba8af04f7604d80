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

namespace block_digicheck;

use local_digitalstrategy\local\controlling\manual_value_repository;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The compact project controlling in the block: the project team sees the Ampel colours of the
 * running half-year and the red and amber indicators with their rule; nobody else sees it.
 *
 * @package    block_digicheck
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_digicheck
 * @covers     \block_digicheck\output\controlling_summary
 */
#[CoversClass(\block_digicheck::class)]
#[CoversClass(output\controlling_summary::class)]
final class controlling_summary_test extends \advanced_testcase {
    /**
     * Loads the block libraries.
     */
    public static function setUpBeforeClass(): void {
        global $CFG;
        require_once($CFG->libdir . '/blocklib.php');
        parent::setUpBeforeClass();
    }

    /**
     * Two half-years of 2026, the clock in the second; three manual indicators there: one green,
     * one amber (within tolerance), one red; the block on a course page.
     *
     * @return \stdClass the course
     */
    private function fixture(): \stdClass {
        global $DB;
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->mock_clock_with_frozen(make_timestamp(2026, 12, 7, 9, 0, 0));
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $generator->set_programme(2026, 1, 2);
        // Only this test's indicators: the shipped catalogue is left out.
        $DB->delete_records('local_digitalstrategy_indtarget');
        $DB->delete_records('local_digitalstrategy_indicator');
        $values = \core\di::get(manual_value_repository::class);
        $adminid = (int) get_admin()->id;
        foreach ([['green', 5], ['amber', 3], ['red', 0]] as $i => [$key, $value]) {
            $indicator = $generator->create_indicator(
                ['idnumber' => "ind_$key", 'name' => "Indikator $key & Co. < 6 🌱",
                'unit' => 'percent', 'direction' => 'atleast', 'source' => 'manual', 'tolerance' => 1, 'sortorder' => $i],
                [2 => 4]
            );
            $values->add($indicator->id, 2, $value, '', $adminid);
        }
        $course = $this->getDataGenerator()->create_course();
        $this->course_page($course)->blocks->add_block_at_end_of_default_region('digicheck');
        return $course;
    }

    /**
     * The block's HTML on a course page for the current user.
     *
     * @param \stdClass $course
     * @return string
     */
    private function block_html(\stdClass $course): string {
        $page = $this->course_page($course);
        foreach ($page->blocks->get_regions() as $region) {
            foreach ($page->blocks->get_blocks_for_region($region) as $block) {
                if ($block instanceof \block_digicheck) {
                    return $block->get_content()->text;
                }
            }
        }
        $this->fail('the block is missing');
    }

    /**
     * A course's main page as course/view.php builds it.
     *
     * @param \stdClass $course
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

    public function test_the_project_team_sees_the_colours_of_the_running_half_year_and_the_red_and_amber_indicators(): void {
        $course = $this->fixture();
        $manager = $this->getDataGenerator()->create_user();
        $managerroles = get_archetype_roles('manager');
        role_assign(reset($managerroles)->id, $manager->id, \context_system::instance());
        $this->setUser($manager);

        $html = $this->block_html($course);

        $this->assertStringContainsString('data-region="block_digicheck-controlling"', $html);
        $this->assertStringContainsString('Indicators, Half-year 2 of 2026', $html);
        $counts = preg_replace('~\s+~', ' ', strip_tags(
            preg_replace('~^.*data-region="block_digicheck-controllingcounts">(.*?)</ul>.*$~s', '$1', $html)
        ));
        $this->assertSame(' Green: 1 Amber: 1 Red: 1 No Ampel: 0 ', $counts);
        // Red before amber; green is not listed.
        $red = strpos($html, 'Indikator red &amp; Co. &lt; 6 🌱');
        $amber = strpos($html, 'Indikator amber &amp; Co. &lt; 6 🌱');
        $this->assertNotFalse($red);
        $this->assertGreaterThan($red, $amber);
        $this->assertStringNotContainsString('Indikator green', $html);
        $this->assertStringContainsString('within the tolerance of 1 (amber)', $html);
        $this->assertStringContainsString('/local/digitalstrategy/controlling_detail.php?indicator=', $html);
        $this->assertStringContainsString('/local/digitalstrategy/controlling.php', $html);
        $this->assertStringNotContainsString('&amp;amp;', $html);
    }

    public function test_others_do_not_see_the_project_controlling(): void {
        $course = $this->fixture();
        $teacher = $this->getDataGenerator()->create_and_enrol($course, 'editingteacher');
        $this->setUser($teacher);

        $html = $this->block_html($course);

        $this->assertStringContainsString('data-region="block_digicheck"', $html);
        $this->assertStringNotContainsString('block_digicheck-controlling', $html);
    }
}
