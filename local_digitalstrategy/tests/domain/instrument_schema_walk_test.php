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
 * The PHP validator enforces every rule of db/instruments/schema.json as the zod schema does.
 *
 * The cases come from walking schema.json rule by rule (tests/unit/support/instrument_schema_cases.ts
 * in the repository writes tests/fixtures/instruments/schema-cases.json; the vitest test
 * tests/unit/instrument_schema_walk.test.ts runs the same cases through the zod schema and fails
 * when the file is out of date). Each case changes the valid base document so that it breaks
 * exactly one rule (or sits exactly on a bound) and names the errors both validators report.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\questionnaire\instrument_validator
 */
#[\PHPUnit\Framework\Attributes\CoversClass(\local_digitalstrategy\local\questionnaire\instrument_validator::class)]
final class instrument_schema_walk_test extends \PHPUnit\Framework\TestCase {
    /** @var string Folder of the fixtures. */
    private const FIXTURES = __DIR__ . '/../fixtures/instruments';

    /**
     * The cases derived from schema.json.
     *
     * @return array<string, array{0: array, 1: array}> name => [patches, expected errors]
     */
    public static function schema_cases(): array {
        $file = json_decode(file_get_contents(self::FIXTURES . '/schema-cases.json'));
        $cases = [];
        foreach ($file->cases as $case) {
            $errors = array_map(fn($e) => ['path' => $e->path, 'code' => $e->code], $case->errors);
            $cases[$case->name . ' (' . $case->rule . ')'] = [$case->patches, $errors];
        }
        return $cases;
    }

    public function test_the_cases_cover_the_schema(): void {
        $file = json_decode(file_get_contents(self::FIXTURES . '/schema-cases.json'));

        $this->assertGreaterThan(200, count($file->cases));
        $this->assertFileExists(self::FIXTURES . '/' . $file->base);
    }

    /**
     * A document breaking one rule of schema.json gets the errors the zod schema reports too.
     *
     * @dataProvider schema_cases
     * @param array $patches changes of the base document
     * @param array $expected errors (path and code); none for a document at a bound
     */
    #[\PHPUnit\Framework\Attributes\DataProvider('schema_cases')]
    public function test_a_rule_of_the_schema_is_enforced_like_the_zod_side(array $patches, array $expected): void {
        $base = json_decode(file_get_contents(self::FIXTURES . '/' . json_decode(
            file_get_contents(self::FIXTURES . '/schema-cases.json')
        )->base));

        $errors = (new instrument_validator())->validate_decoded(self::apply($base, $patches));

        $this->assertSame($expected, array_map(fn($e) => ['path' => $e['path'], 'code' => $e['code']], $errors));
    }

    /**
     * Applies the changes of a case, as tests/unit/support/instrument_schema_cases.ts does.
     *
     * @param mixed $document the decoded base document (objects as stdClass)
     * @param array $patches
     * @return mixed
     */
    private static function apply(mixed $document, array $patches): mixed {
        foreach ($patches as $patch) {
            if ($patch->path === '') {
                $document = $patch->op === 'set' ? $patch->value : $document;
                continue;
            }
            $segments = array_map(
                fn($s) => str_replace(['~1', '~0'], ['/', '~'], $s),
                array_slice(explode('/', $patch->path), 1)
            );
            $last = array_pop($segments);
            $document = self::change($document, $segments, function ($container) use ($patch, $last) {
                $value = match ($patch->op) {
                    'set' => $patch->value,
                    'fill' => str_repeat('x', $patch->length),
                    'resize' => self::resize(is_array($container) ? $container[$last] : $container->$last, $patch->length),
                    default => null,
                };
                if (is_array($container)) {
                    $container[(int) $last] = $value;
                } else if ($patch->op === 'delete') {
                    unset($container->$last);
                } else {
                    $container->$last = $value;
                }
                return $container;
            });
        }
        return $document;
    }

    /**
     * Changes the container at a path, copying arrays on the way (objects are changed in place).
     *
     * @param mixed $node
     * @param string[] $segments path to the container
     * @param callable $change receives the container, returns it changed
     * @return mixed
     */
    private static function change(mixed $node, array $segments, callable $change): mixed {
        if (!$segments) {
            return $change($node);
        }
        $segment = array_shift($segments);
        if (is_array($node)) {
            $node[(int) $segment] = self::change($node[(int) $segment], $segments, $change);
        } else {
            $node->$segment = self::change($node->$segment, $segments, $change);
        }
        return $node;
    }

    /**
     * Truncates a list, or extends it with copies of its last entry whose "key" values get the
     * suffix _c<index>.
     *
     * @param array $list
     * @param int $length
     * @return array
     */
    private static function resize(array $list, int $length): array {
        $template = end($list);
        $list = array_slice($list, 0, $length);
        while (count($list) < $length) {
            $list[] = self::rename_keys(json_decode(json_encode($template)), count($list));
        }
        return $list;
    }

    /**
     * A copy of an entry with every "key" made unique.
     *
     * @param mixed $value
     * @param int $index
     * @return mixed
     */
    private static function rename_keys(mixed $value, int $index): mixed {
        if (is_array($value)) {
            return array_map(fn($v) => self::rename_keys($v, $index), $value);
        }
        if (is_object($value)) {
            foreach (get_object_vars($value) as $name => $v) {
                $value->$name = $name === 'key' && is_string($v) ? $v . '_c' . $index : self::rename_keys($v, $index);
            }
        }
        return $value;
    }
}
