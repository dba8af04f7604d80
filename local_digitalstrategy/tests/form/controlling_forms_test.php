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

use local_digitalstrategy\local\controlling\indicator_catalogue_service;
use local_digitalstrategy\local\controlling\indicator_repository;
use local_digitalstrategy\local\controlling\manual_value_service;
use local_digitalstrategy\local\controlling\period;
use local_digitalstrategy\local\controlling\process_rating_repository;
use local_digitalstrategy\local\controlling\process_rating_service;
use local_digitalstrategy\local\controlling\programme;

/**
 * The forms of the indicator catalogue, the manual values and the process Ampel, submitted as the
 * pages submit them: good input goes through to the services; bad input is refused field by field
 * in the user's language, and what was typed and uploaded stays in the form.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\form\manual_value_form
 * @covers     \local_digitalstrategy\form\indicator_form
 * @covers     \local_digitalstrategy\form\process_rating_form
 */
#[\PHPUnit\Framework\Attributes\CoversClass(manual_value_form::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(indicator_form::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(process_rating_form::class)]
final class controlling_forms_test extends \advanced_testcase {
    /**
     * A programme of six half-years from 2018, "now" in the second, and a manager logged in.
     *
     * @return \local_digitalstrategy_generator
     */
    private function generator(): \local_digitalstrategy_generator {
        $this->resetAfterTest();
        $this->setAdminUser();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 6);
        $this->mock_clock_with_frozen($programme->period(2)->start + DAYSECS);
        return $generator;
    }

    /**
     * The value form as indicator_value.php builds it.
     *
     * @param \local_digitalstrategy\local\controlling\indicator $indicator
     * @return manual_value_form
     */
    private static function value_form($indicator): manual_value_form {
        $service = \core\di::get(manual_value_service::class);
        return new manual_value_form(new \moodle_url('/local/digitalstrategy/indicator_value.php'), [
            'indicator' => $indicator,
            'periods' => array_map(fn(period $p) => $p->label(), $service->entry_periods()),
            'fileoptions' => $service->file_options(),
        ]);
    }

    /**
     * A file in the current user's draft area.
     *
     * @param string $filename
     * @return int draft item id
     */
    private static function draft(string $filename): int {
        global $USER;
        $draft = file_get_unused_draft_itemid();
        get_file_storage()->create_file_from_string(
            ['contextid' => \context_user::instance($USER->id)->id,
            'component' => 'user', 'filearea' => 'draft', 'itemid' => $draft, 'filepath' => '/', 'filename' => $filename],
            'content'
        );
        return $draft;
    }

    /**
     * Turns the current user's language to German (the test site has no language pack: "de" with
     * its langconfig only, the plugin brings its German).
     */
    private static function speak_german(): void {
        global $CFG;
        make_writable_directory($CFG->dataroot . '/lang/de');
        file_put_contents($CFG->dataroot . '/lang/de/langconfig.php', "<?php\n\$string['thislanguage'] = 'Deutsch';\n");
        get_string_manager()->reset_caches();
        force_current_language('de');
    }

    public function test_a_value_with_evidence_goes_through_the_value_form_into_the_history(): void {
        global $USER;
        $indicator = $this->generator()->create_indicator(['unit' => 'percent']);
        $draft = self::draft('Protokoll.pdf');
        manual_value_form::mock_submit(['indicator' => $indicator->id, 'period' => 2, 'value' => '33,5',
            'comment' => 'Zählung & "Liste"', 'evidence' => $draft]);

        $data = self::value_form($indicator)->get_data();

        $this->assertNotNull($data);
        $service = \core\di::get(manual_value_service::class);
        $service->add($indicator, (int) $data->period, $data->value, $data->comment, (int) $data->evidence, (int) $USER->id);
        $history = $service->history($indicator, 2);
        $this->assertSame(33.5, (float) $history[0]['entry']->value);
        $this->assertSame('Zählung & "Liste"', $history[0]['entry']->comment);
        $this->assertSame('Protokoll.pdf', $history[0]['files'][0]->get_filename());
    }

    public function test_the_value_form_refuses_a_wrong_value_period_and_file_and_keeps_what_was_typed(): void {
        $indicator = $this->generator()->create_indicator(['unit' => 'count']);
        $draft = self::draft('makro.exe');
        manual_value_form::mock_submit(['indicator' => $indicator->id, 'period' => 3, 'value' => '2,5',
            'comment' => 'bitte behalten', 'evidence' => $draft]);

        $form = self::value_form($indicator);

        $this->assertNull($form->get_data());
        $errors = $form->validation((array) $form->get_submitted_data(), []);
        $this->assertSame('Choose a half-year of the programme that has begun.', $errors['period']);
        $this->assertSame('A count is a whole number of 0 or more.', $errors['value']);
        $this->assertStringStartsWith('Files of the type of "makro.exe" are not accepted.', $errors['evidence']);
        $html = $form->render();
        $this->assertMatchesRegularExpression('/name="value"[^>]*value="2,5"/', $html);
        $this->assertStringContainsString('bitte behalten</textarea>', $html);
        $this->assertStringContainsString('A count is a whole number of 0 or more.', $html);
        // The uploaded file stays in the form's draft area for the next try.
        $this->assertStringContainsString('value="' . $draft . '"', $html);

        self::speak_german();
        $this->assertSame(
            'Eine Anzahl ist eine ganze Zahl von 0 oder mehr.',
            self::value_form($indicator)->validation(['period' => 2, 'value' => '2,5', 'evidence' => 0], [])['value']
        );
        force_current_language('en');
    }

    public function test_the_indicator_form_saves_definition_and_targets_and_shows_a_missing_source(): void {
        $generator = $this->generator();
        $catalogue = \core\di::get(indicator_catalogue_service::class);
        $periods = array_map(fn(period $p) => $p->label(), \core\di::get(programme::class)->periods());
        indicator_form::mock_submit(['id' => 0, 'idnumber' => 'newsletter_readers', 'name' => 'Leser & "Abos"', 'unit' => 'count',
            'direction' => 'atleast', 'tolerance' => '2', 'source' => 'manual', 'config' => '', 'target_2' => '10']);

        $form = new indicator_form(null, ['current' => null, 'sources' => $catalogue->source_options(null),
            'sourcemissing' => false, 'periods' => $periods]);
        $data = $form->get_data();
        $this->assertNotNull($data);
        $saved = $catalogue->save((array) $data, null, 2);
        $this->assertSame('Leser & "Abos"', $saved->name);
        $this->assertSame(10.0, \core\di::get(indicator_repository::class)->targets()[$saved->id][2]->target);

        $orphan = $generator->create_indicator(['source' => 'gone_source']);
        indicator_form::mock_submit(['id' => $orphan->id, 'name' => '', 'unit' => 'count', 'direction' => 'range',
            'tolerance' => '-1', 'source' => 'gone_source', 'config' => '{', 'target_1' => '1', 'targethigh_1' => '']);
        $form = new indicator_form(null, ['current' => $orphan, 'sources' => $catalogue->source_options($orphan),
            'sourcemissing' => true, 'periods' => $periods]);
        $this->assertNull($form->get_data());
        $html = $form->render();
        $this->assertStringContainsString('The source "gone_source" of this indicator no longer exists', $html);
        $this->assertStringContainsString('gone_source (missing)', $html);
        $this->assertStringContainsString('Please enter the name of the indicator.', $html);
        $this->assertStringContainsString('A range needs its high end as well.', $html);
        $this->assertStringContainsString('Enter the tolerance as a number of 0 or more.', $html);
        $this->assertStringContainsString('Target, Half-year 1 of 2018', $html);
    }

    public function test_the_rating_form_rates_a_process_and_refuses_red_without_a_note(): void {
        global $USER;
        $this->generator();
        process_rating_form::mock_submit(['process' => 'surveys', 'period' => 2, 'quality' => 'green', 'cost' => '',
            'staff' => 'amber', 'timeliness' => 'red', 'note' => '']);
        $form = new process_rating_form();
        $this->assertNull($form->get_data());
        $this->assertStringContainsString('A red rating needs a note', $form->render());

        process_rating_form::mock_submit(['process' => 'surveys', 'period' => 2, 'quality' => 'green', 'cost' => '',
            'staff' => 'amber', 'timeliness' => 'red', 'note' => 'Druckerei im Verzug']);
        $data = (new process_rating_form())->get_data();
        $this->assertNotNull($data);
        \core\di::get(process_rating_service::class)->rate($data->process, (int) $data->period, ['quality' => $data->quality,
            'cost' => $data->cost, 'staff' => $data->staff, 'timeliness' => $data->timeliness], $data->note, (int) $USER->id);
        $current = \core\di::get(process_rating_repository::class)->current_all()['surveys'][2];
        $this->assertSame(['green', '', 'amber', 'red', 'Druckerei im Verzug'], [$current->quality, $current->cost,
            $current->staff, $current->timeliness, $current->note]);
    }
}
