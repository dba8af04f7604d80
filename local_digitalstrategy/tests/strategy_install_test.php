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

namespace local_digitalstrategy;

/**
 * What the installation brings for strategies: the expert forum role and the experiment fields.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @coversNothing
 */
final class strategy_install_test extends \advanced_testcase {
    public function test_the_expert_forum_role_is_a_system_role_with_the_plugins_capabilities(): void {
        global $DB;
        $this->resetAfterTest();
        $role = $DB->get_record('role', ['shortname' => 'digitalstrategyexpert'], '*', MUST_EXIST);
        $this->assertSame(get_string('expertforumrole', 'local_digitalstrategy'), $role->name);
        $this->assertSame([CONTEXT_SYSTEM], array_map('intval', array_values(get_role_contextlevels($role->id))));

        $expert = $this->getDataGenerator()->create_user();
        role_assign($role->id, $expert->id, \context_system::instance()->id);
        $this->assertTrue(has_capability('local/digitalstrategy:expertforum', \context_system::instance(), $expert));
        $this->assertTrue(has_capability('local/digitalstrategy:viewallstrategies', \context_system::instance(), $expert));
        $this->assertFalse(has_capability('local/digitalstrategy:manageorganisations', \context_system::instance(), $expert));
    }

    public function test_installing_again_adds_neither_a_second_role_nor_second_fields(): void {
        global $CFG, $DB;
        $this->resetAfterTest();
        require_once($CFG->dirroot . '/local/digitalstrategy/db/upgradelib.php');
        local_digitalstrategy_install_experiment_fields();
        local_digitalstrategy_install_expert_forum_role();

        $this->assertSame(1, $DB->count_records('role', ['shortname' => 'digitalstrategyexpert']));
        $fields = $DB->get_fieldset_select('local_digitalstrategy_field', 'idnumber', "idnumber <> ''", [], 'sortorder');
        $this->assertSame(['servicedelivery', 'internalcommunication', 'administration40'], $fields);
        foreach ($fields as $idnumber) {
            $this->assertTrue(get_string_manager()->string_exists('field_' . $idnumber, 'local_digitalstrategy'));
        }
    }
}
