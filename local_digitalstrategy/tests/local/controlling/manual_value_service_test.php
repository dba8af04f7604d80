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

namespace local_digitalstrategy\local\controlling;

use local_digitalstrategy\event\indicator_value_added;

/**
 * Manual values: a number that fits the unit, in a half-year of the programme that has begun, with
 * a comment and evidence files of an allowed type and size; every entry kept, the newest counts;
 * what is refused is said in the user's language and nothing is stored.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\manual_value_service
 * @covers     \local_digitalstrategy\event\indicator_value_added
 */
#[\PHPUnit\Framework\Attributes\CoversClass(manual_value_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(indicator_value_added::class)]
final class manual_value_service_test extends \advanced_testcase {
    /**
     * A programme of six half-years from 2018 with "now" in its second half-year, and a manual indicator.
     *
     * @param array $record of the indicator
     * @return array{0: indicator, 1: programme}
     */
    private function setup_programme(array $record = []): array {
        $this->resetAfterTest();
        /** @var \local_digitalstrategy_generator $generator */
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $programme = $generator->set_programme(2018, 1, 6);
        $this->mock_clock_with_frozen($programme->period(2)->start + 30 * DAYSECS);
        return [$generator->create_indicator($record + ['name' => 'Newsletter & "Leser" 🙂'], [2 => 10]), $programme];
    }

