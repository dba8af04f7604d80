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

/**
 * The page of every organisation's result: a heat map a page at a time, with links and export.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\output\allresults_page
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\output\allresults_page::class)]
final class allresults_page_test extends \advanced_testcase {
    public function test_every_organisations_result_is_on_a_paged_page_with_heat_map_and_export(): void {
        global $PAGE;
        $this->resetAfterTest();
        $this->setAdminUser();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        foreach ([1, 3, null] as $i => $level) {
            $organisation = $generator->create_organisation(['name' => "Org $i & Co. < 6", 'pilot' => $i === 0]);
            if ($level !== null) {
                $generator->create_submitted_run($organisation, $level);
            }
        }
        $current = \core\di::get(\local_digitalstrategy\local\questionnaire\instrument_repository::class)->get_current_check();
        $names = array_map(fn($d) => $d['name']['en'], $current['instrument']->get_dimensions());
        $rows = \core\di::get(\local_digitalstrategy\local\check\aggregate_repository::class)
            ->get_rows('digicheck', array_keys($names), 0, 2);
        $url = new \moodle_url('/local/digitalstrategy/allresults.php');

        $html = $PAGE->get_renderer('core')->render(new allresults_page(
            array_values($names),
            $rows,
            3,
            0,
            2,
            $url
        ));

        $link = '<th scope="row"><a href="https://www.example.com/moodle/local/digitalstrategy/results.php?runid=';
        $this->assertSame(2, substr_count($html, $link));
        $this->assertSame(2, substr_count($html, '>Org '));
        $this->assertStringContainsString('>Org 0 &amp; Co. &lt; 6</a>', $html);
        $this->assertStringNotContainsString('Org 2', $html, 'the third organisation is on the next page');
        $this->assertStringContainsString('local_digitalstrategy-heat-1">25</td>', $html);
        $this->assertStringContainsString('local_digitalstrategy-heat-3">75</td>', $html);
        $this->assertStringContainsString('allresults.php?page=1', $html);
        $this->assertStringContainsString('name="dataformat"', $html);
    }
}
