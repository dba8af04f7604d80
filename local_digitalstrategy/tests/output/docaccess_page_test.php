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

use local_digitalstrategy\local\controlling\docaccess_aggregator;
use local_digitalstrategy\local\controlling\docaccess_repository;
use local_digitalstrategy\tests\docaccess_log;

/**
 * The document-access page as the project team sees it after the task ran: totals per half-year,
 * the chosen half-year per type and per organisation (escaped once, small groups left out and
 * said so), active users per month, how current the figures are, and a warning when the standard
 * log is off.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\output\docaccess_page
 */
#[\PHPUnit\Framework\Attributes\CoversClass(docaccess_page::class)]
final class docaccess_page_test extends \advanced_testcase {
    use docaccess_log;

    /** @var string A name with everything that must be escaped exactly once. */
    private const NAME = 'Träger & Söhne "Kita" < 6 Jahre 🙂';

    public function test_the_page_shows_totals_types_organisations_above_k_and_months_escaped_once(): void {
        global $PAGE;
        $this->resetAfterTest();
        $this->setAdminUser();
        set_config('peerthreshold', 3, 'local_digitalstrategy');
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 6);
        $category = $this->getDataGenerator()->create_category();
        $course = $this->getDataGenerator()->create_course(['category' => $category->id]);
        set_config('programmecategory', $category->id, 'local_digitalstrategy');
        $big = $generator->create_organisation(['name' => self::NAME]);
        $small = $generator->create_organisation(['name' => 'Kleine Beratung']);
        foreach ([$big, $big, $big, $small] as $i => $organisation) {
            $user = $this->getDataGenerator()->create_user();
            $generator->add_member($organisation, $user->id);
            $this->log_row(
                (int) $user->id,
                (int) $course->id,
                51,
                $this->day('2018-08-0' . ($i + 1)),
                '\\mod_devcircle\\event\\recording_viewed'
            );
            $this->log_row(
                (int) $user->id,
                (int) $course->id,
                52,
                $this->day('2018-08-0' . ($i + 1)) + 60,
                '\\mod_resource\\event\\course_module_viewed'
            );
        }
        $this->mock_clock_with_frozen($this->day('2018-09-15'));
        \core\di::get(docaccess_aggregator::class)->run();
        $repository = \core\di::get(docaccess_repository::class);

        $html = $PAGE->get_renderer('core')->render(new docaccess_page(
            $programme->periods(),
            $programme->period(2),
            $repository->totals(array_keys($programme->periods())),
            $repository->per_type(2),
            $repository->per_organisation(2),
            $repository->hidden_groups(2),
            $repository->k(),
            $repository->active_users([2])[2] ?? [],
            \core\di::get(docaccess_aggregator::class)->aggregated_until(),
            true,
            'https://example.org/docaccess.php',
        ));

        $this->assertStringContainsString('Träger &amp; Söhne "Kita" &lt; 6 Jahre 🙂', $html);
        $this->assertStringNotContainsString('&amp;amp;', $html);
        $this->assertStringNotContainsString('Kleine Beratung', $html);
        $this->assertStringContainsString('fewer than 3 users of a resource type are not shown on their own '
            . '(2 groups left out)', $html);
        $this->assertMatchesRegularExpression('#<tr data-period="2">\s*<th scope="row">[^<]+</th>\s*'
            . '<td class="text-end">4</td><td class="text-end">4</td>\s*'
            . '<td class="text-end">4</td><td class="text-end">2</td>#', $html);
        $this->assertMatchesRegularExpression('#<th scope="row">Pads and recordings</th>\s*<td class="text-end">4</td>'
            . '<td class="text-end">0</td>#', $html);
        $this->assertMatchesRegularExpression('#<th scope="row">Files</th>\s*<td class="text-end">0</td>'
            . '<td class="text-end">4</td>#', $html);
        $this->assertMatchesRegularExpression('#<option value="2" selected>#', $html);
        $this->assertStringContainsString('August 2018', $html);
        $this->assertStringContainsString('Aggregated from the log up to', $html);
        $this->assertStringNotContainsString('standard log is not enabled', $html);
    }

    public function test_the_page_says_when_nothing_was_aggregated_yet_and_when_the_standard_log_is_off(): void {
        global $PAGE;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 6);

        $html = $PAGE->get_renderer('core')->render(new docaccess_page(
            $programme->periods(),
            $programme->period(1),
            [],
            [],
            [],
            0,
            5,
            [],
            null,
            false,
            '#'
        ));

        $this->assertStringContainsString('standard log is not enabled', $html);
        $this->assertStringContainsString('The log has not been aggregated yet', $html);
        $this->assertStringContainsString('No document access recorded in this half-year.', $html);
    }

    public function test_the_organisations_are_paged_with_moodles_paging_bar(): void {
        global $PAGE;
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 6);
        $row = (object) ['orgid' => 1, 'orgname' => 'Nord', 'modname' => 'page', 'views' => 9, 'downloads' => 0, 'users' => 5];
        $pagingbar = new \paging_bar(250, 1, 100, new \moodle_url('/local/digitalstrategy/docaccess.php', ['period' => 1]));

        $html = $PAGE->get_renderer('core')->render(new docaccess_page(
            $programme->periods(),
            $programme->period(1),
            [],
            [],
            [$row],
            0,
            5,
            [],
            null,
            true,
            '#',
            $pagingbar
        ));

        $this->assertStringContainsString('<th scope="row">Nord</th><td>Pages</td>', $html);
        $this->assertMatchesRegularExpression('/class="pagination[^"]*"/', $html);
        $this->assertStringContainsString('page=2', $html);
    }
}
