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

use core_external\external_api;
use local_digitalstrategy\event\analysis_written;
use local_digitalstrategy\external\get_analyses;
use local_digitalstrategy\form\resistance_edit;
use local_digitalstrategy\output\resistance_page;
use PHPUnit\Framework\Attributes\CoversClass;
use PHPUnit\Framework\Attributes\DataProvider;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->dirroot . '/webservice/tests/helpers.php');

/**
 * The expert forum's resistance analyses: who sees them (the organisation's leadership, the expert
 * forum, the project team — never the organisation's staff, never another organisation), on the
 * page and through the web service; who writes them (the expert forum); what is refused; the event.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\strategy\resistance
 * @covers     \local_digitalstrategy\local\strategy\resistance_service
 * @covers     \local_digitalstrategy\local\strategy\resistance_repository
 * @covers     \local_digitalstrategy\external\get_analyses
 * @covers     \local_digitalstrategy\event\analysis_written
 * @covers     \local_digitalstrategy\form\resistance_edit
 * @covers     \local_digitalstrategy\output\resistance_page
 */
#[CoversClass(resistance::class)]
#[CoversClass(resistance_service::class)]
#[CoversClass(resistance_repository::class)]
#[CoversClass(get_analyses::class)]
#[CoversClass(analysis_written::class)]
#[CoversClass(resistance_edit::class)]
#[CoversClass(resistance_page::class)]
final class resistance_service_test extends \externallib_advanced_testcase {
    /** @var array<string, \stdClass> users of the scenario by part */
    private array $users;
    /** @var \local_digitalstrategy\organisation the organisation analysed */
    private $north;
    /** @var \local_digitalstrategy\organisation another organisation */
    private $south;
    /** @var \stdClass the analysis about North */
    private \stdClass $analysis;

    /**
     * North with a leader and a staff member, South with a leader, an expert (the expert forum's
     * site role), a project-team member (site manager) and a user outside every organisation;
     * one analysis about North, one about South.
     */
    protected function setUp(): void {
        global $DB;
        parent::setUp();
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $this->north = $generator->create_organisation(['name' => 'Sozialstation Nord']);
        $this->south = $generator->create_organisation(['name' => 'Werkstätten Süd']);
        $users = [];
        foreach (['leader', 'staff', 'expert', 'projectteam', 'otherleader', 'outsider'] as $part) {
            $users[$part] = $this->getDataGenerator()->create_user(['firstname' => ucfirst($part), 'lastname' => 'Test']);
        }
        $generator->add_member($this->north, $users['leader']->id, 'leadership');
        $generator->add_member($this->north, $users['staff']->id, 'staff');
        $generator->add_member($this->south, $users['otherleader']->id, 'leadership');
        $system = \context_system::instance();
        $expertrole = $DB->get_field('role', 'id', ['shortname' => 'digitalstrategyexpert'], MUST_EXIST);
        role_assign($expertrole, $users['expert']->id, $system);
        $managerrole = $DB->get_field('role', 'id', ['shortname' => 'manager'], MUST_EXIST);
        role_assign($managerrole, $users['projectteam']->id, $system);
        $this->users = $users;
        $this->analysis = $generator->create_resistance($this->north, ['userid' => $users['expert']->id,
            'stakeholder' => 'Pflegekräfte im Nachtdienst & "Springer" < 5 🌙']);
        $generator->create_resistance($this->south, ['userid' => $users['expert']->id, 'stakeholder' => 'Werkstattrat Süd']);
    }

    /**
     * Each part of the programme and whether it sees North's analyses.
     *
     * @return array<string, array{0: string, 1: bool}>
     */
    public static function viewer_provider(): array {
        return [
            'North\'s leadership sees them' => ['leader', true],
            'North\'s staff does not' => ['staff', false],
            'the expert forum sees them' => ['expert', true],
            'the project team sees them' => ['projectteam', true],
            'South\'s leadership does not' => ['otherleader', false],
            'a user outside every organisation does not' => ['outsider', false],
        ];
    }

