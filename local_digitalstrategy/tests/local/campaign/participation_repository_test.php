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

namespace local_digitalstrategy\local\campaign;

/**
 * Participation: responded of invited (revoked ones left out, declined counted as invited), per
 * field of work and region, and per campaign for the lists.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\campaign\participation_repository
 * @covers     \local_digitalstrategy\output\participation_bar
 */
#[\PHPUnit\Framework\Attributes\CoversClass(participation_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\output\participation_bar::class)]
final class participation_repository_test extends \advanced_testcase {
    public function test_participation_counts_responders_of_the_invited_overall_and_per_group(): void {
        $this->resetAfterTest();
        $g = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $campaign = $g->create_campaign(['participationtarget' => 30]);
        $orgs = [
            ['care', 'Nord', 1, 'sent'], ['care', 'Nord', 0, 'sent'], ['care', 'Süd', 1, 'sent'],
            ['daycare', 'Süd', 0, 'declined'], ['daycare', '', 0, 'sent'], ['youth', 'Nord', 1, 'revoked'],
        ];
        foreach ($orgs as $i => [$field, $region, $responded, $status]) {
            $org = $g->create_organisation(['fieldofwork' => $field, 'region' => $region]);
            $g->create_invite($campaign, ['orgid' => $org->get_id(), 'responded' => $responded, 'status' => $status]);
        }
        $other = $g->create_campaign();
        $g->create_invite($other, ['responded' => 1]);
        $repository = \core\di::get(participation_repository::class);

        $this->assertSame(['invited' => 5, 'responded' => 2, 'declined' => 1], $repository->overall($campaign->id));
        $this->assertSame([
            'care' => ['invited' => 3, 'responded' => 2],
            'daycare' => ['invited' => 2, 'responded' => 0],
        ], $repository->by_group($campaign->id, 'fieldofwork'));
        $this->assertSame([
            '' => ['invited' => 1, 'responded' => 0],
            'Nord' => ['invited' => 2, 'responded' => 1],
            'Süd' => ['invited' => 2, 'responded' => 1],
        ], $repository->by_group($campaign->id, 'region'));
        $listed = array_column($repository->campaigns(['open']), null, 'id');
        $this->assertEquals(5, $listed[$campaign->id]->invited);
        $this->assertEquals(2, $listed[$campaign->id]->responded);
        $this->assertEquals(1, $listed[$other->id]->invited);
        $this->assertSame(40.0, participation_repository::percent(2, 5));
        $this->assertSame(0.0, participation_repository::percent(0, 0));

        $this->expectException(\coding_exception::class);
        $repository->by_group($campaign->id, 'name');
    }

    public function test_the_bar_says_the_figures_in_words_and_whether_the_target_is_reached(): void {
        global $PAGE;
        $this->resetAfterTest();
        $output = $PAGE->get_renderer('core');
        $below = (new \local_digitalstrategy\output\participation_bar(10, 40, 30))->export_for_template($output);
        $this->assertSame(25, $below['percent']);
        $this->assertFalse($below['reached']);
        $this->assertSame('10 of 40 responded (25 %), target 30 %', $below['text']);
        $reached = (new \local_digitalstrategy\output\participation_bar(12, 40, 30))->export_for_template($output);
        $this->assertTrue($reached['reached']);
        $html = $output->render(new \local_digitalstrategy\output\participation_bar(12, 40, 30));
        $this->assertStringContainsString('aria-valuenow="30"', $html);
        $this->assertStringContainsString('12 of 40 responded (30 %), target 30 %', $html);
    }
}
