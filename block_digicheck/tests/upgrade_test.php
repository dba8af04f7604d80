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

/**
 * Upgrading the block from the last release keeps its instances and changes nothing stored.
 *
 * @package    block_digicheck
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     ::xmldb_block_digicheck_upgrade
 */
#[\PHPUnit\Framework\Attributes\CoversFunction('xmldb_block_digicheck_upgrade')]
final class upgrade_test extends \advanced_testcase {
    public function test_upgrading_from_the_last_release_keeps_the_block_instances(): void {
        global $CFG, $DB;
        require_once($CFG->dirroot . '/blocks/digicheck/db/upgrade.php');
        require_once($CFG->libdir . '/blocklib.php');
        $this->resetAfterTest();
        $this->setAdminUser();
        $course = $this->getDataGenerator()->create_course();
        $page = new \moodle_page();
        $page->set_context(\context_course::instance($course->id));
        $page->set_course($course);
        $page->set_pagelayout('course');
        $page->set_pagetype('course-view-' . $course->format);
        $page->blocks->load_blocks();
        $page->blocks->add_block_at_end_of_default_region('digicheck');
        $before = $DB->get_records('block_instances', ['blockname' => 'digicheck']);

        $this->assertTrue(xmldb_block_digicheck_upgrade(2026112700));

        $this->assertEquals($before, $DB->get_records('block_instances', ['blockname' => 'digicheck']));
        $this->assertDebuggingNotCalled();
    }
}
