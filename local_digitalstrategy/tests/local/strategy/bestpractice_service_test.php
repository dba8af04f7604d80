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

namespace local_digitalstrategy\local\strategy;

use local_digitalstrategy\event\bestpractice_released;
use local_digitalstrategy\output\bestpractice_page;
use local_digitalstrategy\tests\escaped_once;
use moodle_exception;

/**
 * The best-practice collection: only an organisation's leadership releases, only transferable
 * measures of phase act, named or anonymised, and can withdraw; participants and the project team
 * read it, filtered by text, experiment field and dimension; an anonymised entry never shows its
 * organisation on the page or in the PDF.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\strategy\bestpractice_service
 * @covers     \local_digitalstrategy\local\strategy\bestpractice_repository
 * @covers     \local_digitalstrategy\local\strategy\bestpractice_entry
 * @covers     \local_digitalstrategy\local\strategy\bestpractice_document
 * @covers     \local_digitalstrategy\output\bestpractice_page
 * @covers     \local_digitalstrategy\event\bestpractice_released
 */
#[\PHPUnit\Framework\Attributes\CoversClass(bestpractice_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(bestpractice_repository::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(bestpractice_entry::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(bestpractice_document::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(bestpractice_page::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(bestpractice_released::class)]
final class bestpractice_service_test extends \advanced_testcase {
    use escaped_once;

    /** @var string Name of the organisation whose measure is released anonymised. */
    private const SECRET_ORG = 'Sonnenhof gGmbH & "Söhne" < 6 Jahre 🙂';

    /** @var array ids and records of the scenario */
    private array $s;

    /**
     * Organisation A (secret name) with a leader, a staff member and measures in every state;
     * organisation B with a leader and one measure; a person in no organisation; a project team member.
     */
    protected function setUp(): void {
        global $DB;
        parent::setUp();
        $this->resetAfterTest();
        $dg = $this->getDataGenerator();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $dg->get_plugin_generator('local_digitalstrategy');
        $a = $generator->create_organisation(['name' => self::SECRET_ORG]);
        $b = $generator->create_organisation(['name' => 'Diakonie Bergstadt']);
        $leader = $dg->create_user(['firstname' => 'Lena', 'lastname' => 'Leitwolf']);
        $staff = $dg->create_user(['firstname' => 'Olga', 'lastname' => 'Ownerin']);
        $leaderb = $dg->create_user();
        $outsider = $dg->create_user();
        $team = $dg->create_user();
        $generator->add_member($a, $leader->id, 'leadership');
        $generator->add_member($a, $staff->id, 'staff');
        $generator->add_member($b, $leaderb->id, 'leadership');
        $dg->role_assign($DB->get_field('role', 'id', ['shortname' => 'manager']), $team->id);
        $fields = $DB->get_records_menu('local_digitalstrategy_field', null, 'sortorder', 'idnumber, id');

        $goala = $generator->create_goal($generator->create_strategy($a), ['dimension' => 'communication']);
        $goalb = $generator->create_goal($generator->create_strategy($b), ['dimension' => 'infrastructure']);
        $act = ['phase' => 'act', 'transferable' => 1, 'ownerid' => $staff->id, 'usermodified' => $staff->id];
        $this->s = [
            'a' => $a, 'b' => $b, 'leader' => $leader, 'staff' => $staff, 'leaderb' => $leaderb,
            'outsider' => $outsider, 'team' => $team, 'fields' => $fields,
            'messenger' => $generator->create_measure($goala, $act + [
                'title' => 'Messenger für Schichtteams', 'description' => 'Dienstplan & Übergaben per App',
                'lesson' => 'Nachtdienste früh einbinden', 'fieldid' => $fields['internalcommunication'],
            ]),
            'checkphase' => $generator->create_measure($goala, ['phase' => 'check', 'transferable' => 1]),
            'nottransferable' => $generator->create_measure($goala, ['phase' => 'act', 'transferable' => 0]),
            'tablets' => $generator->create_measure($goalb, $act + [
                'title' => 'Tablets in der Pflege', 'lesson' => 'WLAN zuerst ausleuchten',
                'fieldid' => $fields['servicedelivery'], 'ownerid' => $leaderb->id,
            ]),
        ];
    }

    /**
     * The service from Moodle's container.
     *
     * @return bestpractice_service
     */
    private function service(): bestpractice_service {
        return \core\di::get(bestpractice_service::class);
    }