    /**
     * The page's logic shows North's analyses exactly to those allowed, and only North's.
     *
     * @param string $part
     * @param bool $sees
     * @dataProvider viewer_provider
     */
    #[DataProvider('viewer_provider')]
    public function test_the_page_shows_the_analyses_only_to_leadership_expert_forum_and_project_team(
        string $part,
        bool $sees
    ): void {
        global $PAGE;
        $userid = (int) $this->users[$part]->id;
        $this->setUser($userid);
        $service = \core\di::get(resistance_service::class);

        $this->assertSame($sees, $service->can_view($this->north, $userid));
        if (!$sees) {
            $this->expectException(\moodle_exception::class);
            $this->expectExceptionMessage(get_string('resistance_nopermission', 'local_digitalstrategy'));
        }
        $content = $service->for_organisation($this->north, $userid);
        $html = $PAGE->get_renderer('core')->render(new resistance_page(
            $this->north,
            $content['analyses'],
            $content['advice'],
            $content['authors'],
            false,
            time()
        ));
        $this->assertSame([(int) $this->analysis->id], array_map(fn($r) => $r->id, $content['analyses']));
        $this->assertStringContainsString('Pflegekräfte im Nachtdienst &amp; "Springer" &lt; 5 🌙', $html);
        $this->assertStringNotContainsString('Werkstattrat Süd', $html);
    }

    /**
     * The web service answers exactly those allowed, with North's analyses only.
     *
     * @param string $part
     * @param bool $sees
     * @dataProvider viewer_provider
     */
    #[DataProvider('viewer_provider')]
    public function test_the_web_service_returns_the_analyses_only_to_leadership_expert_forum_and_project_team(
        string $part,
        bool $sees
    ): void {
        $this->setUser($this->users[$part]);

        $answer = $this->get_analyses($this->north->get_id());

        $this->assertSame(!$sees, $answer['error']);
        if ($sees) {
            $this->assertSame([(int) $this->analysis->id], array_column($answer['data']['analyses'], 'id'));
            $this->assertSame('Pflegekräfte im Nachtdienst & "Springer" < 5 🌙', $answer['data']['analyses'][0]['stakeholder']);
            $this->assertSame('Expert Test', $answer['data']['analyses'][0]['author']);
            $this->assertSame($part === 'expert', $answer['data']['canwrite']);
        } else {
            $this->assertSame(get_string('resistance_nopermission', 'local_digitalstrategy'), $answer['exception']->message);
            $this->assertStringNotContainsString('Nachtdienst', json_encode($answer));
        }
    }

    public function test_a_forged_organisation_id_is_refused_with_a_clear_message(): void {
        $this->setUser($this->users['expert']);

        $answer = $this->get_analyses(999999);

        $this->assertTrue($answer['error']);
        $this->assertSame(get_string('organisationnotfound', 'local_digitalstrategy'), $answer['exception']->message);
    }

    /**
     * Everybody but the expert forum is refused when writing, and nothing is stored.
     *
     * @return array<string, array{0: string}>
     */
    public static function non_writer_provider(): array {
        return [
            'North\'s leadership' => ['leader'],
            'North\'s staff' => ['staff'],
            'the project team' => ['projectteam'],
            'South\'s leadership' => ['otherleader'],
        ];
    }

