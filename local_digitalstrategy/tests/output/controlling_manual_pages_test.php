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

use local_digitalstrategy\local\controlling\indicator_catalogue_service;
use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\local\controlling\manual_value_service;
use local_digitalstrategy\local\controlling\process_rating_repository;
use local_digitalstrategy\local\controlling\process_rating_service;
use local_digitalstrategy\local\controlling\programme;
use local_digitalstrategy\local\user_repository;
use local_digitalstrategy\tests\escaped_once;

/**
 * The pages of the indicator catalogue, the manual values and the process Ampel show what is
 * stored, escaped once: targets per half-year, a missing source named, who entered which value
 * with which evidence, and each process's rating in words and colours.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\output\indicator_catalogue_page
 * @covers     \local_digitalstrategy\output\manual_value_history
 * @covers     \local_digitalstrategy\output\process_ampel_page
 */
#[\PHPUnit\Framework\Attributes\CoversClass(indicator_catalogue_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(manual_value_history::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(process_ampel_page::class)]
final class controlling_manual_pages_test extends \advanced_testcase {
    use escaped_once;

    /**
     * A programme of six half-years from 2018, "now" in the second.
     *
     * @return \local_digitalstrategy_generator
     */
    private function generator(): \local_digitalstrategy_generator {
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 6);
        $this->mock_clock_with_frozen($programme->period(2)->start + DAYSECS);
        return $generator;
    }

    public function test_the_catalogue_lists_every_indicator_with_targets_and_names_a_missing_source(): void {
        global $PAGE;
        $generator = $this->generator();
        $manual = $generator->create_indicator(['name' => self::$orgname, 'idnumber' => 'readers'], [2 => 10]);
        $orphan = $generator->create_indicator(['name' => 'Alte Quelle', 'source' => 'gone_source'], [1 => [1, 1.5]]);
        $orphan = \core\di::get(indicator_repository::class)->get($orphan->id);
        $repository = \core\di::get(indicator_repository::class);
        $catalogue = \core\di::get(indicator_catalogue_service::class);
        $missing = [];
        foreach ($repository->all() as $indicator) {
            $missing[$indicator->id] = $catalogue->source_missing($indicator);
        }

        $html = $PAGE->get_renderer('core')->render(new indicator_catalogue_page(
            $repository->all(),
            $repository->targets(),
            $missing,
            \core\di::get(programme::class)->periods(),
            true
        ));

        $this->assert_shown_as_stored($html, self::$orgname, 'Participants of the kick-off conference', 'H1 2018', 'H2 2020');
        $this->assertSame(16, substr_count($html, '<tr data-indicator='));
        $this->assertMatchesRegularExpression('/<tr data-indicator="kickoff_participants">.*?<td>≥ 50<\/td>/s', $html);
        $this->assertMatchesRegularExpression('/<tr data-indicator="feedback_mean">.*?<td>1–1.5<\/td>/s', $html);
        $this->assertMatchesRegularExpression('/<tr data-indicator="' . $orphan->idnumber
            . '">(?:(?!<\/tr>).)*data-region="sourcemissing">gone_source \(missing\)<\/span>/s', $html);
        $this->assertDoesNotMatchRegularExpression('/<tr data-indicator="readers">(?:(?!<\/tr>).)*sourcemissing/s', $html);
        $this->assertStringContainsString('indicator_value.php?indicator=' . $manual->id, $html);
        $this->assertStringNotContainsString('indicator_value.php?indicator=' . $repository->get_by_idnumber('orgs_acquired')->id
            . '"', $html);
        $this->assertStringContainsString('indicator_edit.php?id=' . $orphan->id, $html);

        $readonly = $PAGE->get_renderer('core')->render(new indicator_catalogue_page(
            $repository->all(),
            $repository->targets(),
            $missing,
            \core\di::get(programme::class)->periods(),
            false
        ));
        $this->assertStringNotContainsString('indicator_edit.php', $readonly);
        $this->assertStringNotContainsString('indicator_value.php', $readonly);
    }

    public function test_the_value_history_shows_who_entered_what_with_the_evidence_and_which_entry_counts(): void {
        global $PAGE, $USER;
        $generator = $this->generator();
        $indicator = $generator->create_indicator(['name' => 'Leser', 'unit' => 'mean']);
        $author = $this->getDataGenerator()->create_user(['firstname' => 'Jürgen', 'lastname' => "O'Neill & Söhne"]);
        $this->setUser($author);
        $draft = file_get_unused_draft_itemid();
        get_file_storage()->create_file_from_string(['contextid' => \context_user::instance($USER->id)->id,
            'component' => 'user', 'filearea' => 'draft', 'itemid' => $draft, 'filepath' => '/',
            'filename' => 'Teilnahmeliste Süd.pdf'], '%PDF');
        $service = \core\di::get(manual_value_service::class);
        $service->add($indicator, 2, '7', 'erste Zählung', 0, (int) $author->id);
        \core\di::get(\core\clock::class)->bump(60);
        $id = $service->add($indicator, 2, '12,5', self::$orgname, $draft, (int) $author->id);
        $history = $service->history($indicator, 2);

        $html = $PAGE->get_renderer('core')->render(new manual_value_history(
            \core\di::get(programme::class)->period(2)->label(),
            $history,
            \core\di::get(user_repository::class)->full_names([(int) $author->id])
        ));

        $this->assert_shown_as_stored(
            $html,
            self::$orgname,
            "Jürgen O'Neill & Söhne",
            'Teilnahmeliste Süd.pdf',
            '12.5',
            'Entries for Half-year 2 of 2018'
        );
        $this->assertSame(2, substr_count($html, '<tr data-entry='));
        $this->assertMatchesRegularExpression('/<tr data-entry="' . $id . '">\s*<td>[^<]*<span class="badge[^"]*">counts/', $html);
        $this->assertSame(1, substr_count($html, '>counts</span>'));
        $this->assertStringContainsString('/pluginfile.php/' . \context_system::instance()->id
            . '/local_digitalstrategy/evidence/' . $id . '/', $html);
    }

    public function test_the_process_ampel_shows_each_process_in_words_and_colours_and_the_chosen_ones_history(): void {
        global $PAGE;
        $generator = $this->generator();
        $rater = $this->getDataGenerator()->create_user(['firstname' => 'Anna', 'lastname' => 'Albers']);
        $service = \core\di::get(process_rating_service::class);
        $service->rate('circles', 2, ['quality' => 'green'], 'erst', (int) $rater->id);
        \core\di::get(\core\clock::class)->bump(60);
        $service->rate('circles', 2, ['quality' => 'green', 'cost' => 'red', 'staff' => 'amber'], self::$orgname, (int) $rater->id);
        $repository = \core\di::get(process_rating_repository::class);
        $current = ['circles' => $repository->current_all()['circles'][2]];
        $history = $repository->history('circles', 2);

        $html = $PAGE->get_renderer('core')->render(new process_ampel_page(
            \core\di::get(programme::class)->period(2),
            $current,
            'circles',
            $history,
            \core\di::get(user_repository::class)->full_names([(int) $rater->id]),
            true
        ));

        $this->assert_shown_as_stored(
            $html,
            self::$orgname,
            'Development circles',
            'Expert forum',
            'Anna Albers',
            'Process Ampel, Half-year 2 of 2018',
            'Ratings of "Development circles" in this half-year'
        );
        $this->assertSame(6, substr_count($html, '<tr data-process='));
        $this->assertMatchesRegularExpression('/<tr data-process="circles" aria-current="true">\s*'
            . '<th scope="row">Development circles<\/th>\s*'
            . '<td><span class="local_digitalstrategy-ampel-green" data-colour="green">Green<\/span><\/td>\s*'
            . '<td><span class="local_digitalstrategy-ampel-red" data-colour="red">Red<\/span><\/td>\s*'
            . '<td><span class="local_digitalstrategy-ampel-amber" data-colour="amber">Amber<\/span><\/td>\s*'
            . '<td><span class="local_digitalstrategy-ampel-none" data-colour="none">Not rated<\/span><\/td>/', $html);
        $this->assertStringContainsString('processes.php?process=surveys&amp;period=2', $html);
        $this->assertSame(2, substr_count(strstr($html, 'data-region="processhistory"'), '<tr>') - 1);
        $this->assertTrue($generator instanceof \local_digitalstrategy_generator);
    }
}
