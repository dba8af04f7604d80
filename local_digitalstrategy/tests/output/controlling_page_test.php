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

use local_digitalstrategy\local\controlling\manual_value_repository;
use local_digitalstrategy\local\controlling\process_rating_repository;
use local_digitalstrategy\local\controlling\programme;
use local_digitalstrategy\local\controlling\source_registry;
use local_digitalstrategy\local\controlling\timeline_service;
use PHPUnit\Framework\Attributes\CoversClass;

/**
 * The controlling dashboard and its drill-down as the project team sees them: each cell with
 * target, actual value, Ampel and its rule; the chart's counts with the same numbers as a table;
 * the process Ampel; an indicator whose source is gone; the records behind a number.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\output\controlling_page
 * @covers     \local_digitalstrategy\output\controlling_detail
 */
#[CoversClass(controlling_page::class)]
#[CoversClass(controlling_detail::class)]
final class controlling_page_test extends \advanced_testcase {
    /** @var string A name as people type it: ampersand, quotes, "<" before a space, umlauts, emoji. */
    private const NAME = 'Fachartikel & Beiträge "vor Ort" – Kinder < 6 Jahre 📰';

    /** @var \stdClass[] indicators of the fixture by key */
    private array $indicators = [];

    /**
     * A programme of two half-years (2026) with the clock in the second, and three indicators:
     * articles (manual count, target 4 with tolerance 1: 4 in the first half-year, 3 in the
     * second — amber), participation (manual percent, target 30 with tolerance 5: 10 — red) and
     * one whose source no longer exists.
     *
     * @return programme
     */
    private function fixture(): programme {
        global $DB;
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->mock_clock_with_frozen(make_timestamp(2026, 12, 7, 9, 0, 0));
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2026, 1, 2);
        // Only this test's indicators: the shipped catalogue is left out.
        $DB->delete_records('local_digitalstrategy_indtarget');
        $DB->delete_records('local_digitalstrategy_indicator');
        $this->indicators['articles'] = $generator->create_indicator(['idnumber' => 'articles', 'name' => self::NAME,
            'unit' => 'count', 'direction' => 'atleast', 'source' => 'manual', 'tolerance' => 1], [1 => 4, 2 => 4]);
        $this->indicators['participation'] = $generator->create_indicator(
            ['idnumber' => 'participation',
            'name' => 'Beteiligung', 'unit' => 'percent', 'direction' => 'atleast', 'source' => 'manual', 'tolerance' => 5],
            [2 => 30]
        );
        $this->indicators['gone'] = $generator->create_indicator(['idnumber' => 'gone', 'name' => 'Alte Quelle',
            'unit' => 'count', 'direction' => 'atleast', 'source' => 'removedbyupgrade', 'tolerance' => 0], [2 => 1]);
        $values = \core\di::get(manual_value_repository::class);
        $adminid = (int) get_admin()->id;
        $values->add($this->indicators['articles']->id, 1, 4, 'Zwei Artikel & zwei Beiträge', $adminid);
        $values->add($this->indicators['articles']->id, 2, 3, 'Heft "Kinder < 6 Jahre" 📰', $adminid);
        $values->add($this->indicators['participation']->id, 2, 10, '', $adminid);
        return $programme;
    }

    /**
     * Renders the dashboard of the whole programme.
     *
     * @param programme $programme
     * @return string
     */
    private function dashboard(programme $programme): string {
        global $PAGE;
        $now = \core\di::get(\core\clock::class)->time();
        $timeline = \core\di::get(timeline_service::class)->build($now);
        return $PAGE->get_renderer('core')->render(new controlling_page(
            $timeline,
            $programme->periods(),
            \core\di::get(process_rating_repository::class)->current_all(),
            $programme->period(2),
            true,
        ));
    }

    /**
     * The cell of an indicator in a half-year, as HTML.
     *
     * @param string $html the dashboard
     * @param string $idnumber
     * @param int $period
     * @return string
     */
    private function cell(string $html, string $idnumber, int $period): string {
        $this->assertMatchesRegularExpression('~<tr data-indicator="' . $idnumber . '">(.*?)</tr>~s', $html);
        preg_match('~<tr data-indicator="' . $idnumber . '">(.*?)</tr>~s', $html, $row);
        preg_match_all('~<td data-region="cell" data-period="(\d+)".*?</td>~s', $row[1], $cells, PREG_SET_ORDER);
        foreach ($cells as $cell) {
            if ((int) $cell[1] === $period) {
                return $cell[0];
            }
        }
        $this->fail("no cell for $idnumber in half-year $period");
    }

    public function test_each_cell_shows_target_actual_and_ampel_with_its_rule_and_leads_to_its_records(): void {
        $programme = $this->fixture();

        $html = $this->dashboard($programme);

        $amber = $this->cell($html, 'articles', 2);
        $this->assertStringContainsString('data-ampel="amber"', $amber);
        $this->assertStringContainsString('Target: at least 4', $amber);
        $this->assertStringContainsString('Actual: 3', $amber);
        $this->assertMatchesRegularExpression('~data-region="ampel">.*?</span> Amber</span>~s', $amber);
        $this->assertStringContainsString('within the tolerance of 1 (amber)', $amber);
        // The rule is the link's description, so it is read on focus as well as shown on hover.
        $ruleid = 'local_digitalstrategy-rule-' . $this->indicators['articles']->id . '-2';
        $this->assertStringContainsString('aria-describedby="' . $ruleid . '"', $amber);
        $this->assertStringContainsString('role="tooltip" id="' . $ruleid . '"', $amber);
        $this->assertStringContainsString('controlling_detail.php?indicator=' . $this->indicators['articles']->id
            . '&amp;period=2', $amber);
        $this->assertStringContainsString('data-ampel="green"', $this->cell($html, 'articles', 1));
        $red = $this->cell($html, 'participation', 2);
        $this->assertStringContainsString('data-ampel="red"', $red);
        $this->assertStringContainsString('Actual: 10 %', $red);
        $this->assertStringContainsString('No target', $this->cell($html, 'participation', 1));
        // The running half-year is marked in the header.
        $this->assertMatchesRegularExpression('~<th scope="col" data-period="2" class="local_digitalstrategy-ctlrunning">~', $html);
        // Names are escaped exactly once.
        $this->assertStringContainsString('Fachartikel &amp; Beiträge', $html);
        $this->assertStringContainsString('Kinder &lt; 6 Jahre 📰', $html);
        $this->assertStringNotContainsString('&amp;amp;', $html);
        $this->assertStringNotContainsString('&amp;lt;', $html);
    }

    public function test_the_chart_counts_the_ampel_colours_per_half_year_and_the_table_beside_it_says_the_same(): void {
        $programme = $this->fixture();

        $html = $this->dashboard($programme);

        $this->assertMatchesRegularExpression('~data-region="local_digitalstrategy-controllingchart" data-chart="([^"]+)"~', $html);
        preg_match('~data-chart="([^"]+)"~', $html, $m);
        $chart = json_decode(html_entity_decode($m[1], ENT_QUOTES | ENT_HTML5), true);
        $this->assertSame(['H1 2026', 'H2 2026'], $chart['labels']);
        $counts = array_column($chart['series'], 'values', 'colour');
        $this->assertSame(['green' => [1, 0], 'amber' => [0, 1], 'red' => [0, 1], 'none' => [2, 1]], $counts);
        foreach ($counts as $colour => $values) {
            $this->assertMatchesRegularExpression('~<tr data-ampel="' . $colour . '">.*?<td>' . $values[0] . '</td><td>'
                . $values[1] . '</td></tr>~s', $html);
        }
    }

    public function test_an_indicator_whose_source_is_gone_says_so_instead_of_breaking_the_page(): void {
        $programme = $this->fixture();

        $html = $this->dashboard($programme);

        $this->assertStringContainsString('The source “removedbyupgrade” is missing', $html);
        $this->assertStringContainsString('data-ampel="none"', $this->cell($html, 'gone', 2));
    }

    public function test_the_process_ampel_shows_the_newest_rating_of_each_process_and_criterion(): void {
        $programme = $this->fixture();
        $ratings = \core\di::get(process_rating_repository::class);
        $adminid = (int) get_admin()->id;
        $ratings->add('circles', 2, ['quality' => 'red', 'cost' => 'green'], 'Alt', $adminid);
        $this->mock_clock_with_frozen(make_timestamp(2026, 12, 7, 10, 0, 0));
        $ratings->add(
            'circles',
            2,
            ['quality' => 'amber', 'cost' => 'green', 'staff' => 'red'],
            'Zwei Termine < 10 Teilnehmende & "Nachholtermin" 🗓️',
            $adminid
        );

        $html = $this->dashboard($programme);

        $this->assertStringContainsString('Process Ampel, Half-year 2 of 2026', $html);
        preg_match('~<tr data-process="circles">(.*?)</tr>~s', $html, $row);
        $cells = preg_replace('~\s+~', ' ', strip_tags($row[1]));
        $this->assertStringContainsString('Development circles Amber Green Red Not rated', $cells);
        $this->assertStringContainsString('Zwei Termine &lt; 10 Teilnehmende &amp; &quot;Nachholtermin&quot; 🗓️', $row[1]);
        $this->assertStringNotContainsString('Alt', $row[1]);
        $this->assertStringContainsString('processes.php?period=2', $html);
    }

    public function test_the_period_selector_and_the_funder_report_links_are_there(): void {
        $programme = $this->fixture();

        $html = $this->dashboard($programme);

        $this->assertStringContainsString('<label for="local_digitalstrategy-controlling-from"', $html);
        $this->assertMatchesRegularExpression('~<select id="local_digitalstrategy-controlling-to" name="to"[^>]*>\s*'
            . '<option value="1">Half-year 1 of 2026</option><option value="2" selected>~', $html);
        $this->assertStringContainsString('/local/digitalstrategy/controlling_export.php?format=xlsx', $html);
        $this->assertStringContainsString('/local/digitalstrategy/controlling_export.php?format=ods', $html);
    }

    public function test_the_drilldown_lists_the_records_behind_the_number_and_offers_to_enter_a_value(): void {
        global $PAGE;
        $programme = $this->fixture();
        $indicator = \core\di::get(\local_digitalstrategy\local\controlling\indicator_repository::class)
            ->get($this->indicators['articles']->id);
        $period = $programme->period(2);
        $now = \core\di::get(\core\clock::class)->time();
        $row = \core\di::get(timeline_service::class)->build($now, [2])->rows[0];
        $drilldown = \core\di::get(source_registry::class)->get('manual')->drilldown($indicator, $period);

        $html = $PAGE->get_renderer('core')->render(new controlling_detail($indicator, $row->cells[2], $drilldown, true));

        $this->assertStringContainsString('Half-year 2 of 2026', $html);
        $this->assertMatchesRegularExpression('~data-region="ampel" data-ampel="amber"~', $html);
        $this->assertStringContainsString('The records behind the number (1)', $html);
        $this->assertStringContainsString('Heft &quot;Kinder &lt; 6 Jahre&quot; 📰', $html);
        $this->assertStringNotContainsString('&amp;lt;', $html);
        $this->assertStringContainsString('indicator_value.php?indicator=' . $indicator->id . '&amp;period=2', $html);
    }

    public function test_the_drilldown_of_an_indicator_whose_source_is_gone_explains_what_to_do(): void {
        global $PAGE;
        $this->fixture();
        $indicator = \core\di::get(\local_digitalstrategy\local\controlling\indicator_repository::class)
            ->get($this->indicators['gone']->id);
        $now = \core\di::get(\core\clock::class)->time();
        $rows = \core\di::get(timeline_service::class)->build($now, [2])->rows;
        $row = array_values(array_filter($rows, fn($r) => $r->indicator->id === $indicator->id))[0];

        $html = $PAGE->get_renderer('core')->render(new controlling_detail($indicator, $row->cells[2], null, false));

        $this->assertStringContainsString('data-region="sourcemissing"', $html);
        $this->assertStringContainsString('“removedbyupgrade”', $html);
        $this->assertStringNotContainsString('indicator_value.php', $html);
        $this->assertStringNotContainsString('data-region="detail-records"', $html);
    }
}