    /**
     * Only the expert forum writes analyses and notes.
     *
     * @param string $part
     * @dataProvider non_writer_provider
     */
    #[DataProvider('non_writer_provider')]
    public function test_only_the_expert_forum_writes_analyses_and_notes(string $part): void {
        global $DB;
        $userid = (int) $this->users[$part]->id;
        $this->setUser($userid);
        $service = \core\di::get(resistance_service::class);
        $before = $DB->count_records(resistance::TABLE) + $DB->count_records(resistance::ADVICE_TABLE);

        $this->assertFalse($service->can_write($userid));
        foreach (
            [
            fn() => $service->write($this->north, $this->valid_data(), $userid),
            fn() => $service->add_advice($this->north, 'Leitung früh einbinden', $userid),
            ] as $attempt
        ) {
            try {
                $attempt();
                $this->fail('writing was not refused');
            } catch (\moodle_exception $e) {
                $this->assertSame('resistance_nopermission', $e->errorcode);
            }
        }
        $this->assertSame($before, $DB->count_records(resistance::TABLE) + $DB->count_records(resistance::ADVICE_TABLE));
    }

    public function test_an_expert_writes_an_analysis_and_the_event_says_who_wrote_about_which_organisation(): void {
        $expert = (int) $this->users['expert']->id;
        $this->setUser($expert);
        $sink = $this->redirectEvents();

        $analysis = \core\di::get(resistance_service::class)->write($this->north, $this->valid_data(), $expert);

        $events = array_values(array_filter($sink->get_events(), fn($e) => $e instanceof analysis_written));
        $this->assertCount(1, $events);
        $this->assertSame($analysis->id, (int) $events[0]->objectid);
        $this->assertSame($expert, (int) $events[0]->userid);
        $this->assertSame($this->north->get_id(), (int) $events[0]->other['orgid']);
        $this->assertTrue($events[0]->other['created']);
        $this->assertStringNotContainsString('Betriebsrat', $events[0]->get_description());
        $this->assertSame('Betriebsrat & Mitarbeitervertretung', $analysis->stakeholder);
        $this->assertSame('political', $analysis->kind);
        $this->assertSame(4, $analysis->intensity);
        $this->assertSame($expert, $analysis->userid);
        $this->assertStringContainsString('resistance.php?orgid=' . $this->north->get_id(), $events[0]->get_url()->out(false));
    }

    public function test_changing_an_analysis_keeps_its_author_and_records_who_changed_it(): void {
        global $DB;
        $other = $this->getDataGenerator()->create_user();
        $expertrole = $DB->get_field('role', 'id', ['shortname' => 'digitalstrategyexpert']);
        role_assign($expertrole, $other->id, \context_system::instance());
        $this->setUser($other);
        $sink = $this->redirectEvents();

        $changed = \core\di::get(resistance_service::class)->write(
            $this->north,
            (object) (['status' => 'resolved'] + (array) $this->valid_data()),
            (int) $other->id,
            (int) $this->analysis->id
        );

        $this->assertSame((int) $this->analysis->id, $changed->id);
        $this->assertSame('resolved', $changed->status);
        $this->assertSame((int) $this->users['expert']->id, $changed->userid);
        $this->assertSame((int) $other->id, $changed->usermodified);
        $event = array_values(array_filter($sink->get_events(), fn($e) => $e instanceof analysis_written))[0];
        $this->assertFalse($event->other['created']);
    }

    public function test_an_analysis_of_another_organisation_cannot_be_changed_through_this_one(): void {
        global $DB;
        $expert = (int) $this->users['expert']->id;
        $this->setUser($expert);
        $southanalysis = $DB->get_record(resistance::TABLE, ['orgid' => $this->south->get_id()]);

        try {
            \core\di::get(resistance_service::class)->write($this->north, $this->valid_data(), $expert, (int) $southanalysis->id);
            $this->fail('a forged analysis id was accepted');
        } catch (\moodle_exception $e) {
            $this->assertSame('resistance_notfound', $e->errorcode);
        }
        $this->assertEquals($southanalysis, $DB->get_record(resistance::TABLE, ['id' => $southanalysis->id]));
    }