    /**
     * A file in the current user's draft area.
     *
     * @param string $filename
     * @param string $content
     * @param int $draftitemid 0 for a new draft area
     * @return int the draft item id
     */
    private function draft_file(string $filename, string $content, int $draftitemid = 0): int {
        global $USER;
        $draftitemid = $draftitemid ?: file_get_unused_draft_itemid();
        get_file_storage()->create_file_from_string([
            'contextid' => \context_user::instance($USER->id)->id, 'component' => 'user', 'filearea' => 'draft',
            'itemid' => $draftitemid, 'filepath' => '/', 'filename' => $filename,
        ], $content);
        return $draftitemid;
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

    public function test_a_value_is_stored_with_comment_evidence_and_who_entered_it_and_is_logged(): void {
        [$indicator] = $this->setup_programme(['unit' => 'mean']);
        $user = $this->getDataGenerator()->create_user();
        $this->setUser($user);
        $draft = $this->draft_file('Teilnahmeliste.pdf', '%PDF-1.4 Liste');
        $sink = $this->redirectEvents();
        $service = \core\di::get(manual_value_service::class);

        $id = $service->add($indicator, 2, '12,5', ' Zählung & Liste ', $draft, (int) $user->id);

        $history = $service->history($indicator, 2);
        $this->assertCount(1, $history);
        $this->assertSame($id, (int) $history[0]['entry']->id);
        $this->assertSame(12.5, (float) $history[0]['entry']->value);
        $this->assertSame('Zählung & Liste', $history[0]['entry']->comment);
        $this->assertSame((int) $user->id, (int) $history[0]['entry']->userid);
        $this->assertSame(['Teilnahmeliste.pdf'], array_map(fn($f) => $f->get_filename(), $history[0]['files']));
        $this->assertSame('%PDF-1.4 Liste', $history[0]['files'][0]->get_content());
        $events = array_values(array_filter($sink->get_events(), fn($e) => $e instanceof indicator_value_added));
        $this->assertCount(1, $events);
        $this->assertSame($id, (int) $events[0]->objectid);
        $this->assertSame(['indicatorid' => $indicator->id, 'idnumber' => $indicator->idnumber, 'period' => 2,
            'value' => 12.5, 'files' => 1], $events[0]->other);
        $this->assertStringContainsString('indicator_value.php', $events[0]->get_url()->out(false));
    }

    public function test_a_correction_is_a_new_entry_and_the_newest_counts_on_the_timeline(): void {
        [$indicator, $programme] = $this->setup_programme(['unit' => 'count', 'tolerance' => 2]);
        $this->setAdminUser();
        $service = \core\di::get(manual_value_service::class);
        $clock = \core\di::get(\core\clock::class);

        $service->add($indicator, 2, '4', 'erste Zählung', 0, 2);
        $clock->bump(60);
        $service->add($indicator, 2, '9', 'korrigiert', 0, 2);

        $comments = array_map(fn($i) => $i['entry']->comment, $service->history($indicator, 2));
        $this->assertSame(['korrigiert', 'erste Zählung'], $comments);
        $timeline = \core\di::get(timeline_service::class)->build($clock->time());
        $cells = array_values(array_filter($timeline->rows, fn($row) => $row->indicator->id === $indicator->id))[0]->cells;
        $this->assertSame(9.0, $cells[2]->actual);
        $this->assertSame(0, count($service->history($indicator, 1)));
        $this->assertTrue($programme->has_period(2));
    }

    public function test_values_of_the_wrong_type_for_the_unit_are_refused_in_the_users_language(): void {
        [$count] = $this->setup_programme(['unit' => 'count']);
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $percent = $generator->create_indicator(['unit' => 'percent']);
        $mean = $generator->create_indicator(['unit' => 'mean', 'direction' => 'range']);
        $service = \core\di::get(manual_value_service::class);

        $this->assertSame('Enter a number, for example 12 or 12.5.', $service->value_error($count, 'zwölf'));
        foreach (['', '1e5', '12,5,1', '0x1A', '12 Personen'] as $notanumber) {
            $this->assertSame('Enter a number, for example 12 or 12.5.', $service->value_error($count, $notanumber), $notanumber);
        }
        $this->assertSame('A count is a whole number of 0 or more.', $service->value_error($count, '2,5'));
        $this->assertSame('A count is a whole number of 0 or more.', $service->value_error($count, '-1'));
        $this->assertSame('A percentage lies between 0 and 100.', $service->value_error($percent, '100,01'));
        $this->assertSame('Enter at most two decimal places.', $service->value_error($mean, '1,255'));
        $this->assertSame('This number is too large.', $service->value_error($mean, '123456789012'));
        $this->assertNull($service->value_error($count, '12'));
        $this->assertNull($service->value_error($percent, '33.5'));
        $this->assertNull($service->value_error($mean, '-1,25'));

        self::speak_german();
        $this->assertSame('Geben Sie eine Zahl ein, zum Beispiel 12 oder 12,5.', $service->value_error($count, 'zwölf'));
        force_current_language('en');
    }

    public function test_a_half_year_outside_the_programme_or_not_yet_begun_is_refused_and_nothing_is_stored(): void {
        global $DB;
        [$indicator] = $this->setup_programme();
        $service = \core\di::get(manual_value_service::class);

        try {
            $service->add($indicator, 7, '3', '', 0, 2);
            $this->fail('A half-year outside the programme is refused');
        } catch (\moodle_exception $e) {
            $this->assertSame('error_periodoutside', $e->errorcode);
            $this->assertStringContainsString('Half-year 7 is outside the programme, which has 6 half-years.', $e->getMessage());
        }
        try {
            $service->add($indicator, 3, '3', '', 0, 2);
            $this->fail('A half-year that has not begun is refused');
        } catch (\moodle_exception $e) {
            $this->assertSame('manualvalue_error_future', $e->errorcode);
        }
        $this->assertSame([1, 2], array_keys($service->entry_periods()));
        $this->assertSame(0, $DB->count_records(manual_value_repository::TABLE));
    }

    public function test_evidence_too_large_of_a_forbidden_type_or_too_many_is_refused_and_the_draft_is_kept(): void {
        global $DB, $USER;
        [$indicator] = $this->setup_programme();
        $this->setAdminUser();
        $service = \core\di::get(manual_value_service::class);
        $max = $service->max_bytes();

        $large = $this->draft_file('scan.pdf', str_repeat('x', $max + 1));
        $this->assertSame(
            'The file "scan.pdf" is larger than ' . display_size($max) . '.',
            $service->evidence_error($large, (int) $USER->id)
        );
        $program = $this->draft_file('tool.exe', 'MZ');
        $this->assertStringStartsWith(
            'Files of the type of "tool.exe" are not accepted. Accepted: .pdf',
            $service->evidence_error($program, (int) $USER->id)
        );
        $many = 0;
        foreach (range(1, manual_value_service::MAXFILES + 1) as $n) {
            $many = $this->draft_file("foto$n.jpg", 'jpg', $many);
        }
        $this->assertSame('Attach at most 5 files.', $service->evidence_error($many, (int) $USER->id));
        $this->assertNull($service->evidence_error($this->draft_file('liste.xlsx', 'xlsx'), (int) $USER->id));

        try {
            $service->add($indicator, 2, '5', 'mit Programm', $program, (int) $USER->id);
            $this->fail('A forbidden file type is refused');
        } catch (\moodle_exception $e) {
            $this->assertSame('manualvalue_error_refused', $e->errorcode);
        }
        $this->assertSame(0, $DB->count_records(manual_value_repository::TABLE));
        $this->assertCount(1, get_file_storage()->get_area_files(
            \context_user::instance($USER->id)->id,
            'user',
            'draft',
            $program,
            'id',
            false
        ));
    }

    public function test_an_indicator_computed_from_the_platform_takes_no_manual_values(): void {
        [$manual] = $this->setup_programme();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $computed = $generator->create_indicator(['source' => 'orgs_acquired']);
        $service = \core\di::get(manual_value_service::class);

        $this->assertTrue($service->takes_values($manual));
        $this->assertFalse($service->takes_values($computed));
        $this->expectException(\moodle_exception::class);
        $this->expectExceptionMessage('is computed from the platform');
        $service->add($computed, 2, '3', '', 0, 2);
    }
}
