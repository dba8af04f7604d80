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
 * Validates a questionnaire instrument document (JSON) against db/instruments/schema.json.
 *
 * The checks follow the schema by hand, in the same order as the zod schema in
 * amd-src/shared/instrument_schema.ts, so both sides report the same errors for the same
 * document (tests/fixtures/instruments proves it). Each error is an array
 * ['path' => JSON pointer, 'code' => one of self::CODES, 'params' => scalar values for the
 * language string]. The validator never throws; callers decide what to do with the errors.
 *
 * @package    local_digitalstrategy
 * @copyright  2025 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class instrument_validator {
    /** @var string Value of the "format" property. */
    public const FORMAT = 'digitalstrategy-instrument';

    /** @var int Value of the "formatversion" property this validator understands. */
    public const FORMAT_VERSION = 1;

    /** @var string Pattern of the idnumber, dimension, item and option keys. */
    public const KEY_PATTERN = '^[a-z][a-z0-9_]{1,39}$';

    /** @var string Pattern of the language codes in a localised text. */
    public const LANG_PATTERN = '^[a-z]{2,3}(_[a-z0-9]{2,8}){0,2}$';

    /** @var string[] Languages every localised text must contain. */
    public const REQUIRED_LANGS = ['de', 'en'];

    /** @var string[] Instrument kinds. */
    public const KINDS = ['check', 'survey', 'feedback'];

    /** @var string[] Item types. */
    public const ITEM_TYPES = ['maturity', 'yesno', 'single', 'multiple', 'rating', 'text'];

    /** @var int[] Level values of a maturity item (and of the instrument scale), in order. */
    public const MATURITY_VALUES = [0, 1, 2, 3, 4];

    /** @var int[] Level values of a rating item, in order. */
    public const RATING_VALUES = [-2, -1, 0, 1, 2];

    /** @var int Maximum length of names and labels. */
    public const MAX_SHORT = 255;

    /** @var int Maximum length of item texts and level descriptions. */
    public const MAX_TEXT = 1000;

    /** @var int Maximum length of descriptions, help and recommendations. */
    public const MAX_LONG = 4000;

    /** @var int Maximum number of dimensions. */
    public const MAX_DIMENSIONS = 20;

    /** @var int Maximum number of items in one dimension. */
    public const MAX_ITEMS = 100;

    /** @var int Minimum number of options of a choice item. */
    public const MIN_OPTIONS = 2;

    /** @var int Maximum number of options of a choice item. */
    public const MAX_OPTIONS = 30;

    /** @var int Maximum weight of a dimension or item (weights are greater than 0). */
    public const MAX_WEIGHT = 100;

    /** @var int Maximum option score (scores are percentages). */
    public const MAX_SCORE = 100;

    /** @var int Maximum instrument version. */
    public const MAX_VERSION = 2147483647;

    /** @var string[] Error codes; each becomes a language string. */
    public const CODES = [
        'invalidjson', // The text is not JSON. Params: message.
        'type', // Wrong JSON type. Params: expected (object, array, string, integer, number, boolean).
        'required', // A required property is missing; path names the property. Params: property.
        'unknown', // A property that the format does not know. Params: property.
        'forbidden', // A known item property that this item type does not allow. Params: property, type.
        'enum', // Not one of the allowed values. Params: allowed (comma separated).
        'const', // Not the one value expected here. Params: expected (JSON).
        'pattern', // A key or language code of the wrong form. Params: pattern.
        'minlength', // Empty or blank text. Params: min.
        'maxlength', // Text too long. Params: max.
        'range', // Number out of range. Params: min, max, exclusivemin (bool).
        'minitems', // Too few entries. Params: min.
        'maxitems', // Too many entries. Params: max.
        'duplicate', // A key used before. Params: key, first (path of the first use).
    ];

    /** @var array<string, string[]> Properties each item type allows, in validation order. */
    public const ITEM_PROPERTIES = [
        'maturity' => ['key', 'type', 'text', 'help', 'required', 'levels', 'dontknow', 'relevance', 'weight', 'recommendation'],
        'yesno' => ['key', 'type', 'text', 'help', 'required', 'dontknow', 'relevance', 'weight', 'recommendation'],
        'single' => ['key', 'type', 'text', 'help', 'required', 'options', 'dontknow', 'relevance', 'weight', 'recommendation'],
        'multiple' => ['key', 'type', 'text', 'help', 'required', 'options', 'relevance', 'weight', 'recommendation'],
        'rating' => ['key', 'type', 'text', 'help', 'required', 'levels', 'dontknow', 'relevance', 'weight', 'recommendation'],
        'text' => ['key', 'type', 'text', 'help', 'required'],
    ];

    /** @var array<int, array{path: string, code: string, params: array<string, scalar>}> Errors found so far. */
    private array $errors = [];

    /**
     * Validates an instrument given as JSON text.
     *
     * @param string $json the document
     * @return array<int, array{path: string, code: string, params: array<string, scalar>}> errors, empty when valid
     */
    public function validate(string $json): array {
        try {
            $document = json_decode($json, false, 512, JSON_THROW_ON_ERROR);
        } catch (\JsonException $e) {
            return [['path' => '', 'code' => 'invalidjson', 'params' => ['message' => $e->getMessage()]]];
        }
        return $this->validate_decoded($document);
    }

    /**
     * Validates an instrument already decoded by json_decode() with objects as stdClass.
     *
     * @param mixed $document the decoded document
     * @return array<int, array{path: string, code: string, params: array<string, scalar>}> errors, empty when valid
     */
    public function validate_decoded(mixed $document): array {
        $this->errors = [];
        $this->check_instrument($document);
        $errors = $this->errors;
        $this->errors = [];
        return $errors;
    }

    /**
     * Escapes one JSON pointer segment (RFC 6901).
     *
     * @param string|int $segment property name or array index
     * @return string
     */
    public static function pointer_segment(string|int $segment): string {
        return str_replace(['~', '/'], ['~0', '~1'], (string) $segment);
    }

    /**
     * Checks the top level of the document.
     *
     * @param mixed $document
     */
    private function check_instrument(mixed $document): void {
        $properties = $this->check_object($document, '', [
            'format' => [true, fn($v, $p) => $this->check_const($v, $p, self::FORMAT)],
            'formatversion' => [true, fn($v, $p) => $this->check_const($v, $p, self::FORMAT_VERSION)],
            'idnumber' => [true, fn($v, $p) => $this->check_key($v, $p)],
            'version' => [true, fn($v, $p) => $this->check_integer($v, $p, 1, self::MAX_VERSION)],
            'kind' => [true, fn($v, $p) => $this->check_enum($v, $p, self::KINDS)],
            'name' => [true, fn($v, $p) => $this->check_langstrings($v, $p, self::MAX_SHORT)],
            'description' => [true, fn($v, $p) => $this->check_langstrings($v, $p, self::MAX_LONG)],
            'scale' => [false, fn($v, $p) => $this->check_scale($v, $p)],
            'dimensions' => [true, fn($v, $p) => $this->check_array(
                $v,
                $p,
                1,
                self::MAX_DIMENSIONS,
                fn($d, $dp) => $this->check_dimension($d, $dp)
            )],
        ]);
        if ($properties !== null && isset($properties['dimensions']) && is_array($properties['dimensions'])) {
            $this->check_unique_keys($properties['dimensions']);
        }
    }

    /**
     * Reports dimension keys and item keys (across the instrument) used twice.
     *
     * @param array $dimensions decoded dimensions
     */
    private function check_unique_keys(array $dimensions): void {
        $dimensionkeys = [];
        $itemkeys = [];
        foreach (array_values($dimensions) as $d => $dimension) {
            if (!is_object($dimension)) {
                continue;
            }
            $path = '/dimensions/' . $d;
            $this->check_unique($dimension->key ?? null, $path . '/key', $dimensionkeys);
            if (!isset($dimension->items) || !is_array($dimension->items)) {
                continue;
            }
            foreach (array_values($dimension->items) as $i => $item) {
                if (is_object($item)) {
                    $this->check_unique($item->key ?? null, $path . '/items/' . $i . '/key', $itemkeys);
                }
            }
        }
    }

    /**
     * Reports a key seen before; remembers it otherwise.
     *
     * @param mixed $key the key (ignored unless a string)
     * @param string $path where it is
     * @param array<string, string> $seen keys seen so far => path of their first use
     */
    private function check_unique(mixed $key, string $path, array &$seen): void {
        if (!is_string($key)) {
            return;
        }
        if (isset($seen[$key])) {
            $this->error($path, 'duplicate', ['key' => $key, 'first' => $seen[$key]]);
        } else {
            $seen[$key] = $path;
        }
    }

    /**
     * Checks the optional instrument-wide maturity scale.
     *
     * @param mixed $value
     * @param string $path
     */
    private function check_scale(mixed $value, string $path): void {
        $this->check_object($value, $path, [
            'levels' => [true, fn($v, $p) => $this->check_levels($v, $p, self::MATURITY_VALUES)],
        ]);
    }

    /**
     * Checks one dimension.
     *
     * @param mixed $value
     * @param string $path
     */
    private function check_dimension(mixed $value, string $path): void {
        $this->check_object($value, $path, [
            'key' => [true, fn($v, $p) => $this->check_key($v, $p)],
            'name' => [true, fn($v, $p) => $this->check_langstrings($v, $p, self::MAX_SHORT)],
            'description' => [true, fn($v, $p) => $this->check_langstrings($v, $p, self::MAX_LONG)],
            'weight' => [false, fn($v, $p) => $this->check_weight($v, $p)],
            'items' => [true, fn($v, $p) => $this->check_array(
                $v,
                $p,
                1,
                self::MAX_ITEMS,
                fn($i, $ip) => $this->check_item($i, $ip)
            )],
        ]);
    }

    /**
     * Checks one item: first its type, then the properties that type allows.
     *
     * @param mixed $value
     * @param string $path
     */
    private function check_item(mixed $value, string $path): void {
        if (!is_object($value)) {
            $this->error($path, 'type', ['expected' => 'object']);
            return;
        }
        if (!property_exists($value, 'type')) {
            $this->error($path . '/type', 'required', ['property' => 'type']);
            return;
        }
        $type = $value->type;
        if (!is_string($type) || !isset(self::ITEM_PROPERTIES[$type])) {
            $this->error($path . '/type', 'enum', ['allowed' => implode(', ', self::ITEM_TYPES)]);
            return;
        }
        $checks = [
            'key' => [true, fn($v, $p) => $this->check_key($v, $p)],
            'type' => [true, fn($v, $p) => null],
            'text' => [true, fn($v, $p) => $this->check_langstrings($v, $p, self::MAX_TEXT)],
            'help' => [false, fn($v, $p) => $this->check_langstrings($v, $p, self::MAX_LONG)],
            'required' => [false, fn($v, $p) => $this->check_boolean($v, $p)],
            'levels' => [$type === 'maturity', fn($v, $p) => $this->check_levels(
                $v,
                $p,
                $type === 'rating' ? self::RATING_VALUES : self::MATURITY_VALUES
            )],
            'options' => [true, fn($v, $p) => $this->check_options($v, $p)],
            'dontknow' => [false, fn($v, $p) => $this->check_boolean($v, $p)],
            'relevance' => [false, fn($v, $p) => $this->check_boolean($v, $p)],
            'weight' => [false, fn($v, $p) => $this->check_weight($v, $p)],
            'recommendation' => [false, fn($v, $p) => $this->check_langstrings($v, $p, self::MAX_LONG)],
        ];
        $allowed = array_intersect_key($checks, array_flip(self::ITEM_PROPERTIES[$type]));
        $this->check_object($value, $path, $allowed, $type);
    }

    /**
     * Checks the levels of a maturity or rating item or of the scale: one per value, in order.
     *
     * @param mixed $value
     * @param string $path
     * @param int[] $values the level values expected, in order
     */
    private function check_levels(mixed $value, string $path, array $values): void {
        if (!is_array($value)) {
            $this->error($path, 'type', ['expected' => 'array']);
            return;
        }
        $count = count($values);
        if (count($value) < $count) {
            $this->error($path, 'minitems', ['min' => $count]);
            return;
        }
        if (count($value) > $count) {
            $this->error($path, 'maxitems', ['max' => $count]);
        }
        foreach ($values as $index => $expected) {
            $this->check_object($value[$index], $path . '/' . $index, [
                'value' => [true, fn($v, $p) => $this->check_const($v, $p, $expected)],
                'label' => [true, fn($v, $p) => $this->check_langstrings($v, $p, self::MAX_SHORT)],
                'description' => [false, fn($v, $p) => $this->check_langstrings($v, $p, self::MAX_TEXT)],
            ]);
        }
    }

    /**
     * Checks the options of a choice item, their unique keys and their all-or-none scores.
     *
     * @param mixed $value
     * @param string $path
     */
    private function check_options(mixed $value, string $path): void {
        $this->check_array($value, $path, self::MIN_OPTIONS, self::MAX_OPTIONS, fn($o, $op) => $this->check_object($o, $op, [
            'key' => [true, fn($v, $p) => $this->check_key($v, $p)],
            'label' => [true, fn($v, $p) => $this->check_langstrings($v, $p, self::MAX_SHORT)],
            'score' => [false, fn($v, $p) => $this->check_number($v, $p, 0, self::MAX_SCORE, false)],
        ]));
        if (!is_array($value)) {
            return;
        }
        // Like the unique keys of the instrument, these run on whatever options are objects.
        $options = array_filter($value, 'is_object');
        $seen = [];
        foreach ($options as $index => $option) {
            $this->check_unique($option->key ?? null, $path . '/' . $index . '/key', $seen);
        }
        $scored = array_filter($options, fn($option) => property_exists($option, 'score'));
        if ($scored) {
            foreach ($options as $index => $option) {
                if (!property_exists($option, 'score')) {
                    $this->error($path . '/' . $index . '/score', 'required', ['property' => 'score']);
                }
            }
        }
    }

    /**
     * Checks an object: its known properties in the given order, then the unknown ones.
     *
     * @param mixed $value
     * @param string $path
     * @param array<string, array{0: bool, 1: callable}> $properties name => [required, check(value, path)]
     * @param string|null $itemtype for items: the type, so properties of other types are reported as forbidden
     * @return array<string, mixed>|null the object's properties, null if it is no object
     */
    private function check_object(mixed $value, string $path, array $properties, ?string $itemtype = null): ?array {
        if (!is_object($value)) {
            $this->error($path, 'type', ['expected' => 'object']);
            return null;
        }
        $actual = [];
        foreach (get_object_vars($value) as $name => $v) {
            $actual[(string) $name] = $v;
        }
        foreach ($properties as $name => [$required, $check]) {
            $childpath = $path . '/' . self::pointer_segment($name);
            if (array_key_exists($name, $actual)) {
                $check($actual[$name], $childpath);
            } else if ($required) {
                $this->error($childpath, 'required', ['property' => $name]);
            }
        }
        $allitemproperties = array_merge(...array_values(self::ITEM_PROPERTIES));
        foreach (array_keys($actual) as $name) {
            if (array_key_exists($name, $properties)) {
                continue;
            }
            $childpath = $path . '/' . self::pointer_segment($name);
            if ($itemtype !== null && in_array($name, $allitemproperties, true)) {
                $this->error($childpath, 'forbidden', ['property' => $name, 'type' => $itemtype]);
            } else {
                $this->error($childpath, 'unknown', ['property' => $name]);
            }
        }
        return $actual;
    }

    /**
     * Checks an array: each element, then the number of elements.
     *
     * @param mixed $value
     * @param string $path
     * @param int $min minimum number of elements
     * @param int $max maximum number of elements
     * @param callable $check check(element, path) for each element
     */
    private function check_array(mixed $value, string $path, int $min, int $max, callable $check): void {
        if (!is_array($value)) {
            $this->error($path, 'type', ['expected' => 'array']);
            return;
        }
        foreach ($value as $index => $element) {
            $check($element, $path . '/' . $index);
        }
        if (count($value) < $min) {
            $this->error($path, 'minitems', ['min' => $min]);
        } else if (count($value) > $max) {
            $this->error($path, 'maxitems', ['max' => $max]);
        }
    }

    /**
     * Checks a localised text: de and en, optionally more languages, each a non-blank string.
     *
     * @param mixed $value
     * @param string $path
     * @param int $max maximum length of each translation
     */
    private function check_langstrings(mixed $value, string $path, int $max): void {
        if (!is_object($value)) {
            $this->error($path, 'type', ['expected' => 'object']);
            return;
        }
        $strings = [];
        foreach (get_object_vars($value) as $lang => $string) {
            $strings[(string) $lang] = $string;
        }
        foreach (self::REQUIRED_LANGS as $lang) {
            if (array_key_exists($lang, $strings)) {
                $this->check_string($strings[$lang], $path . '/' . $lang, $max);
            } else {
                $this->error($path . '/' . $lang, 'required', ['property' => $lang]);
            }
        }
        $others = array_diff_key($strings, array_flip(self::REQUIRED_LANGS));
        foreach ($others as $lang => $string) {
            $this->check_string($string, $path . '/' . self::pointer_segment($lang), $max);
        }
        foreach (array_keys($others) as $lang) {
            if (!preg_match('/' . self::LANG_PATTERN . '/', $lang)) {
                $this->error($path . '/' . self::pointer_segment($lang), 'pattern', ['pattern' => self::LANG_PATTERN]);
            }
        }
    }

    /**
     * Checks a translation: a string with a non-blank character, at most $max UTF-16 code units long.
     *
     * @param mixed $value
     * @param string $path
     * @param int $max
     */
    private function check_string(mixed $value, string $path, int $max): void {
        if (!is_string($value)) {
            $this->error($path, 'type', ['expected' => 'string']);
            return;
        }
        if (!preg_match('/(*UCP)\S/u', $value)) {
            $this->error($path, 'minlength', ['min' => 1]);
        }
        if (strlen(mb_convert_encoding($value, 'UTF-16LE', 'UTF-8')) / 2 > $max) {
            $this->error($path, 'maxlength', ['max' => $max]);
        }
    }

    /**
     * Checks a key (idnumber, dimension, item or option key).
     *
     * @param mixed $value
     * @param string $path
     */
    private function check_key(mixed $value, string $path): void {
        if (!is_string($value)) {
            $this->error($path, 'type', ['expected' => 'string']);
        } else if (!preg_match('/' . self::KEY_PATTERN . '/', $value)) {
            $this->error($path, 'pattern', ['pattern' => self::KEY_PATTERN]);
        }
    }

    /**
     * Checks a weight: a number greater than 0 and at most MAX_WEIGHT.
     *
     * @param mixed $value
     * @param string $path
     */
    private function check_weight(mixed $value, string $path): void {
        $this->check_number($value, $path, 0, self::MAX_WEIGHT, true);
    }

    /**
     * Checks a number within a range.
     *
     * @param mixed $value
     * @param string $path
     * @param int|float $min
     * @param int|float $max
     * @param bool $exclusivemin whether $min itself is out of range
     */
    private function check_number(mixed $value, string $path, int|float $min, int|float $max, bool $exclusivemin): void {
        if (!is_int($value) && !is_float($value)) {
            $this->error($path, 'type', ['expected' => 'number']);
        } else if (($exclusivemin ? $value <= $min : $value < $min) || $value > $max) {
            $this->error($path, 'range', ['min' => $min, 'max' => $max, 'exclusivemin' => $exclusivemin]);
        }
    }

    /**
     * Checks an integer within a range (1.0 counts as an integer, as in JSON Schema).
     *
     * @param mixed $value
     * @param string $path
     * @param int $min
     * @param int $max
     */
    private function check_integer(mixed $value, string $path, int $min, int $max): void {
        if (!self::is_integer($value)) {
            $this->error($path, 'type', ['expected' => 'integer']);
        } else if ($value < $min || $value > $max) {
            $this->error($path, 'range', ['min' => $min, 'max' => $max, 'exclusivemin' => false]);
        }
    }

    /**
     * Checks a boolean.
     *
     * @param mixed $value
     * @param string $path
     */
    private function check_boolean(mixed $value, string $path): void {
        if (!is_bool($value)) {
            $this->error($path, 'type', ['expected' => 'boolean']);
        }
    }

    /**
     * Checks a value against a list of allowed strings.
     *
     * @param mixed $value
     * @param string $path
     * @param string[] $allowed
     */
    private function check_enum(mixed $value, string $path, array $allowed): void {
        if (!in_array($value, $allowed, true)) {
            $this->error($path, 'enum', ['allowed' => implode(', ', $allowed)]);
        }
    }

    /**
     * Checks a value that must be exactly one string or integer.
     *
     * @param mixed $value
     * @param string $path
     * @param string|int $expected
     */
    private function check_const(mixed $value, string $path, string|int $expected): void {
        $same = is_int($expected) ? self::is_integer($value) && (int) $value === $expected : $value === $expected;
        if (!$same) {
            $this->error($path, 'const', ['expected' => json_encode($expected)]);
        }
    }

    /**
     * Whether a decoded JSON value is an integer (1.0 included).
     *
     * @param mixed $value
     * @return bool
     */
    private static function is_integer(mixed $value): bool {
        return is_int($value) || (is_float($value) && is_finite($value) && floor($value) === $value
            && abs($value) <= 9007199254740991);
    }

    /**
     * Records an error.
     *
     * @param string $path JSON pointer
     * @param string $code one of self::CODES
     * @param array<string, scalar> $params values for the language string
     */
    private function error(string $path, string $code, array $params = []): void {
        $this->errors[] = ['path' => $path, 'code' => $code, 'params' => $params];
    }
}
