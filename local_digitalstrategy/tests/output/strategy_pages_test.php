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

namespace local_digitalstrategy\output;

use local_digitalstrategy\local\check\result_summary;
use local_digitalstrategy\local\strategy\strategy_diff;
use local_digitalstrategy\local\strategy\strategy_repository;
use local_digitalstrategy\local\strategy\strategy_service;
use local_digitalstrategy\local\user_repository;

/**
 * The strategy pages: texts shown as typed and escaped once, the adopter (or "deleted user"), the
 * links each viewer may follow, the change of a goal made from the check, the version diff, and
 * "Make this a goal" on the check's results for those who may edit the strategy.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\output\strategy_page
 * @covers     \local_digitalstrategy\output\strategy_history_page
 * @covers     \local_digitalstrategy\output\strategy_fields_page
 * @covers     \local_digitalstrategy\output\results_page
 */
#[\PHPUnit\Framework\Attributes\CoversClass(strategy_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(strategy_history_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(strategy_fields_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(results_page::class)]
final class strategy_pages_test extends \advanced_testcase {
    /** @var string A vision with everything that must stay as typed. */
    private const VISION = '<script>alert(1)</script> & "Kinder < 6" 🙂';

    public function test_strategy_page_shows_texts_escaped_once_the_adopter_and_the_change_since_the_baseline(): void {
        global $PAGE;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = $generator->create_organisation();
        $leader = $this->getDataGenerator()->create_user(['firstname' => 'Änne', 'lastname' => "O'Brien"]);
        $generator->add_member($organisation, $leader->id, 'leadership');
        $first = $generator->create_submitted_run($organisation, 1, $leader->id);
        $service = \core\di::get(strategy_service::class);
        $service->get_for_edit($organisation, $leader->id);
        $service->save_draft($organisation, $leader->id, 1, self::VISION, 'Werte', []);
        $service->save_goal($organisation, $leader->id, 2, (object) ['title' => 'Kultur & "Haltung"', 'duedate' => 0,
            'dimension' => 'culture', 'baselinerunid' => $first->get_id()]);
        $strategy = $service->adopt($organisation, $leader->id, 3);
        $generator->create_submitted_run($organisation, 3, $leader->id);
        $repository = \core\di::get(strategy_repository::class);
        $adoption = $repository->get_version($strategy->id, 1);

        $render = fn(?string $name, array $can) => $PAGE->get_renderer('core')->render(new strategy_page(
            $organisation,
            $strategy,
            $adoption,
            $name,
            $service->dimensions('en'),
            $service->current_scores($organisation)['scores'],
            $can
        ));
        $html = $render(\core\di::get(user_repository::class)->full_names([$leader->id])[$leader->id] ?? null, ['canedit' => true]);

        $this->assertStringContainsString('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Kinder &lt; 6&quot; 🙂', $html);
        $this->assertStringNotContainsString('<script>alert(1)', $html);
        $this->assertStringNotContainsString('&amp;lt;', $html);
        $this->assertStringContainsString('Kultur &amp; &quot;Haltung&quot;', $html);
        $this->assertStringContainsString('Änne O&#039;Brien', $html);
        $this->assertMatchesRegularExpression('/goal-baseline">25\.0<.*goal-current">75\.0<.*goal-change">\+50\.0</s', $html);
        $this->assertStringNotContainsString('data-action="adopt"', $html);
        $this->assertStringNotContainsString('resistance.php', $html);
        $this->assertStringContainsString('board.php?orgid=' . $organisation->get_id(), $html);
        $this->assertStringContainsString('strategy_history.php', $html);

        $deleted = $render(null, ['canviewanalyses' => true]);
        $this->assertStringContainsString(\local_digitalstrategy\local\user_repository::deleted_name(), $deleted);
        $this->assertStringContainsString('resistance.php?orgid=' . $organisation->get_id(), $deleted);
        $this->assertStringNotContainsString('strategy_edit.php', $deleted);
    }

