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

use local_digitalstrategy\local\strategy\board_service;

/**
 * The board page: four labelled columns with the cards in order, each card's Ampel in words and
 * colour, overdue in words, the move menu only for those who may edit, texts escaped once.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\output\board_page
 */
#[\PHPUnit\Framework\Attributes\CoversClass(board_page::class)]
final class board_page_test extends \advanced_testcase {
    public function test_the_board_shows_columns_cards_ampel_and_escapes_titles_once(): void {
        global $PAGE;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $org = $generator->create_organisation();
        $leader = $this->getDataGenerator()->create_user();
        $staffviewer = $this->getDataGenerator()->create_user();
        $generator->add_member($org, $leader->id, 'leadership');
        $generator->add_member($org, $staffviewer->id);
        $goal = $generator->create_goal($generator->create_strategy($org));
        $late = $generator->create_measure($goal, ['title' => '<script>alert(1)</script> & "Kinder < 6" 🙂', 'phase' => 'do',
            'duedate' => time() - DAYSECS]);
        $generator->create_measure($goal, ['title' => 'Zweite']);
        $generator->create_rating($late, 'time', 'red');

        $board = \core\di::get(board_service::class)->board($org, (int) $leader->id);
        $html = $PAGE->get_renderer('core')->render(new board_page($org, $board));

        foreach (['plan', 'do', 'check', 'act'] as $phase) {
            $this->assertStringContainsString('data-region="column" data-phase="' . $phase
                . '" aria-labelledby="local_digitalstrategy-col-' . $phase . '"', $html);
        }
        $this->assertStringContainsString('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Kinder &lt; 6&quot; 🙂', $html);
        $this->assertStringNotContainsString('<script>alert(1)', $html);
        $this->assertStringNotContainsString('&amp;amp;', $html);
        $this->assertMatchesRegularExpression(
            '/Time: <span class="local_digitalstrategy-ampel-red" data-region="rating">Red<\/span>/',
            $html
        );
        $this->assertMatchesRegularExpression('/data-region="overdue">Overdue/', $html);
        // Three cards' menus: two measures and the empty card the module clones.
        $this->assertSame(3, substr_count($html, 'data-action="move"'));
        $this->assertStringContainsString('data-revision="' . $board['revision'] . '"', $html);
        $this->assertMatchesRegularExpression(
            '/<tr data-criterion="time"><th scope="row">Time<\/th><td><span class="local_digitalstrategy-ampel-red"/',
            $html
        );

        // Someone who may not edit sees no menus, handles or focusable cards.
        $roleid = $this->getDataGenerator()->create_role();
        assign_capability('local/digitalstrategy:editstrategy', CAP_PROHIBIT, $roleid, \context_system::instance());
        role_assign($roleid, $staffviewer->id, \context_system::instance());
        $board = \core\di::get(board_service::class)->board($org, (int) $staffviewer->id);
        $html = $PAGE->get_renderer('core')->render(new board_page($org, $board));
        $this->assertStringNotContainsString('data-action="move"', $html);
        $this->assertStringNotContainsString('tabindex="0"', $html);
        $this->assertStringContainsString('data-canedit="0"', $html);
    }
}
