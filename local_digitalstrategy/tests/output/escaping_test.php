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

use local_digitalstrategy\local\check\aggregate_repository;
use local_digitalstrategy\local\check\check_service;
use local_digitalstrategy\local\check\result_summary;
use local_digitalstrategy\local\import\organisation_import;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\local\user_repository;
use local_digitalstrategy\tests\escaped_once;
use local_digitalstrategy\tests\test_instrument;

/**
 * Every page of local_digitalstrategy shows stored text (organisation, people, instrument,
 * import data) as it was entered: escaped once by Mustache, or once by format_string() and then
 * rendered raw; never twice.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\output\check_page
 * @covers     \local_digitalstrategy\output\results_page
 * @covers     \local_digitalstrategy\output\radar_chart
 * @covers     \local_digitalstrategy\output\organisations_page
 * @covers     \local_digitalstrategy\output\members_page
 * @covers     \local_digitalstrategy\output\instruments_page
 * @covers     \local_digitalstrategy\output\import_preview
 * @covers     \local_digitalstrategy\output\allresults_page
 * @covers     \local_digitalstrategy\form\member_form
 */
#[\PHPUnit\Framework\Attributes\CoversClass(check_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(results_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(radar_chart::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(organisations_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(members_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(instruments_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(import_preview::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(allresults_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\form\member_form::class)]
final class escaping_test extends \advanced_testcase {
    use escaped_once;

    /** @var string[] Texts of the test instrument, as an author writes them. */
    private const TEXTS = [
        'name' => 'Check "Digital & sozial" – Teams < 5 Personen ✨',
        'lead' => 'Leitung & Strategie "vorn" < 3 Jahre',
        'tech' => "Technik & IT ('Geräte') 💻",
        'a1' => 'Gibt es Ziele & Meilensteine für Teams < 10?',
        'a1help' => 'Denken Sie an "Ziele" & Fristen.',
        'a1level' => 'Ziele < 1 Jahr & "klar"',
        'a1recommendation' => 'Halten Sie Ziele & Fristen fest – "schriftlich" < 1 Monat.',
        'a3option' => "Alle & jede*r ('immer')",
    ];

    /** @var \local_digitalstrategy_generator */
    private $generator;

    protected function setUp(): void {
        parent::setUp();
        $this->resetAfterTest();
        $this->setAdminUser();
        $this->generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
    }

    /**
     * Installs the test instrument with an author's texts as the check.
     *
     * @return int its id
     */
    private function install_check(): int {
        $document = test_instrument::document();
        $document['name'] = test_instrument::t(self::TEXTS['name']);
        $document['dimensions'][0]['name'] = test_instrument::t(self::TEXTS['lead']);
        $document['dimensions'][1]['name'] = test_instrument::t(self::TEXTS['tech']);
        $document['dimensions'][0]['items'][0]['text'] = test_instrument::t(self::TEXTS['a1']);
        $document['dimensions'][0]['items'][0]['help'] = test_instrument::t(self::TEXTS['a1help']);
        $document['dimensions'][0]['items'][0]['levels'][2]['label'] = test_instrument::t(self::TEXTS['a1level']);
        $document['dimensions'][0]['items'][0]['recommendation'] = test_instrument::t(self::TEXTS['a1recommendation']);
        $document['dimensions'][0]['items'][2]['options'][2]['label'] = test_instrument::t(self::TEXTS['a3option']);
        set_config('checkinstrument', 'testcheck', 'local_digitalstrategy');
        return \core\di::get(instrument_repository::class)->import(json_encode($document), 2)['id'];
    }

    /**
     * A member with a name as people have them.
     *
     * @return \stdClass
     */
    private function member(): \stdClass {
        return $this->getDataGenerator()->create_user(['firstname' => 'Anna', 'lastname' => "Albers-O'Neill & \"Söhne\" < 3 🌻",
            'email' => 'anna+o\'neill@example.org']);
    }

    public function test_the_check_page_shows_organisation_instrument_and_who_answered_as_stored(): void {
        global $PAGE;
        $instrumentid = $this->install_check();
        $organisation = $this->generator->create_organisation(['name' => self::$orgname]);
        $anna = $this->member();
        $this->generator->add_member($organisation, $anna->id);
        $run = $this->generator->create_run($organisation, ['a1' => '2'], $anna->id);
        $answers = \core\di::get(run_repository::class)->get_answers($run);

        $html = $PAGE->get_renderer('core')->render(new check_page(
            $organisation,
            $run,
            \core\di::get(instrument_repository::class)->get($instrumentid),
            $answers,
            \core\di::get(user_repository::class)->full_names([$anna->id]),
            \core\di::get(check_service::class)->get_completeness($run),
            'de'
        ));

        $this->assert_shown_as_stored(
            $html,
            self::$orgname,
            fullname($anna),
            self::TEXTS['lead'],
            self::TEXTS['a1'],
            self::TEXTS['a1help'],
            self::TEXTS['a1level'],
            self::TEXTS['a3option']
        );
    }