    /**
     * Bad input and the field whose message names the problem.
     *
     * @return array<string, array{0: array, 1: string, 2: string}>
     */
    public static function bad_input_provider(): array {
        return [
            'intensity 0' => [['intensity' => 0], 'intensity', 'resistance_error_intensity'],
            'intensity 6' => [['intensity' => 6], 'intensity', 'resistance_error_intensity'],
            'intensity not a number' => [['intensity' => 'stark'], 'intensity', 'resistance_error_intensity'],
            'intensity 2.5' => [['intensity' => '2.5'], 'intensity', 'resistance_error_intensity'],
            'an unknown kind' => [['kind' => 'financial'], 'kind', 'resistance_error_kind'],
            'an unknown status' => [['status' => 'closed'], 'status', 'resistance_error_status'],
            'a negative follow-up' => [['followup' => -5], 'followup', 'resistance_error_followup'],
            'a follow-up in 1999' => [['followup' => 915148800], 'followup', 'resistance_error_followup'],
            'a follow-up in 40 years' => [['followup' => time() + 40 * 365 * DAYSECS], 'followup', 'resistance_error_followup'],
            'no stakeholder group' => [['stakeholder' => '   '], 'stakeholder', 'resistance_error_stakeholder'],
            'a stakeholder group too long' => [['stakeholder' => str_repeat('ä', 256)], 'stakeholder', 'resistance_error_toolong'],
        ];
    }

    /**
     * Bad input is refused with a message in the user's language; nothing is stored.
     *
     * @param array $change
     * @param string $field
     * @param string $message
     * @dataProvider bad_input_provider
     */
    #[DataProvider('bad_input_provider')]
    public function test_bad_input_is_refused_with_a_clear_message_and_nothing_is_stored(
        array $change,
        string $field,
        string $message
    ): void {
        global $DB;
        $expert = (int) $this->users['expert']->id;
        $this->setUser($expert);
        $service = \core\di::get(resistance_service::class);
        $data = (object) ($change + (array) $this->valid_data());
        $before = $DB->get_records(resistance::TABLE);

        $errors = $service->validate($data);
        try {
            $service->write($this->north, $data, $expert);
            $this->fail('bad input was stored');
        } catch (\moodle_exception $e) {
            $this->assertSame('resistance_invalid', $e->errorcode);
            $this->assertStringContainsString(get_string($message, 'local_digitalstrategy'), $e->getMessage());
        }

        $this->assertSame([$field => get_string($message, 'local_digitalstrategy')], $errors);
        $this->assertEquals($before, $DB->get_records(resistance::TABLE));
    }

    public function test_the_form_refuses_a_forged_intensity_and_shows_the_entry_again(): void {
        $this->setUser($this->users['expert']);
        $url = new \moodle_url('/local/digitalstrategy/resistance.php', ['orgid' => $this->north->get_id()]);
        $submitted = ['orgid' => $this->north->get_id(), 'id' => 0, 'stakeholder' => 'Hauswirtschaft & Küche "Team B"',
            'kind' => 'emotional', 'signals' => 'Angst vor Kontrolle', 'cause' => '', 'intensity' => 9,
            'response' => 'Gespräch', 'status' => 'open'];

        resistance_edit::mock_submit($submitted);
        $form = new resistance_edit($url);
        $errors = $form->validation($submitted + ['followup' => 0], []);
        $data = $form->get_data();
        $html = $form->render();

        $this->assertNull($data);
        $this->assertSame(get_string('resistance_error_intensity', 'local_digitalstrategy'), $errors['intensity']);
        $this->assertStringContainsString('value="Hauswirtschaft &amp; Küche &quot;Team B&quot;"', $html);
        $this->assertStringContainsString('Angst vor Kontrolle', $html);
    }

