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

use local_digitalstrategy\event\indicator_updated;

/**
 * The indicator catalogue as the project team edits it: definition and targets saved together and
 * logged, every bad input refused in the user's language, a missing source named and kept until
 * someone chooses another.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\controlling\indicator_catalogue_service
 * @covers     \local_digitalstrategy\event\indicator_updated
 */
#[\PHPUnit\Framework\Attributes\CoversClass(indicator_catalogue_service::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(indicator_updated::class)]
final class indicator_catalogue_service_test extends \advanced_testcase {
    /**
     * Form data of a valid new indicator over a programme of three half-years.
     *
     * @param array $changes
     * @return array
     */
    private static function data(array $changes = []): array {
        return $changes + [
            'idnumber' => 'newsletter_readers', 'name' => 'Leser & "Abonnenten" – Kinder < 6 Jahre 🌻', 'unit' => 'count',
            'direction' => 'atleast', 'source' => 'manual', 'config' => '', 'tolerance' => '2,5',
            'target_1' => '', 'target_2' => '10', 'target_3' => '12,5',
            'targethigh_1' => '', 'targethigh_2' => '', 'targethigh_3' => '',
        ];
    }

    /**
     * Resets, sets a programme of three half-years and returns the service.
     *
     * @return indicator_catalogue_service
     */
    private function service(): indicator_catalogue_service {
        $this->resetAfterTest();
        $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy')->set_programme(2018, 1, 3);
        return \core\di::get(indicator_catalogue_service::class);
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

    public function test_a_new_indicator_is_stored_with_its_targets_per_half_year_and_logged(): void {
        $service = $this->service();
        $sink = $this->redirectEvents();

        $indicator = $service->save(self::data(), null, 2);

        $this->assertSame('newsletter_readers', $indicator->idnumber);
        $this->assertSame('Leser & "Abonnenten" – Kinder < 6 Jahre 🌻', $indicator->display_name());
        $this->assertSame(2.5, $indicator->tolerance);
        $this->assertFalse($indicator->shipped);
        $targets = \core\di::get(indicator_repository::class)->targets()[$indicator->id];
        $this->assertSame([2, 3], array_keys($targets));
        $this->assertSame([10.0, 12.5], [$targets[2]->target, $targets[3]->target]);
        $this->assertNull($targets[3]->targethigh);
        $events = array_values(array_filter($sink->get_events(), fn($e) => $e instanceof indicator_updated));
        $this->assertCount(1, $events);
        $this->assertSame(['idnumber' => 'newsletter_readers', 'created' => true, 'source' => 'manual'], $events[0]->other);
        $this->assertSame(2, (int) $events[0]->userid);
    }

    public function test_a_shipped_indicator_keeps_its_name_when_left_empty_and_its_targets_change_to_a_range(): void {
        $service = $this->service();
        $feedback = \core\di::get(indicator_repository::class)->get_by_idnumber('feedback_mean');
        $values = $service->form_values($feedback);
        $this->assertSame('', $values['name']);
        $this->assertSame('1', $values['target_1']);
        $this->assertSame('1.5', $values['targethigh_1']);

        $saved = $service->save(['name' => '', 'target_1' => '0,8', 'targethigh_1' => '1,6', 'target_2' => '',
            'targethigh_2' => '', 'tolerance' => '0,5'] + $values, $feedback, 2);

        $this->assertSame('Mean rating of trainings (−2 to +2)', $saved->display_name());
        $this->assertSame('feedback_mean', $saved->idnumber);
        $targets = \core\di::get(indicator_repository::class)->targets()[$feedback->id];
        $this->assertSame([0.8, 1.6], [$targets[1]->target, $targets[1]->targethigh]);
        $this->assertArrayNotHasKey(2, $targets);
        // Half-years beyond the programme's three keep their targets.
        $this->assertSame([1, 3, 4, 5, 6], array_keys($targets));
    }

    public function test_bad_input_is_refused_field_by_field_in_the_users_language(): void {
        $service = $this->service();
        $service->save(self::data(), null, 2);

        $errors = $service->validate(self::data(['idnumber' => 'Newsletter Leser', 'name' => ' ', 'unit' => 'kg',
            'direction' => 'sideways', 'source' => 'nosuchsource', 'config' => '["instrument"]', 'tolerance' => '-1',
            'target_1' => 'zehn']), null);
        $this->assertSame([
            'idnumber' => 'Enter an identifier of lower-case letters, digits and underscores that starts with a letter '
                . '(at most 40 characters).',
            'name' => 'Please enter the name of the indicator.',
            'unit' => 'Choose a unit from the list.',
            'direction' => 'Choose a direction from the list.',
            'source' => 'Choose a source from the list.',
            'config' => 'Enter the options as a JSON object, for example {"instrument": "mitgliederbefragung"}, '
                . 'or leave the field empty.',
            'tolerance' => 'Enter the tolerance as a number of 0 or more.',
            'target_1' => 'Enter a number, for example 12 or 12.5, or leave the field empty for no target.',
        ], $errors);
        $this->assertSame(['idnumber' => 'Another indicator already has this identifier.'], $service->validate(self::data(), null));

        $range = self::data(['idnumber' => 'feedback2', 'direction' => 'range', 'target_1' => '1', 'targethigh_1' => '',
            'target_2' => '', 'targethigh_2' => '1,5', 'target_3' => '1,5', 'targethigh_3' => '1']);
        $this->assertSame([
            'targethigh_1' => 'A range needs its high end as well.',
            'target_2' => 'A range needs its low end as well.',
            'targethigh_3' => 'The high end must not be below the low end.',
        ], $service->validate($range, null));
        $this->assertSame(
            ['target_2' => 'A percentage lies between 0 and 100.'],
            $service->validate(self::data(['idnumber' => 'share', 'unit' => 'percent', 'target_2' => '120']), null)
        );
        $this->assertSame([], $service->validate(self::data(['idnumber' => 'survey2', 'source' => 'manual',
            'config' => '{"instrument": "mitgliederbefragung"}']), null));

        self::speak_german();
        $this->assertSame('Ein anderer Indikator hat bereits diese Kennung.', $service->validate(self::data(), null)['idnumber']);
        force_current_language('en');

        $this->expectException(\moodle_exception::class);
        $service->save(self::data(['idnumber' => 'x y']), null, 2);
    }

    public function test_a_missing_source_is_named_kept_while_other_fields_change_and_replaced_by_a_real_one(): void {
        $service = $this->service();
        $generator = $this->getDataGenerator()->get_plugin_generator('local_digitalstrategy');
        $orphan = $generator->create_indicator(['source' => 'removed_in_upgrade', 'name' => 'Alte Quelle'], [1 => 5]);

        $this->assertTrue($service->source_missing($orphan));
        $options = $service->source_options($orphan);
        $this->assertSame('removed_in_upgrade (missing)', $options['removed_in_upgrade']);
        $this->assertArrayHasKey('manual', $options);
        $this->assertArrayNotHasKey('removed_in_upgrade', $service->source_options(null));

        $kept = $service->save(['name' => 'Alte Quelle, neu benannt'] + $service->form_values($orphan), $orphan, 2);
        $this->assertSame('removed_in_upgrade', $kept->source);
        $this->assertSame('Alte Quelle, neu benannt', $kept->name);
        $this->assertSame(
            ['source' => 'Choose a source from the list.'],
            $service->validate(['source' => 'another_missing_one'] + $service->form_values($kept), $kept)
        );

        $fixed = $service->save(['source' => 'manual'] + $service->form_values($kept), $kept, 2);
        $this->assertFalse($service->source_missing($fixed));
        $this->assertSame(5.0, \core\di::get(indicator_repository::class)->targets()[$fixed->id][1]->target);
    }
}