    /**
     * The titles of one search, in order.
     *
     * @param string $search
     * @param int $fieldid
     * @param string $dimension
     * @return string[]
     */
    private function titles(string $search = '', int $fieldid = 0, string $dimension = ''): array {
        $found = $this->service()->search($search, $fieldid, $dimension, 0, 20, 'en');
        return array_map(fn(array $entry) => $entry['title'], $found['entries']);
    }

    public function test_the_leadership_releases_a_transferable_measure_of_phase_act_and_the_event_says_how(): void {
        global $DB;
        $sink = $this->redirectEvents();
        $this->service()->release((int) $this->s['messenger']->id, false, (int) $this->s['leader']->id);
        $events = $sink->get_events();
        $sink->close();

        $stored = $DB->get_record('local_digitalstrategy_measure', ['id' => $this->s['messenger']->id]);
        $this->assertSame(1, (int) $stored->released);
        $this->assertSame(0, (int) $stored->named);
        $this->assertSame(2, (int) $stored->version, 'the release raises the measure\'s version');
        $this->assertSame((int) $this->s['leader']->id, (int) $stored->usermodified);
        $this->assertCount(1, $events);
        $this->assertInstanceOf(bestpractice_released::class, $events[0]);
        $this->assertSame((int) $this->s['messenger']->id, (int) $events[0]->objectid);
        $this->assertSame($this->s['a']->get_id(), $events[0]->other['orgid']);
        $this->assertFalse($events[0]->other['named']);
        $this->assertSame((int) $this->s['leader']->id, (int) $events[0]->userid);
        $this->assertStringContainsString('anonymised', $events[0]->get_description());
        $this->assertSame(['Messenger für Schichtteams'], $this->titles());
    }

    public function test_staff_another_organisations_leader_and_the_project_team_cannot_release(): void {
        global $DB;
        $measureid = (int) $this->s['messenger']->id;
        $cases = [
            'staff of the organisation' => ['staff', 'bestpractice_notleadership'],
            'leader of another organisation (forged id)' => ['leaderb', 'bestpractice_measurenotfound'],
            'project team' => ['team', 'bestpractice_measurenotfound'],
            'person in no organisation' => ['outsider', 'bestpractice_measurenotfound'],
        ];
        foreach ($cases as $case => [$who, $error]) {
            try {
                $this->service()->release($measureid, true, (int) $this->s[$who]->id);
                $this->fail("$case released a measure");
            } catch (moodle_exception $e) {
                $this->assertSame($error, $e->errorcode, $case);
            }
        }
        $this->assertSame(0, (int) $DB->get_field('local_digitalstrategy_measure', 'released', ['id' => $measureid]));
        $this->expectExceptionMessage(get_string('bestpractice_measurenotfound', 'local_digitalstrategy'));
        $this->service()->release(999999, true, (int) $this->s['leader']->id);
    }

    public function test_a_measure_not_in_act_or_not_transferable_is_refused_with_its_reason(): void {
        foreach (['checkphase' => 'bestpractice_notact', 'nottransferable' => 'bestpractice_nottransferable'] as $m => $error) {
            try {
                $this->service()->release((int) $this->s[$m]->id, true, (int) $this->s['leader']->id);
                $this->fail("$m was released");
            } catch (moodle_exception $e) {
                $this->assertSame($error, $e->errorcode);
                $this->assertSame(get_string($error, 'local_digitalstrategy'), $e->getMessage());
            }
        }
        $this->assertSame([], $this->titles());
    }

    public function test_the_leadership_of_an_archived_organisation_cannot_release(): void {
        \core\di::get(\local_digitalstrategy\local\organisation_repository::class)
            ->set_archived($this->s['a'], true, (int) $this->s['team']->id);
        $this->expectException(moodle_exception::class);
        $this->service()->release((int) $this->s['messenger']->id, true, (int) $this->s['leader']->id);
    }

    public function test_a_release_can_be_changed_to_named_and_withdrawn(): void {
        global $DB;
        $id = (int) $this->s['messenger']->id;
        $leader = (int) $this->s['leader']->id;
        $this->service()->release($id, false, $leader);
        $this->service()->release($id, true, $leader);
        $found = $this->service()->search('', 0, '', 0, 20, 'en')['entries'];
        $this->assertTrue($found[0]['named']);
        $this->assertSame(self::SECRET_ORG, $found[0]['orgname']);

        $this->service()->withdraw($id, $leader);
        $stored = $DB->get_record('local_digitalstrategy_measure', ['id' => $id]);
        $this->assertSame([0, 0, 4], [(int) $stored->released, (int) $stored->named, (int) $stored->version]);
        $this->assertSame([], $this->titles());

        $this->expectExceptionMessage(get_string('bestpractice_notleadership', 'local_digitalstrategy'));
        $this->service()->withdraw($id, (int) $this->s['staff']->id);
    }

