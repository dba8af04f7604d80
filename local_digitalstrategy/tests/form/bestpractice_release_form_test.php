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
 * The release form: a release needs the confirmation and a choice of named or anonymised; a
 * withdrawal needs neither; the withdraw button is offered only for a released measure.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\form\bestpractice_release_form
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\form\bestpractice_release_form::class)]
final class bestpractice_release_form_test extends \advanced_testcase {
    public function test_a_release_needs_the_confirmation_and_a_choice_a_withdrawal_does_not(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $form = new bestpractice_release_form(null, ['released' => true]);

        $unconfirmed = $form->validation(['measureid' => 3, 'named' => 1, 'confirm' => 0], []);
        $nochoice = $form->validation(['measureid' => 3, 'named' => 7, 'confirm' => 1], []);
        $confirmed = $form->validation(['measureid' => 3, 'named' => 0, 'confirm' => 1], []);
        $withdrawal = $form->validation(['measureid' => 3, 'confirm' => 0, 'withdraw' => 'x'], []);

        $this->assertSame(get_string('bestpractice_confirmrequired', 'local_digitalstrategy'), $unconfirmed['confirm']);
        $this->assertSame(get_string('bestpractice_publicationrequired', 'local_digitalstrategy'), $nochoice['publication']);
        $this->assertSame([], $confirmed);
        $this->assertSame([], $withdrawal);
    }

    public function test_the_withdraw_button_is_offered_only_for_a_released_measure(): void {
        $this->resetAfterTest();
        $this->setAdminUser();
        $released = (new bestpractice_release_form(null, ['released' => true]))->render();
        $notreleased = (new bestpractice_release_form(null, ['released' => false]))->render();

        $this->assertStringContainsString('name="withdraw"', $released);
        $this->assertStringNotContainsString('name="withdraw"', $notreleased);
        $this->assertStringContainsString(get_string('bestpractice_release', 'local_digitalstrategy'), $notreleased);
        $this->assertStringContainsString(get_string('bestpractice_named', 'local_digitalstrategy'), $notreleased);
    }
}
