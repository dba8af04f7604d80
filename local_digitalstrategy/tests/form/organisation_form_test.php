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

namespace local_digitalstrategy\form;

/**
 * The organisation form: the rules of the repository, and a stale form (the organisation was
 * changed meanwhile) is refused with a clear message, keeping what was entered.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\form\organisation_form
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\form\organisation_form::class)]
final class organisation_form_test extends \advanced_testcase {
    public function test_a_stale_form_is_refused_and_a_current_one_accepted(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = $generator->create_organisation(['name' => 'Nord']);
        $record = $organisation->to_record();
        $form = new organisation_form();

        $stale = $form->validation(['id' => $record->id, 'timemodified' => $record->timemodified - 10, 'name' => 'Nord neu',
            'idnumber' => $record->idnumber, 'fieldofwork' => 'care', 'employees' => '12', 'pilot' => 0], []);
        $current = $form->validation(['id' => $record->id, 'timemodified' => $record->timemodified, 'name' => 'Nord neu',
            'idnumber' => $record->idnumber, 'fieldofwork' => 'care', 'employees' => '12', 'pilot' => 0], []);

        $this->assertSame(get_string('error_changedmeanwhile', 'local_digitalstrategy'), $stale['name']);
        $this->assertSame([], $current);
    }

    public function test_the_form_uses_the_repository_rules(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $form = new organisation_form();

        $errors = $form->validation(['id' => 0, 'name' => '', 'idnumber' => '', 'fieldofwork' => 'other',
            'employees' => 'viele', 'pilot' => 0], []);

        $this->assertSame(get_string('error_namerequired', 'local_digitalstrategy'), $errors['name']);
        $this->assertSame(get_string('error_employees', 'local_digitalstrategy'), $errors['employees']);
    }
}
