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
 * @covers     \local_digitalstrategy\output\organisations_page
 * @covers     \local_digitalstrategy\output\organisation_list_controls
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\output\allresults_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\output\organisations_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\output\organisation_list_controls::class)]
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

    public function test_the_heat_map_sorts_by_any_column_keeps_the_filter_and_offers_all_rows(): void {
        global $PAGE;
        $this->resetAfterTest();
        $this->setAdminUser();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $generator->create_submitted_run($generator->create_organisation(['name' => 'Org A']), 2);
        $current = \core\di::get(\local_digitalstrategy\local\questionnaire\instrument_repository::class)->get_current_check();
        $names = array_map(fn($d) => $d['name']['en'], $current['instrument']->get_dimensions());
        $keys = array_keys($names);
        $rows = \core\di::get(\local_digitalstrategy\local\check\aggregate_repository::class)
            ->get_rows('digicheck', $keys, 0, 50);
        $url = new \moodle_url('/local/digitalstrategy/allresults.php');
        $filter = new \local_digitalstrategy\local\organisation_filter('Org & Co', 'care', '1', 'submitted');
        $controls = new organisation_list_controls($url, $filter, $keys[1], true, 50, 50, 'name');

        $html = $PAGE->get_renderer('core')->render(new allresults_page($names, $rows, 120, 1, 50, $url, $controls, 300));

        // The sorted area says so to assistive technology; its link sorts the other way round.
        $this->assertMatchesRegularExpression('~aria-sort="descending" data-sortkey="' . $keys[1] . '"~', $html);
        $this->assertStringContainsString('sort=' . $keys[1] . '&amp;dir=asc', $html);
        // Other areas and the overall score sort highest first, the name A to Z; all keep the filter.
        $this->assertStringContainsString('q=Org%20%26%20Co&amp;fieldofwork=care&amp;pilot=1&amp;participation=submitted'
            . '&amp;sort=score&amp;dir=desc', $html);
        $this->assertStringContainsString('sort=' . $keys[0] . '&amp;dir=desc', $html);
        $this->assertStringContainsString('sort=name&amp;dir=asc', $html);
        $this->assertSame(1, substr_count($html, 'aria-sort='));
        // The filter form shows the filter, which is not offered the archived ones.
        $this->assertStringContainsString('name="q" value="Org &amp; Co"', $html);
        $this->assertStringContainsString('<option value="care" selected>', $html);
        $this->assertStringNotContainsString('name="status"', $html);
        // Which rows these are, a link to all 120, the paging bar keeping filter and sort.
        $this->assertStringContainsString(get_string(
            'listcount',
            'local_digitalstrategy',
            ['from' => 51, 'to' => 51, 'total' => 120]
        ), $html);
        $this->assertMatchesRegularExpression('~href="[^"]*perpage=0[^"]*" data-action="showall">'
            . preg_quote(get_string('allresults_showall', 'local_digitalstrategy', 120), '~') . '<~', $html);
        $this->assertMatchesRegularExpression('~allresults.php\?q=Org%20%26%20Co[^"]*&amp;page=2~', $html);
        // The explanation of the colours describes the table and is outside its scroll box.
        $this->assertMatchesRegularExpression('~<p class="small" id="local_digitalstrategy-heatmap-legend"[^>]*>[^<]+</p>\s*'
            . '<div class="local_digitalstrategy-heatmapwrap[^"]*" role="region" tabindex="0"~', $html);
        $this->assertStringContainsString('aria-describedby="local_digitalstrategy-heatmap-legend"', $html);

        $all = $PAGE->get_renderer('core')->render(new allresults_page(
            $names,
            $rows,
            120,
            0,
            0,
            $url,
            new organisation_list_controls($url, $filter, 'name', false, 0, 50, 'name'),
            300
        ));
        $this->assertStringNotContainsString('data-action="showall"', $all);
        $this->assertStringContainsString('data-action="showpaged"', $all);
        $this->assertStringNotContainsString('class="pagination', $all);
    }

    public function test_the_organisations_page_shows_filters_sortable_columns_and_the_count(): void {
        global $PAGE;
        $this->resetAfterTest();
        $this->setAdminUser();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $generator->create_organisation(['name' => 'Org A']);
        $repository = \core\di::get(\local_digitalstrategy\local\organisation_repository::class);
        $filter = new \local_digitalstrategy\local\organisation_filter('', '', '', '', 'archived');
        $url = new \moodle_url('/local/digitalstrategy/organisations.php');
        $controls = new organisation_list_controls($url, $filter, 'members', true, 50, 50);
        $result = $repository->search(new \local_digitalstrategy\local\organisation_filter());

        $html = $PAGE->get_renderer('core')->render(new organisations_page($result['rows'], 1, 1, 0, 50, $controls));

        $this->assertMatchesRegularExpression('~aria-sort="descending" data-sortkey="members"~', $html);
        $this->assertStringContainsString('status=archived&amp;sort=employees&amp;dir=desc', $html);
        $this->assertStringContainsString('<option value="archived" selected>', $html);
        $this->assertStringContainsString(get_string('listcount_single', 'local_digitalstrategy'), $html);
        // Archiving keeps the list as it is.
        $this->assertStringContainsString('action="https://www.example.com/moodle/local/digitalstrategy/organisations.php'
            . '?status=archived&amp;sort=members&amp;dir=desc&amp;page=0"', $html);

        $none = $PAGE->get_renderer('core')->render(new organisations_page([], 0, 1, 0, 50, $controls));
        $this->assertStringContainsString(get_string('listcount_none', 'local_digitalstrategy'), $none);
        $this->assertStringNotContainsString('<table', $none);
        $this->assertStringContainsString('name="q"', $none);
    }
}
