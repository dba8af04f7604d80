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

use local_digitalstrategy\local\strategy\strategy_service;

/**
 * The strategy's forms: the draft keeps what was typed and, after a conflict, names the stored
 * version; the goal form refuses a due date in the past and an unknown dimension; the experiment
 * field form needs a name unless the field is a shipped one.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\form\strategy_form
 * @covers     \local_digitalstrategy\form\goal_form
 * @covers     \local_digitalstrategy\form\strategy_field_form
 */
#[\PHPUnit\Framework\Attributes\CoversClass(strategy_form::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(goal_form::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(strategy_field_form::class)]
final class strategy_forms_test extends \advanced_testcase {
    public function test_the_draft_form_keeps_the_typed_text_and_after_a_conflict_names_the_stored_version(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $fields = [['id' => 7, 'displayname' => 'Service delivery'], ['id' => 8, 'displayname' => 'Pflege & Doku']];
        $typed = ['orgid' => 3, 'version' => 1, 'vision' => '<script>alert(1)</script> & "Kinder < 6"',
            'guidingvalues' => 'Teilhabe', 'field_7' => 1, 'steps_7' => "1. Termine\n2. Chat", 'field_8' => 0,
            'steps_8' => 'verworfen'];

        strategy_form::mock_submit($typed);
        $form = new strategy_form(null, ['fields' => $fields]);
        $data = $form->get_data();
        $this->assertSame($typed['vision'], $data->vision);
        $this->assertSame(1, (int) $data->version);
        $this->assertSame([7 => "1. Termine\n2. Chat"], $form->chosen_fields($data));

        strategy_form::mock_submit($typed);
        $afterconflict = new strategy_form(null, ['fields' => $fields, 'currentversion' => 5]);
        $data = $afterconflict->get_data();
        $this->assertSame($typed['vision'], $data->vision);
        $this->assertSame(5, (int) $data->version);
    }

    public function test_the_goal_form_refuses_a_past_due_date_and_an_unknown_dimension(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $service = \core\di::get(strategy_service::class);
        $form = new goal_form(null, [
            'dimensions' => $service->dimensions('en'),
            'validate' => fn(array $data) => $service->validate_goal((object) $data, null),
        ]);

        $errors = $form->validation(['title' => 'Ziel', 'duedate' => time() - 2 * DAYSECS, 'dimension' => 'nosuch'], []);
        $fine = $form->validation(['title' => 'Ziel', 'duedate' => time() + DAYSECS, 'dimension' => 'culture'], []);

        $this->assertSame(get_string('goal_duedatepast', 'local_digitalstrategy'), $errors['duedate']);
        $this->assertSame(get_string('goal_dimensionunknown', 'local_digitalstrategy'), $errors['dimension']);
        $this->assertSame([], $fine);
    }

    public function test_a_field_the_team_adds_needs_a_name_a_shipped_one_does_not(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $added = new strategy_field_form(null, ['shipped' => false]);
        $shipped = new strategy_field_form(null, ['shipped' => true]);

        $this->assertSame(get_string('required'), $added->validation(['id' => 0, 'name' => ' ', 'description' => ''], [])['name']);
        $this->assertSame([], $shipped->validation(['id' => 1, 'name' => '', 'description' => ''], []));
    }
}