    public function test_a_valid_form_submission_gives_data_the_service_stores(): void {
        global $DB;
        $expert = (int) $this->users['expert']->id;
        $this->setUser($expert);
        $url = new \moodle_url('/local/digitalstrategy/resistance.php', ['orgid' => $this->north->get_id()]);
        resistance_edit::mock_submit(['orgid' => $this->north->get_id(), 'id' => 0, 'stakeholder' => 'Verwaltung',
            'kind' => 'cognitive', 'signals' => '<script>alert(1)</script>Rückfragen', 'cause' => 'Unklare Ziele',
            'intensity' => 2, 'response' => 'Ziele erklären', 'status' => 'inprogress',
            'followup' => ['day' => 1, 'month' => 3, 'year' => 2027, 'enabled' => 1]]);
        $form = new resistance_edit($url);

        $data = $form->get_data();
        $this->assertNotNull($data);
        $analysis = \core\di::get(resistance_service::class)->write($this->north, $data, $expert);

        $stored = $DB->get_record(resistance::TABLE, ['id' => $analysis->id]);
        $this->assertSame('Verwaltung', $stored->stakeholder);
        $this->assertStringNotContainsString('<script', $stored->signals);
        $this->assertSame('inprogress', $stored->status);
        $this->assertSame(2027, (int) userdate((int) $stored->followup, '%Y'));
    }

    public function test_an_expert_adds_a_note_and_an_empty_note_is_refused(): void {
        $expert = (int) $this->users['expert']->id;
        $this->setUser($expert);
        $service = \core\di::get(resistance_service::class);

        $service->add_advice($this->north, "Leitung früh einbinden & Betriebsrat < 2 Wochen informieren 🙂", $expert);
        try {
            $service->add_advice($this->north, "  \n ", $expert);
            $this->fail('an empty note was stored');
        } catch (\moodle_exception $e) {
            $this->assertSame('advice_invalid', $e->errorcode);
        }

        $this->setUser($this->users['leader']);
        $answer = $this->get_analyses($this->north->get_id());
        $this->assertFalse($answer['error']);
        $this->assertSame(
            ["Leitung früh einbinden & Betriebsrat < 2 Wochen informieren 🙂"],
            array_column($answer['data']['advice'], 'note')
        );
    }

    public function test_the_page_marks_a_follow_up_due_and_shows_intensity_and_status_in_words(): void {
        global $PAGE;
        $this->setUser($this->users['leader']);
        $now = time();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $generator->create_resistance($this->north, ['followup' => $now - DAYSECS, 'intensity' => 5, 'status' => 'inprogress']);
        $content = \core\di::get(resistance_service::class)->for_organisation($this->north, (int) $this->users['leader']->id);

        $html = $PAGE->get_renderer('core')->render(new resistance_page(
            $this->north,
            $content['analyses'],
            [],
            $content['authors'],
            false,
            $now
        ));

        $this->assertStringContainsString(get_string('resistance_followupdue', 'local_digitalstrategy'), $html);
        $this->assertStringContainsString(get_string('resistance_intensity_5', 'local_digitalstrategy'), $html);
        $this->assertStringContainsString(get_string('resistance_status_inprogress', 'local_digitalstrategy'), $html);
        $this->assertStringContainsString('<caption', $html);
        $this->assertStringNotContainsString(get_string('resistance_edit', 'local_digitalstrategy'), $html);
    }

    /**
     * Calls the web service the way the AJAX endpoint does.
     *
     * @param int $orgid
     * @return array the answer: error, data or exception
     */
    private function get_analyses(int $orgid): array {
        $_POST['sesskey'] = sesskey();
        return external_api::call_external_function('local_digitalstrategy_get_analyses', ['orgid' => $orgid], true);
    }

    /**
     * A valid analysis as a form sends it.
     *
     * @return \stdClass
     */
    private function valid_data(): \stdClass {
        return (object) ['stakeholder' => 'Betriebsrat & Mitarbeitervertretung', 'kind' => 'political',
            'signals' => 'Vorbehalte in der Sitzung', 'cause' => 'Sorge um Leistungskontrolle', 'intensity' => 4,
            'response' => 'Dienstvereinbarung anbieten', 'status' => 'open', 'followup' => time() + 30 * DAYSECS];
    }
}
