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
 * The PHP side of the instrument format agrees with the zod side on the shared fixtures.
 *
 * tests/unit/instrument_schema.test.ts checks the zod schema against the same fixtures and the
 * same expected errors (tests/fixtures/instruments/expected-errors.json of this plugin), in the
 * repository and inside Moodle alike.
 *
 * @package    local_digitalstrategy
 * @copyright  2025 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\questionnaire\instrument_validator
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\questionnaire\instrument_validator::class)]
final class instrument_validator_test extends \PHPUnit\Framework\TestCase {
    /** @var string Folder of the shared fixtures. */
    private const FIXTURES = __DIR__ . '/../fixtures/instruments';

    /** @var string Folder of the shipped instruments. */
    private const INSTRUMENTS = __DIR__ . '/../../db/instruments';

    /**
     * Valid fixtures and the instruments that ship with the plugin.
     *
     * @return array<string, array{string}>
     */
    public static function valid_documents(): array {
        $files = glob(self::FIXTURES . '/valid/*.json');
        $shipped = array_filter(glob(self::INSTRUMENTS . '/*.json'), fn(string $f): bool => basename($f) !== 'schema.json');
        $files = array_merge($files, $shipped, glob(self::INSTRUMENTS . '/examples/*.json'));
        $cases = [];
        foreach ($files as $file) {
            $cases[basename(dirname($file)) . '/' . basename($file)] = [$file];
        }
        return $cases;
    }

    /**
     * Invalid fixtures with the errors both validators must report.
     *
     * @return array<string, array{string, array}>
     */
    public static function invalid_documents(): array {
        $expected = json_decode(file_get_contents(self::FIXTURES . '/expected-errors.json'), true);
        $cases = [];
        foreach (glob(self::FIXTURES . '/invalid/*.json') as $file) {
            $cases[basename($file)] = [$file, $expected[basename($file)] ?? []];
        }
        return $cases;
    }

    /**
     * Valid documents have no errors.
     *
     * @dataProvider valid_documents
     * @param string $file
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('valid_documents')]
    public function test_valid_documents_have_no_errors(string $file): void {
        $errors = (new instrument_validator())->validate(file_get_contents($file));

        $this->assertSame([], $errors);
    }

    /**
     * Invalid documents report the same errors as the zod side.
     *
     * @dataProvider invalid_documents
     * @param string $file
     * @param array $expected the errors (path and code) the zod side reports too
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('invalid_documents')]
    public function test_invalid_documents_report_the_same_errors_as_the_zod_side(string $file, array $expected): void {
        $errors = (new instrument_validator())->validate(file_get_contents($file));

        $this->assertNotEmpty($expected, 'expected-errors.json lists ' . basename($file));
        $this->assertSame($expected, array_map(fn($e) => ['path' => $e['path'], 'code' => $e['code']], $errors));
        // The file name starts with the code of its first error.
        $this->assertStringStartsWith($errors[0]['code'] . '-', basename($file));
    }

    public function test_every_expected_error_has_a_fixture(): void {
        $expected = json_decode(file_get_contents(self::FIXTURES . '/expected-errors.json'), true);
        $files = array_map('basename', glob(self::FIXTURES . '/invalid/*.json'));

        $this->assertEqualsCanonicalizing($files, array_keys($expected));
    }

    public function test_errors_use_only_the_known_codes_and_scalar_params(): void {
        $validator = new instrument_validator();
        foreach (glob(self::FIXTURES . '/invalid/*.json') as $file) {
            foreach ($validator->validate(file_get_contents($file)) as $error) {
                $this->assertContains($error['code'], instrument_validator::CODES);
                foreach ($error['params'] as $value) {
                    $this->assertIsScalar($value);
                }
            }
        }
    }

    public function test_missing_property_names_it_in_path_and_params(): void {
        $errors = (new instrument_validator())->validate(
            file_get_contents(self::FIXTURES . '/invalid/required-name-without-english.json')
        );

        $this->assertSame([['path' => '/name/en', 'code' => 'required', 'params' => ['property' => 'en']]], $errors);
    }

    public function test_forbidden_property_names_the_item_type(): void {
        $errors = (new instrument_validator())->validate(
            file_get_contents(self::FIXTURES . '/invalid/forbidden-text-with-weight.json')
        );

        $this->assertSame(['property' => 'weight', 'type' => 'text'], $errors[0]['params']);
    }

    public function test_duplicate_points_to_the_first_use(): void {
        $errors = (new instrument_validator())->validate(
            file_get_contents(self::FIXTURES . '/invalid/duplicate-item-key-across-dimensions.json')
        );

        $this->assertSame(['key' => 'planning', 'first' => '/dimensions/0/items/0/key'], $errors[0]['params']);
    }

    public function test_text_that_is_not_json_is_reported_as_invalidjson(): void {
        $errors = (new instrument_validator())->validate('{"format": ');

        $this->assertCount(1, $errors);
        $this->assertSame('invalidjson', $errors[0]['code']);
        $this->assertSame('', $errors[0]['path']);
    }

    public function test_pointer_segments_are_escaped(): void {
        $errors = (new instrument_validator())->validate('{"format": "digitalstrategy-instrument", "a/b~c": 1}');

        $this->assertContains('/a~1b~0c', array_column($errors, 'path'));
    }

    public function test_schema_json_uses_the_validators_patterns_kinds_types_and_limits(): void {
        $schema = json_decode(file_get_contents(self::INSTRUMENTS . '/schema.json'), true);
        $defs = $schema['$defs'];

        $this->assertSame(instrument_validator::KEY_PATTERN, $defs['key']['pattern']);
        $this->assertSame(instrument_validator::LANG_PATTERN, $defs['langstrings']['propertyNames']['pattern']);
        $this->assertSame(instrument_validator::KINDS, $schema['properties']['kind']['enum']);
        $this->assertSame(instrument_validator::ITEM_TYPES, $defs['item']['properties']['type']['enum']);
        foreach (instrument_validator::ITEM_PROPERTIES as $type => $properties) {
            $this->assertSame($properties, array_keys($defs[$type . 'item']['properties']), $type);
        }
        $this->assertSame(instrument_validator::MAX_SHORT, $defs['shorttext']['additionalProperties']['maxLength']);
        $this->assertSame(instrument_validator::MAX_TEXT, $defs['text']['additionalProperties']['maxLength']);
        $this->assertSame(instrument_validator::MAX_LONG, $defs['longtext']['additionalProperties']['maxLength']);
        $this->assertSame(instrument_validator::MAX_DIMENSIONS, $schema['properties']['dimensions']['maxItems']);
        $this->assertSame(instrument_validator::MAX_ITEMS, $defs['dimension']['properties']['items']['maxItems']);
        $this->assertSame(instrument_validator::MAX_WEIGHT, $defs['weight']['maximum']);
        $this->assertSame(instrument_validator::MIN_OPTIONS, $defs['options']['minItems']);
        $this->assertSame(instrument_validator::MAX_OPTIONS, $defs['options']['maxItems']);
        $this->assertSame(
            instrument_validator::MATURITY_VALUES,
            array_map(fn($l) => $l['properties']['value']['const'], $defs['maturitylevels']['prefixItems'])
        );
        $this->assertSame(
            instrument_validator::RATING_VALUES,
            array_map(fn($l) => $l['properties']['value']['const'], $defs['ratinglevels']['prefixItems'])
        );
    }
}
