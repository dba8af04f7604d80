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

namespace local_digitalstrategy\task;

/**
 * The due reminders tell each owner once about a measure falling due within a day, never about
 * measures in Act or without owner.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\task\measure_due_reminders
 * @covers     \local_digitalstrategy\local\strategy\measure_notifier
 */
#[\PHPUnit\Framework\Attributes\CoversClass(measure_due_reminders::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\strategy\measure_notifier::class)]
final class measure_due_reminders_test extends \advanced_testcase {
    public function test_owners_are_reminded_once_of_measures_falling_due_within_a_day(): void {
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $org = $generator->create_organisation();
        $owner = $this->getDataGenerator()->create_user();
        $generator->add_member($org, $owner->id);
        $goal = $generator->create_goal($generator->create_strategy($org));
        $now = time();
        $generator->create_measure($goal, ['title' => 'Morgen fällig', 'ownerid' => $owner->id, 'duedate' => $now + HOURSECS]);
        $generator->create_measure($goal, ['title' => 'Erledigt', 'phase' => 'act', 'ownerid' => $owner->id,
            'duedate' => $now + HOURSECS]);
        $generator->create_measure($goal, ['title' => 'Niemand', 'duedate' => $now + HOURSECS]);
        $generator->create_measure($goal, ['title' => 'Nächste Woche', 'ownerid' => $owner->id, 'duedate' => $now + WEEKSECS]);

        $sink = $this->redirectMessages();
        $this->expectOutputRegex('/1 due reminders sent/');
        (new measure_due_reminders())->execute();
        (new measure_due_reminders())->execute();
        $messages = $sink->get_messages();
        $this->assertCount(1, $messages);
        $this->assertSame('measuredue', $messages[0]->eventtype);
        $this->assertStringContainsString('Morgen fällig', $messages[0]->fullmessage);
    }

    public function test_a_run_while_another_holds_the_task_lock_sends_nothing_and_the_next_run_sends_once(): void {
        global $CFG;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $org = $generator->create_organisation();
        $owner = $this->getDataGenerator()->create_user();
        $generator->add_member($org, $owner->id);
        $goal = $generator->create_goal($generator->create_strategy($org));
        $generator->create_measure($goal, ['title' => 'Heute fällig', 'ownerid' => $owner->id, 'duedate' => time() + HOURSECS]);
        // Moodle's file locks block a second taker in the same process, as the other node's run would.
        $CFG->lock_factory = '\\core\\lock\\file_lock_factory';
        $other = \core\lock\lock_config::get_lock_factory('local_digitalstrategy')->get_lock(measure_due_reminders::LOCK, 0);
        $this->assertNotFalse($other);

        $sink = $this->redirectMessages();
        ob_start();
        try {
            (new measure_due_reminders())->execute();
        } finally {
            $other->release();
        }
        $this->assertStringContainsString('Another run of this task is sending due reminders', ob_get_clean());
        $this->assertCount(0, $sink->get_messages());

        ob_start();
        (new measure_due_reminders())->execute();
        (new measure_due_reminders())->execute();
        ob_end_clean();
        $this->assertCount(1, $sink->get_messages());
    }

    public function test_a_measure_marked_as_reminded_by_an_earlier_run_is_skipped_and_a_moved_due_date_is_reminded_again(): void {
        global $DB;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $org = $generator->create_organisation();
        $owner = $this->getDataGenerator()->create_user();
        $generator->add_member($org, $owner->id);
        $goal = $generator->create_goal($generator->create_strategy($org));
        $due = time() + HOURSECS;
        $first = $generator->create_measure($goal, ['title' => 'Schon erinnert', 'ownerid' => $owner->id, 'duedate' => $due]);
        $second = $generator->create_measure($goal, ['title' => 'Noch offen', 'ownerid' => $owner->id, 'duedate' => $due]);
        // A run killed after the first reminder had committed it together with its mark.
        $DB->set_field('local_digitalstrategy_measure', 'duereminded', $due, ['id' => $first->id]);

        $sink = $this->redirectMessages();
        ob_start();
        (new measure_due_reminders())->execute();
        $this->assertCount(1, $sink->get_messages());
        $this->assertStringContainsString('Noch offen', $sink->get_messages()[0]->fullmessage);
        $this->assertEquals($due, $DB->get_field('local_digitalstrategy_measure', 'duereminded', ['id' => $second->id]));

        // The first measure is moved to later the same day: its owner hears of the new date once.
        $DB->set_field('local_digitalstrategy_measure', 'duedate', $due + HOURSECS, ['id' => $first->id]);
        (new measure_due_reminders())->execute();
        (new measure_due_reminders())->execute();
        ob_end_clean();
        $messages = $sink->get_messages();
        $this->assertCount(2, $messages);
        $this->assertStringContainsString('Schon erinnert', $messages[1]->fullmessage);
    }
}