    public function test_strategy_page_offers_adopting_only_when_allowed_and_something_changed(): void {
        global $PAGE;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = $generator->create_organisation();
        $draft = \local_digitalstrategy\local\strategy\strategy::from_record((object) $generator->create_strategy($organisation));
        $render = fn(array $can) => $PAGE->get_renderer('core')->render(
            new strategy_page($organisation, $draft, null, null, [], [], $can)
        );

        $this->assertStringContainsString('data-action="adopt"', $render(['canadopt' => true]));
        $this->assertStringNotContainsString('data-action="adopt"', $render(['canadopt' => false, 'canedit' => true]));
    }

    public function test_history_page_marks_removed_and_added_words_for_everybody(): void {
        global $PAGE;
        $this->resetAfterTest();
        $organisation = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy')->create_organisation();
        $old = new \local_digitalstrategy\local\strategy\strategy(1, 1, 'adopted', 'Digital & nah', '', 1, 1);
        $new = new \local_digitalstrategy\local\strategy\strategy(1, 1, 'adopted', 'Digital & <b>ganz</b> nah', '', 2, 2);

        $html = $PAGE->get_renderer('core')->render(new strategy_history_page(
            $organisation,
            [
                ['versionno' => 2, 'useradopted' => 0, 'timeadopted' => time()],
                ['versionno' => 1, 'useradopted' => 0, 'timeadopted' => time()],
            ],
            [],
            1,
            2,
            strategy_diff::between($old, $new),
            []
        ));

        $this->assertStringContainsString(
            '<ins><span class="visually-hidden sr-only">[added: </span>&lt;b&gt;ganz&lt;/b&gt; <span',
            $html
        );
        $this->assertSame(2, substr_count($html, \local_digitalstrategy\local\user_repository::deleted_name()));
        $this->assertStringContainsString('Changes from version 1 to version 2', $html);
    }

    public function test_fields_page_names_shipped_fields_by_their_string_and_posts_with_the_session_key(): void {
        global $PAGE;
        $this->resetAfterTest();
        $fields = \core\di::get(\local_digitalstrategy\local\strategy\strategy_field_repository::class);
        $fields->add('Pflege & "Doku" < 6', '', 0);

        $html = $PAGE->get_renderer('core')->render(new strategy_fields_page($fields->list(true), 'key123'));

        $this->assertStringContainsString('Service delivery', $html);
        $this->assertStringContainsString('Administration 4.0', $html);
        $this->assertStringContainsString('Pflege &amp; &quot;Doku&quot; &lt; 6', $html);
        $this->assertSame(4, substr_count($html, 'name="sesskey" value="key123"'));
    }

    public function test_results_page_offers_make_this_a_goal_or_a_measure_only_to_those_who_may_edit_the_strategy(): void {
        global $PAGE;
        $this->resetAfterTest();
        $this->setAdminUser();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = $generator->create_organisation();
        $run = $generator->create_submitted_run($organisation, 1);
        $summary = \core\di::get(result_summary::class)->build($run, $organisation, 'en');
        $output = $PAGE->get_renderer('core');

        $with = $output->render(new results_page($organisation, $run, $summary, false, true));
        $without = $output->render(new results_page($organisation, $run, $summary, false, false));

        $this->assertStringNotContainsString('data-action="makegoal"', $without);
        $this->assertStringNotContainsString('data-action="makemeasure"', $without);
        $this->assertSame(substr_count($with, 'data-action="makegoal"'), substr_count($with, 'data-action="makemeasure"'));
        $this->assertStringContainsString('measure_edit.php?orgid=' . $organisation->get_id() . '&amp;runid=' . $run->get_id()
            . '&amp;dimension=' . $summary['weaknesses'][0] . '"', $with);
        $this->assertGreaterThan(count($summary['weaknesses']), substr_count($with, 'data-action="makegoal"'));
        $this->assertStringContainsString('goal_edit.php?orgid=' . $organisation->get_id() . '&amp;runid=' . $run->get_id()
            . '&amp;dimension=' . $summary['weaknesses'][0] . '"', $with);
        $this->assertStringContainsString('&amp;item=' . $summary['recommendations'][0]['itemkey'], $with);
    }
}
