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

namespace local_digitalstrategy\local\questionnaire;
/**
 * Tests of the instrument value object.
 *
 * @package    local_digitalstrategy
 * @copyright  2025 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\questionnaire\instrument
 * @covers     \local_digitalstrategy\local\questionnaire\invalid_instrument
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\questionnaire\instrument::class)]
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\questionnaire\invalid_instrument::class)]
final class instrument_test extends \PHPUnit\Framework\TestCase {
    /** @var string Folder of the shared fixtures. */
    private const FIXTURES = __DIR__ . '/../fixtures/instruments';

    /** @var string The default Digitalisierungscheck. */
    private const DEFAULT_CHECK = __DIR__ . '/../../db/instruments/digitalisierungscheck.json';

    /**
     * Loads a valid fixture.
     *
     * @param string $name file name without .json
     * @return instrument
     */
    private function fixture(string $name): instrument {
        return instrument::from_json(file_get_contents(self::FIXTURES . "/valid/{$name}.json"));
    }

    public function test_from_json_gives_kind_version_and_names(): void {
        $instrument = $this->fixture('every-item-type-with-all-fields');

        $this->assertSame('check', $instrument->get_kind());
        $this->assertSame('all_fields', $instrument->get_idnumber());
        $this->assertSame(1, $instrument->get_version());
        $this->assertSame(1, $instrument->get_format_version());
        $this->assertSame('Alle Felder & "Optionen" – für Teams < 5 🌻', $instrument->get_name('de'));
        $this->assertSame('All fields & "options" – for teams < 5 🌻', $instrument->get_name('en'));
        $this->assertSame('Alle Felder (Du)', $instrument->get_name('de_du'));
        $this->assertSame('Ein Instrument für Tests.', $instrument->get_description('de'));
    }

    public function test_localise_falls_back_to_parent_language_then_english_then_german(): void {
        $strings = ['de' => 'Hallo', 'en' => 'Hello', 'de_du' => 'Hallo du'];

        $this->assertSame('Hallo du', instrument::localise($strings, 'de_du'));
        $this->assertSame('Hallo', instrument::localise($strings, 'de_wp'));
        $this->assertSame('Hello', instrument::localise($strings, 'fr'));
        $this->assertSame('Hallo', instrument::localise(['de' => 'Hallo', 'en' => ''], 'fr'));
    }

    public function test_dimensions_and_items_are_keyed_in_document_order(): void {
        $instrument = $this->fixture('every-item-type-with-all-fields');

        $this->assertSame(['general', 'second'], array_keys($instrument->get_dimensions()));
        $this->assertSame(
            ['planning', 'has_policy', 'channel', 'tools', 'mood', 'notes', 'second_planning'],
            array_keys($instrument->get_items())
        );
        $this->assertSame(['second_planning'], array_keys($instrument->get_items('second')));
        $this->assertSame('second', $instrument->get_item_dimension('second_planning'));
        $this->assertSame('rating', $instrument->get_item('mood')['type']);
        $this->assertNull($instrument->get_item('nonexistent'));
        $this->assertNull($instrument->get_dimension('nonexistent'));
        $this->assertSame('Zweite', instrument::localise($instrument->get_dimension('second')['name'], 'de'));
        $this->assertCount(5, $instrument->get_scale_levels());
    }

    public function test_weights_default_to_one(): void {
        $instrument = $this->fixture('every-item-type-with-all-fields');

        $this->assertSame(1.5, $instrument->get_dimension_weight('general'));
        $this->assertSame(100.0, $instrument->get_dimension_weight('second'));
        $this->assertSame(2.0, $instrument->get_item_weight('planning'));
        $this->assertSame(1.0, $instrument->get_item_weight('second_planning'));
        $this->assertNull($this->fixture('minimal-check')->get_scale_levels());
    }

    public function test_only_check_items_with_a_score_are_scored(): void {
        $check = $this->fixture('every-item-type-with-all-fields');
        $survey = $this->fixture('choices-scored-and-unscored');

        $this->assertTrue($check->is_scored_item('planning'));
        $this->assertTrue($check->is_scored_item('has_policy'));
        $this->assertTrue($check->is_scored_item('channel'));
        $this->assertTrue($check->is_scored_item('mood'));
        $this->assertFalse($check->is_scored_item('notes'));
        $this->assertFalse($survey->is_scored_item('scored'));
    }

    public function test_to_json_round_trips(): void {
        foreach (glob(self::FIXTURES . '/valid/*.json') as $file) {
            $json = file_get_contents($file);
            $instrument = instrument::from_json($json);

            $again = instrument::from_json($instrument->to_json());

            $this->assertSame(json_decode($json, true), $instrument->to_array(), basename($file));
            $this->assertSame($instrument->to_array(), $again->to_array(), basename($file));
            $this->assertSame($instrument->to_json(), $again->to_json(), basename($file));
            $this->assertEquals($instrument, instrument::from_array($instrument->to_array()), basename($file));
        }
    }

    public function test_invalid_json_throws_with_the_validators_errors(): void {
        $json = file_get_contents(self::FIXTURES . '/invalid/forbidden-text-with-weight.json');

        try {
            instrument::from_json($json);
            $this->fail('invalid_instrument expected');
        } catch (invalid_instrument $e) {
            $this->assertSame((new instrument_validator())->validate($json), $e->get_errors());
            $this->assertStringContainsString('forbidden', $e->getMessage());
        }
    }

    public function test_every_invalid_fixture_throws(): void {
        foreach (glob(self::FIXTURES . '/invalid/*.json') as $file) {
            try {
                instrument::from_json(file_get_contents($file));
                $this->fail(basename($file) . ' was accepted');
            } catch (invalid_instrument $e) {
                $this->assertNotEmpty($e->get_errors());
            }
        }
    }

    public function test_default_check_has_eight_dimensions_and_at_least_forty_items(): void {
        $check = instrument::from_json(file_get_contents(self::DEFAULT_CHECK));

        $this->assertSame('check', $check->get_kind());
        $this->assertSame('digicheck', $check->get_idnumber());
        $this->assertCount(8, $check->get_dimensions());
        $this->assertGreaterThanOrEqual(40, count($check->get_items()));
        foreach (array_keys($check->get_dimensions()) as $dimension) {
            $this->assertGreaterThanOrEqual(5, count($check->get_items($dimension)), $dimension);
        }
    }

    public function test_default_check_recommends_something_for_every_scored_item(): void {
        $check = instrument::from_json(file_get_contents(self::DEFAULT_CHECK));

        foreach ($check->get_items() as $key => $item) {
            if ($check->is_scored_item($key)) {
                $this->assertArrayHasKey('recommendation', $item, $key);
            }
        }
    }
}
