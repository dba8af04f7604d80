<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace block_digicheck;

use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\tests\escaped_once;
use local_digitalstrategy\tests\test_instrument;

/**
 * The block shows the organisation's name, the areas and the levels as they were entered:
 * escaped once, never twice; the radar's data attribute holds the names as stored.
 *
 * @package    block_digicheck
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \block_digicheck\output\block_content
 * @covers     \block_digicheck\local\content_builder
 */
#[\PHPUnit\Framework\Attributes\CoversClass(output\block_content::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(local\content_builder::class)]
final class escaping_test extends \advanced_testcase {
    use escaped_once;

    /** @var string[] Areas and level names of the test instrument, as an author writes them. */
    private const TEXTS = [
        'lead' => 'Leitung & Strategie "vorn" < 3 Jahre',
        'tech' => "Technik & IT ('Geräte') 💻",
        'level2' => 'Unterwegs & "auf Kurs" < 50 %',
    ];

    public function test_members_and_managers_see_names_as_stored(): void {
        global $PAGE;
        $this->resetAfterTest();
        $this->setAdminUser();
        $document = test_instrument::document();
        $document['dimensions'][0]['name'] = test_instrument::t(self::TEXTS['lead']);
        $document['dimensions'][1]['name'] = test_instrument::t(self::TEXTS['tech']);
        $document['scale'] = ['levels' => array_map(
            fn($level) => ['value' => $level, 'label' => test_instrument::t($level === 2 ? self::TEXTS['level2'] : "Stufe $level")],
            [0, 1, 2, 3, 4]
        )];
        set_config('checkinstrument', 'testcheck', 'local_digitalstrategy');
        set_config('submitminpercent', 0, 'local_digitalstrategy');
        \core\di::get(instrument_repository::class)->import(json_encode($document), 2);
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $organisation = $generator->create_organisation(['name' => self::$orgname]);
        $member = $this->getDataGenerator()->create_user();
        $generator->add_member($organisation, $member->id);
        $run = $generator->create_run($organisation, ['a1' => '2', 'a3' => 'some', 'b2' => '0'], $member->id);
        \core\di::get(\local_digitalstrategy\local\check\check_service::class)->submit($run, $member->id);
        $builder = \core\di::get(local\content_builder::class);
        $renderer = $PAGE->get_renderer('core');

        $participant = $renderer->render($builder->for_user((int) $member->id, false, 'de'));
        $manager = $renderer->render($builder->for_user((int) get_admin()->id, true, 'de'));

        $this->assert_shown_as_stored(
            $participant,
            self::$orgname,
            self::TEXTS['lead'],
            self::TEXTS['tech'],
            self::TEXTS['level2']
        );
        preg_match('/data-radar="([^"]*)"/', $participant, $m);
        $radar = json_decode(html_entity_decode($m[1], ENT_QUOTES | ENT_HTML5), true);
        $this->assertSame([self::TEXTS['lead'], self::TEXTS['tech'], 'Misc'], $radar['labels']);
        $this->assert_shown_as_stored($manager, self::TEXTS['lead'], self::TEXTS['tech'], self::TEXTS['level2']);
    }
}
