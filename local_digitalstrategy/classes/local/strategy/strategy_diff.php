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
 * What changed between two versions of a strategy: vision and values, goals added, removed or
 * changed field by field (matched by id), experiment fields chosen, dropped or with changed
 * steps; texts with a word-level diff.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_diff {
    /** @var int Largest product of the two texts' token counts compared word by word. */
    private const MAX_CELLS = 250000;
    /** @var string[] Properties of a goal that are texts (diffed word by word). */
    private const GOAL_TEXTS = ['title', 'rationale', 'target'];

    /**
     * The changes from one version to another, in the order: vision, values, goals, fields.
     *
     * @param strategy $old
     * @param strategy $new
     * @return array[] area (vision, guidingvalues, goal, field), kind (changed, added, removed), label
     *     (goal title or field name, '' for vision and values), property (goal property, 'steps' for a
     *     field, '' otherwise), old, new (raw values), words (segments of words(), null when not a text)
     */
    public static function between(strategy $old, strategy $new): array {
        $changes = [];
        foreach (['vision', 'guidingvalues'] as $area) {
            if ($old->$area !== $new->$area) {
                $changes[] = self::change($area, 'changed', '', '', $old->$area, $new->$area, true);
            }
        }
        $oldgoals = [];
        foreach ($old->goals as $goal) {
            $oldgoals[$goal->id] = $goal;
        }
        foreach ($new->goals as $goal) {
            $before = $oldgoals[$goal->id] ?? null;
            unset($oldgoals[$goal->id]);
            if (!$before) {
                $changes[] = self::change('goal', 'added', $goal->title, '', null, $goal->title, false);
                continue;
            }
            foreach (goal::COMPARED as $property) {
                if ($before->$property !== $goal->$property) {
                    $text = in_array($property, self::GOAL_TEXTS, true);
                    $was = $before->$property;
                    $changes[] = self::change('goal', 'changed', $goal->title, $property, $was, $goal->$property, $text);
                }
            }
        }
        foreach ($oldgoals as $goal) {
            $changes[] = self::change('goal', 'removed', $goal->title, '', $goal->title, null, false);
        }
        $oldfields = [];
        foreach ($old->fields as $field) {
            $oldfields[(int) $field['fieldid']] = $field;
        }
        foreach ($new->fields as $field) {
            $label = strategy_field_repository::display_name($field['idnumber'], $field['name']);
            $before = $oldfields[(int) $field['fieldid']] ?? null;
            unset($oldfields[(int) $field['fieldid']]);
            if (!$before) {
                $changes[] = self::change('field', 'added', $label, '', null, $field['steps'], false);
            } else if ($before['steps'] !== $field['steps']) {
                $changes[] = self::change('field', 'changed', $label, 'steps', $before['steps'], $field['steps'], true);
            }
        }
        foreach ($oldfields as $field) {
            $label = strategy_field_repository::display_name($field['idnumber'], $field['name']);
            $changes[] = self::change('field', 'removed', $label, '', $field['steps'], null, false);
        }
        return $changes;
    }

    /**
     * One change.
     *
     * @param string $area
     * @param string $kind
     * @param string $label
     * @param string $property
     * @param mixed $old
     * @param mixed $new
     * @param bool $text whether to diff word by word
     * @return array
     */
    private static function change(string $area, string $kind, string $label, string $property, $old, $new, bool $text): array {
        return [
            'area' => $area, 'kind' => $kind, 'label' => $label, 'property' => $property, 'old' => $old, 'new' => $new,
            'words' => $text ? self::words((string) $old, (string) $new) : null,
        ];
    }

    /**
     * A word-level diff of two texts: runs of kept, removed and added words (with the white space
     * between them), by the longest common subsequence of their words. Texts too long to compare
     * word by word come back as one removed and one added run.
     *
     * @param string $old
     * @param string $new
     * @return array[] type (same, removed, added), text
     */
    public static function words(string $old, string $new): array {
        $a = self::tokens($old);
        $b = self::tokens($new);
        $n = count($a);
        $m = count($b);
        $ops = [];
        if ($n * $m > self::MAX_CELLS) {
            $ops = array_merge(array_map(fn($t) => ['removed', $t], $a), array_map(fn($t) => ['added', $t], $b));
        } else {
            // Lengths of the longest common subsequences of the suffixes.
            $lcs = array_fill(0, $n + 1, array_fill(0, $m + 1, 0));
            for ($i = $n - 1; $i >= 0; $i--) {
                for ($j = $m - 1; $j >= 0; $j--) {
                    $lcs[$i][$j] = $a[$i] === $b[$j] ? $lcs[$i + 1][$j + 1] + 1 : max($lcs[$i + 1][$j], $lcs[$i][$j + 1]);
                }
            }
            $i = 0;
            $j = 0;
            while ($i < $n || $j < $m) {
                if ($i < $n && $j < $m && $a[$i] === $b[$j]) {
                    $ops[] = ['same', $a[$i++]];
                    $j++;
                } else if ($i < $n && ($j === $m || $lcs[$i + 1][$j] >= $lcs[$i][$j + 1])) {
                    // Removed words come before the words that replace them.
                    $ops[] = ['removed', $a[$i++]];
                } else {
                    $ops[] = ['added', $b[$j++]];
                }
            }
        }
        $segments = [];
        foreach ($ops as [$type, $token]) {
            $last = count($segments) - 1;
            if ($last >= 0 && $segments[$last]['type'] === $type) {
                $segments[$last]['text'] .= $token;
            } else {
                $segments[] = ['type' => $type, 'text' => $token];
            }
        }
        return $segments;
    }

    /**
     * The words of a text and the white space between them, as separate tokens.
     *
     * @param string $text
     * @return string[]
     */
    private static function tokens(string $text): array {
        if ($text === '') {
            return [];
        }
        preg_match_all('/\s+|\S+/u', $text, $matches);
        return $matches[0];
    }
}