    public function test_a_released_measure_moved_out_of_act_leaves_the_collection(): void {
        global $DB;
        $this->service()->release((int) $this->s['messenger']->id, true, (int) $this->s['leader']->id);
        $DB->set_field('local_digitalstrategy_measure', 'phase', 'check', ['id' => $this->s['messenger']->id]);
        $this->assertSame([], $this->titles());
    }

    public function test_the_collection_is_found_by_text_experiment_field_and_dimension(): void {
        $this->service()->release((int) $this->s['messenger']->id, false, (int) $this->s['leader']->id);
        $this->service()->release((int) $this->s['tablets']->id, true, (int) $this->s['leaderb']->id);
        $fields = $this->s['fields'];

        $this->assertCount(2, $this->titles());
        $this->assertSame(['Messenger für Schichtteams'], $this->titles('übergaben'), 'description, any case');
        $this->assertSame(['Tablets in der Pflege'], $this->titles('WLAN'), 'lesson learned');
        $this->assertSame(['Tablets in der Pflege'], $this->titles('Bergstadt'), 'a named entry by its organisation');
        $this->assertSame([], $this->titles('Sonnenhof'), 'an anonymised entry is not found by its organisation');
        $this->assertSame([], $this->titles('Messenger WLAN'), 'every word must match');
        $this->assertSame(['Messenger für Schichtteams'], $this->titles('', (int) $fields['internalcommunication']));
        $this->assertSame(['Tablets in der Pflege'], $this->titles('', (int) $fields['servicedelivery']));
        $this->assertSame([], $this->titles('', (int) $fields['administration40']));
        $this->assertSame(['Tablets in der Pflege'], $this->titles('', 0, 'infrastructure'));
        $this->assertSame([], $this->titles('', (int) $fields['servicedelivery'], 'communication'));
        $this->assertSame([], $this->titles('%'), 'a LIKE wildcard is a character');

        $found = $this->service()->search('', 0, 'communication', 0, 20, 'de')['entries'][0];
        $this->assertSame('Interne Kommunikation über Standorte und Schichten', $found['dimensionname']);
        $this->assertSame(get_string('field_internalcommunication', 'local_digitalstrategy'), $found['fieldname']);
    }

    public function test_the_collection_is_paged(): void {
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $goal = $generator->create_goal($generator->create_strategy($generator->create_organisation(['name' => 'C'])));
        for ($i = 0; $i < 25; $i++) {
            $generator->create_measure($goal, ['phase' => 'act', 'transferable' => 1, 'released' => 1, 'title' => "M$i",
                'timemodified' => 1000 + $i]);
        }
        $first = $this->service()->search('', 0, '', 0, 20, 'en');
        $second = $this->service()->search('', 0, '', 1, 20, 'en');
        $this->assertSame(25, $first['total']);
        $this->assertCount(20, $first['entries']);
        $this->assertCount(5, $second['entries']);
        $this->assertSame('M24', $first['entries'][0]['title'], 'most recently changed first');
        $this->assertSame('M0', $second['entries'][4]['title']);
    }

    public function test_participants_and_the_project_team_read_the_collection_people_outside_do_not(): void {
        $service = $this->service();
        foreach (['leader', 'staff', 'leaderb', 'team'] as $who) {
            $this->assertTrue($service->can_view_collection((int) $this->s[$who]->id), $who);
        }
        $this->assertFalse($service->can_view_collection((int) $this->s['outsider']->id));
        $this->expectExceptionMessage(get_string('bestpractice_notallowed', 'local_digitalstrategy'));
        $service->require_can_view_collection((int) $this->s['outsider']->id);
    }

    public function test_a_member_without_the_capability_to_view_strategies_does_not_read_it(): void {
        global $DB;
        $userrole = $DB->get_field('role', 'id', ['shortname' => 'user']);
        assign_capability('local/digitalstrategy:viewstrategy', CAP_PROHIBIT, $userrole, \context_system::instance()->id, true);
        $this->assertFalse($this->service()->can_view_collection((int) $this->s['staff']->id));
    }