    public function test_the_results_page_and_its_radar_show_names_as_stored(): void {
        global $PAGE;
        $this->install_check();
        $organisation = $this->generator->create_organisation(['name' => self::$orgname]);
        set_config('submitminpercent', 0, 'local_digitalstrategy');
        $run = $this->generator->create_run($organisation, ['a1' => '0', 'a2' => 'no', 'a3' => 'none']);
        [$run] = \core\di::get(check_service::class)->submit($run, 2);
        $summary = \core\di::get(result_summary::class)->build($run, $organisation, 'de');

        $html = $PAGE->get_renderer('core')->render(new results_page($organisation, $run, $summary, true));

        $this->assert_shown_as_stored(
            $html,
            self::TEXTS['lead'],
            self::TEXTS['tech'],
            self::TEXTS['a1'],
            self::TEXTS['a1recommendation']
        );
        preg_match('/data-radar="([^"]*)"/', $html, $m);
        $radar = json_decode(html_entity_decode($m[1], ENT_QUOTES | ENT_HTML5), true);
        $this->assertSame([self::TEXTS['lead'], self::TEXTS['tech'], 'Misc'], $radar['labels'], 'the attribute is escaped once');
    }

    public function test_the_organisations_and_members_pages_show_names_as_stored(): void {
        global $PAGE;
        $organisation = $this->generator->create_organisation(['name' => self::$orgname, 'idnumber' => 'N&1 <2',
            'location' => "Köln & Umgebung ('Veedel') < 5 km"]);
        $anna = $this->member();
        \core\di::get(organisation_repository::class)->add_member($organisation, $anna->id, 'leadership', 2);
        $organisations = \core\di::get(organisation_repository::class);
        $output = $PAGE->get_renderer('core');

        $list = $output->render(new organisations_page($organisations->list_organisations()));
        $members = $output->render(new members_page($organisation, $organisations->get_members($organisation)));

        $this->assert_shown_as_stored($list, self::$orgname, 'N&1 <2', "Köln & Umgebung ('Veedel') < 5 km");
        $this->assert_shown_as_stored($members, self::$orgname, fullname($anna), $anna->email);
    }

    public function test_the_instruments_page_shows_names_and_import_errors_as_stored(): void {
        global $PAGE;
        $id = $this->install_check();
        $versions = \core\di::get(instrument_repository::class)->list_versions();
        $names = [$id => self::TEXTS['name']];

        $html = $PAGE->get_renderer('core')->render(new instruments_page(
            $versions,
            $names,
            [['path' => '/name/de', 'message' => 'Der Name "A & B" ist < 1 Zeichen lang.']]
        ));

        $this->assert_shown_as_stored($html, self::TEXTS['name'], 'Der Name "A & B" ist < 1 Zeichen lang.');
    }

    public function test_the_import_preview_shows_the_file_and_the_problems_as_stored(): void {
        global $PAGE;
        $anna = $this->getDataGenerator()->create_user(['username' => 'anna']);
        $other = $this->generator->create_organisation(['name' => self::$orgname]);
        $this->generator->add_member($other, $anna->id);
        $this->getDataGenerator()->create_user(['username' => 'ben']);
        $file = \local_digitalstrategy\local\import\csv_file::read("idnumber;name;username\n"
            . "n1;\"Nord & Süd \"\"Am Park\"\" < 20 🌳\";ben\n"
            . "n2;Zweite & Dritte;anna\n", 'auto', 'auto', organisation_import::COLUMNS);
        $preview = \core\di::get(organisation_import::class)->preview($file->columns, $file->rows);

        $html = $PAGE->get_renderer('core')->render(new import_preview($preview));

        $this->assert_shown_as_stored(
            $html,
            'Nord & Süd "Am Park" < 20 🌳',
            'Zweite & Dritte',
            get_string('error_memberofother', 'local_digitalstrategy', self::$orgname)
        );
    }

    public function test_the_page_of_all_results_shows_organisations_and_areas_as_stored(): void {
        global $PAGE;
        $this->install_check();
        $organisation = $this->generator->create_organisation(['name' => self::$orgname]);
        set_config('submitminpercent', 0, 'local_digitalstrategy');
        $run = $this->generator->create_run($organisation, ['a1' => '3', 'a3' => 'all']);
        $this->assertNotNull(\core\di::get(check_service::class)->submit($run, 2)[0]);
        $rows = \core\di::get(aggregate_repository::class)->get_rows('testcheck', ['lead', 'tech', 'misc'], 0, 50);

        $html = $PAGE->get_renderer('core')->render(new allresults_page(
            [self::TEXTS['lead'], self::TEXTS['tech'], 'Misc'],
            $rows,
            1,
            0,
            50,
            new \moodle_url('/local/digitalstrategy/allresults.php')
        ));

        $this->assert_shown_as_stored($html, self::$orgname, self::TEXTS['lead'], self::TEXTS['tech']);
    }

    public function test_the_member_form_shows_the_chosen_person_as_stored(): void {
        $organisation = $this->generator->create_organisation(['name' => self::$orgname]);
        $anna = $this->member();
        $form = new \local_digitalstrategy\form\member_form(null, ['organisation' => $organisation]);
        $form->set_data(['orgid' => $organisation->get_id(), 'userid' => $anna->id]);

        $html = $form->render();

        // The autocomplete shows the chosen person from the HTML in its data-html attribute.
        $this->assertMatchesRegularExpression('/data-html="([^"]*)"/', $html);
        preg_match('/data-html="([^"]*)"/', $html, $m);
        $this->assert_shown_as_stored(html_entity_decode($m[1], ENT_QUOTES | ENT_HTML5), fullname($anna));
    }
}
