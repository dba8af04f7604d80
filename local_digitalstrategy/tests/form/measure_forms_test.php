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
 * The measure and rating forms refuse what the board's rules refuse, in the user's language.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\form\measure_form
 * @covers     \local_digitalstrategy\form\measure_rating_form
 */
#[\PHPUnit\Framework\Attributes\CoversClass(measure_form::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(measure_rating_form::class)]
final class measure_forms_test extends \advanced_testcase {
    public function test_the_measure_form_refuses_dates_out_of_order_and_an_owner_outside_the_organisation(): void {
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $org = $generator->create_organisation();
        $goal = $generator->create_goal($generator->create_strategy($org));
        $outsider = $this->getDataGenerator()->create_user();
        $form = new measure_form(null, ['organisation' => $org, 'goals' => [$goal->id => $goal->title],
            'members' => [], 'fields' => []]);
        $errors = $form->validation(['goalid' => $goal->id, 'title' => 'Dienstplan', 'ownerid' => $outsider->id,
            'startdate' => 2000, 'duedate' => 1000, 'phase' => 'plan', 'evaluationurl' => ''], []);
        $this->assertSame('The due date must not be before the start date.', $errors['duedate']);
        $this->assertSame('The person responsible must be a member of the organisation.', $errors['ownerid']);
        $this->assertSame([], $form->validation(['goalid' => $goal->id, 'title' => 'Dienstplan', 'ownerid' => 0,
            'startdate' => 1000, 'duedate' => 2000, 'phase' => 'act', 'evaluationurl' => ''], []));
    }

    public function test_the_rating_form_needs_a_counter_measure_for_red_and_an_ampel_colour(): void {
        $this->resetAfterTest();
        $form = new measure_rating_form();
        $this->assertArrayHasKey('countermeasure', $form->validation(['criterion' => 'time', 'rating' => 'red',
            'countermeasure' => ' '], []));
        $this->assertArrayHasKey('ratinggroup', $form->validation(['criterion' => 'time', 'rating' => 'purple'], []));
        $this->assertSame([], $form->validation(['criterion' => 'time', 'rating' => 'red', 'countermeasure' => 'Hilfe'], []));
        $this->assertSame([], $form->validation(['criterion' => 'cost', 'rating' => 'green', 'countermeasure' => ''], []));
    }
}
