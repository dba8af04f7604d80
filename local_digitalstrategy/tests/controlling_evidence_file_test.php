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

namespace local_digitalstrategy;

/**
 * Evidence files of manual values are served only to those who see the controlling figures, and
 * only from their own file area.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @coversNothing
 */
#[\PHPUnit\Framework\Attributes\CoversNothing]
final class controlling_evidence_file_test extends \advanced_testcase {
    public function test_evidence_is_refused_to_a_user_without_the_controlling_capability_and_outside_its_area(): void {
        global $CFG;
        require_once($CFG->dirroot . '/local/digitalstrategy/lib.php');
        $this->resetAfterTest();
        $system = \context_system::instance();
        get_file_storage()->create_file_from_string(['contextid' => $system->id, 'component' => 'local_digitalstrategy',
            'filearea' => 'evidence', 'itemid' => 7, 'filepath' => '/', 'filename' => 'liste.pdf'], '%PDF');
        $this->setUser($this->getDataGenerator()->create_user());

        $this->assertFalse(local_digitalstrategy_pluginfile(get_site(), null, $system, 'other', [7, 'liste.pdf'], true));
        $this->assertFalse(local_digitalstrategy_pluginfile(
            get_site(),
            null,
            \context_user::instance((int) $this->getDataGenerator()->create_user()->id),
            'evidence',
            [7, 'liste.pdf'],
            true
        ));
        $this->expectException(\required_capability_exception::class);
        local_digitalstrategy_pluginfile(get_site(), null, $system, 'evidence', [7, 'liste.pdf'], true);
    }

    public function test_a_missing_evidence_file_is_not_found_for_the_project_team(): void {
        global $CFG;
        require_once($CFG->dirroot . '/local/digitalstrategy/lib.php');
        $this->resetAfterTest();
        $this->setAdminUser();

        $this->assertFalse(local_digitalstrategy_pluginfile(
            get_site(),
            null,
            \context_system::instance(),
            'evidence',
            [99, 'fehlt.pdf'],
            true
        ));
    }
}