    public function test_an_anonymised_entry_shows_no_organisation_owner_or_author_on_the_page(): void {
        global $PAGE;
        $this->service()->release((int) $this->s['messenger']->id, false, (int) $this->s['leader']->id);
        $this->service()->release((int) $this->s['tablets']->id, true, (int) $this->s['leaderb']->id);
        $found = $this->service()->search('', 0, '', 0, 20, 'en');
        $this->assertSame(['', 'Diakonie Bergstadt'], array_map(fn($e) => $e['orgname'], array_reverse($found['entries'])));

        $html = $PAGE->get_renderer('core')->render(new bestpractice_page(
            $found['entries'],
            $found['total'],
            0,
            20,
            '',
            0,
            '',
            $this->service()->field_names(),
            $this->service()->dimension_names('en')
        ));

        $this->assertStringContainsString('Messenger für Schichtteams', $html);
        $this->assertStringContainsString('Diakonie Bergstadt', $html, 'the named entry shows its organisation');
        foreach (['Sonnenhof', 'Leitwolf', 'Ownerin', 'strategy.php', 'orgid'] as $secret) {
            $this->assertStringNotContainsString($secret, $html);
        }
        $this->assertStringContainsString(get_string('bestpractice_anonymousorg', 'local_digitalstrategy'), $html);
        $this->assertStringContainsString('bestpractice_export.php', $html);
        $this->assertMatchesRegularExpression('/<label for="ds-bp-search">/', $html);
        $this->assertMatchesRegularExpression('/<label for="ds-bp-field">/', $html);
        $this->assertMatchesRegularExpression('/<label for="ds-bp-dimension">/', $html);
    }

    public function test_the_page_shows_a_named_entry_as_stored_escaped_once_and_script_inert(): void {
        global $DB, $PAGE;
        $title = 'Übergabe & "Visite" – Kinder < 6 Jahre 🌙';
        $DB->update_record('local_digitalstrategy_measure', (object) ['id' => $this->s['messenger']->id, 'title' => $title,
            'lesson' => '<script>alert("x")</script>Früh & offen fragen']);
        $this->service()->release((int) $this->s['messenger']->id, true, (int) $this->s['leader']->id);
        $found = $this->service()->search('', 0, '', 0, 20, 'en');

        $html = $PAGE->get_renderer('core')->render(new bestpractice_page(
            $found['entries'],
            $found['total'],
            0,
            20,
            'Übergabe & "Visite"',
            0,
            '',
            $this->service()->field_names(),
            $this->service()->dimension_names('en')
        ));

        $this->assert_shown_as_stored($html, $title, self::SECRET_ORG, 'Früh & offen fragen');
        $this->assertStringNotContainsString('<script>alert', $html);
        $this->assertStringContainsString('value="Übergabe &amp; &quot;Visite&quot;"', $html, 'the search is kept in its field');
    }

    public function test_the_pdf_names_a_named_entrys_organisation_and_not_an_anonymised_ones(): void {
        global $PAGE;
        $this->service()->release((int) $this->s['messenger']->id, false, (int) $this->s['leader']->id);
        $this->service()->release((int) $this->s['tablets']->id, true, (int) $this->s['leaderb']->id);
        $entries = $this->service()->search('', 0, '', 0, 0, 'en')['entries'];

        $pdf = bestpractice_document::pdf($PAGE->get_renderer('core'), $entries, '', 1765000000, false);

        $this->assertStringStartsWith('%PDF-', $pdf);
        $this->assertTrue(self::pdf_shows($pdf, 'Messenger'), 'the text of the PDF is readable by this test');
        $this->assertTrue(self::pdf_shows($pdf, 'Bergstadt'), 'a named entry shows its organisation');
        foreach (['Sonnenhof', 'Leitwolf', 'Ownerin'] as $secret) {
            $this->assertFalse(self::pdf_shows($pdf, $secret), $secret);
        }
    }

    /**
     * Whether an uncompressed PDF of Moodle's PDF library shows a text: its Unicode fonts write
     * each character as its code (UTF-16BE), the metadata as plain text.
     *
     * @param string $pdf
     * @param string $text
     * @return bool
     */
    private static function pdf_shows(string $pdf, string $text): bool {
        $utf16 = mb_convert_encoding($text, 'UTF-16BE', 'UTF-8');
        $escaped = strtr($utf16, ['\\' => '\\\\', '(' => '\\(', ')' => '\\)', "\r" => '\\r']);
        return str_contains($pdf, $escaped) || str_contains($pdf, $text)
            || str_contains(strtoupper($pdf), strtoupper(bin2hex($utf16)));
    }
}
