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

/**
 * What changed between two versions of a strategy, field by field and word by word.
 *
 * @package    local_digitalstrategy
 * @category   test
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \local_digitalstrategy\local\strategy\strategy_diff
 */
#[\PHPUnit\Framework\Attributes\CoversClass(strategy_diff::class)]
final class strategy_diff_test extends \advanced_testcase {
    /**
     * A strategy as adopted.
     *
     * @param string $vision
     * @param goal[] $goals
     * @param array[] $fields
     * @return strategy
     */
    private static function version(string $vision, array $goals, array $fields): strategy {
        return new strategy(1, 1, strategy::ADOPTED, $vision, 'Teilhabe', 1, 1, $goals, $fields);
    }

    /**
     * A goal.
     *
     * @param int $id
     * @param string $title
     * @param int $duedate
     * @return goal
     */
    private static function goal(int $id, string $title, int $duedate = 0): goal {
        return new goal($id, 1, $title, 'Weil', '60 Punkte', $duedate, 'culture', 25.0, 3);
    }

    public function test_words_keeps_common_words_and_marks_removed_and_added_ones(): void {
        $segments = strategy_diff::words('Digital & nah bei den Menschen', 'Digital & ganz nah bei "allen" Menschen');

        $this->assertSame([
            ['type' => 'same', 'text' => 'Digital & '],
            ['type' => 'added', 'text' => 'ganz '],
            ['type' => 'same', 'text' => 'nah bei '],
            ['type' => 'removed', 'text' => 'den'],
            ['type' => 'added', 'text' => '"allen"'],
            ['type' => 'same', 'text' => ' Menschen'],
        ], $segments);
        $this->assertSame('Digital & ganz nah bei "allen" Menschen', implode('', array_column(
            array_filter($segments, fn($s) => $s['type'] !== 'removed'),
            'text'
        )));
    }

    public function test_words_of_an_empty_text_are_all_added(): void {
        $this->assertSame([['type' => 'added', 'text' => 'Kinder < 6 🙂']], strategy_diff::words('', 'Kinder < 6 🙂'));
        $this->assertSame([], strategy_diff::words('', ''));
    }

    public function test_between_lists_vision_goals_and_fields_that_changed(): void {
        $old = self::version('Alt', [self::goal(1, 'Bleibt'), self::goal(2, 'Fällt weg')], [
            ['fieldid' => 5, 'idnumber' => 'servicedelivery', 'name' => '', 'steps' => 'Schritt 1'],
            ['fieldid' => 6, 'idnumber' => '', 'name' => 'Pflege & Doku', 'steps' => 'x'],
        ]);
        $new = self::version('Neu', [self::goal(1, 'Bleibt', 1790000000), self::goal(3, 'Kommt dazu')], [
            ['fieldid' => 5, 'idnumber' => 'servicedelivery', 'name' => '', 'steps' => 'Schritt 1 und 2'],
        ]);

        $changes = strategy_diff::between($old, $new);

        $summary = array_map(fn($c) => [$c['area'], $c['kind'], $c['label'], $c['property']], $changes);
        $this->assertSame([
            ['vision', 'changed', '', ''],
            ['goal', 'changed', 'Bleibt', 'duedate'],
            ['goal', 'added', 'Kommt dazu', ''],
            ['goal', 'removed', 'Fällt weg', ''],
            ['field', 'changed', 'Service delivery', 'steps'],
            ['field', 'removed', 'Pflege & Doku', ''],
        ], $summary);
        $this->assertSame(0, $changes[1]['old']);
        $this->assertSame(1790000000, $changes[1]['new']);
        $this->assertNull($changes[1]['words']);
        $this->assertSame(
            [['type' => 'same', 'text' => 'Schritt 1'], ['type' => 'added', 'text' => ' und 2']],
            $changes[4]['words']
        );
    }

    public function test_between_two_equal_versions_finds_nothing(): void {
        $version = self::version('Gleich', [self::goal(1, 'Ziel')], []);
        $this->assertSame([], strategy_diff::between($version, $version));
    }

    public function test_a_version_survives_its_json_document_unchanged(): void {
        $version = self::version('<b>fett</b> & "Kinder < 6" 🙂', [self::goal(1, 'Ziel')], [
            ['fieldid' => 5, 'idnumber' => 'servicedelivery', 'name' => '', 'steps' => 'Schritt'],
        ]);
        $document = json_decode(json_encode($version->to_document(4)), true);

        $this->assertSame([], strategy_diff::between($version, strategy::from_document($document)));
        $this->assertSame(4, strategy::from_document($document)->adoptedversion);
    }
}
