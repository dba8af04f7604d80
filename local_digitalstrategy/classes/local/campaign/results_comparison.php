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

namespace local_digitalstrategy\local\campaign;

/**
 * Two waves of the same instrument side by side: per item both waves have (same key), the mean
 * and the percentages of each answer in wave A and wave B and the difference B − A.
 *
 * The k rule holds for each wave: when either wave's group is smaller than k, no item is
 * compared (rows() is empty) and the page says which wave is too small.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class results_comparison {
    /**
     * Creates the comparison.
     *
     * @param results_summary $a wave A (the earlier one)
     * @param results_summary $b wave B
     */
    public function __construct(
        /** @var results_summary wave A */
        public readonly results_summary $a,
        /** @var results_summary wave B */
        public readonly results_summary $b,
    ) {
    }

    /**
     * Whether both waves are large enough to be shown.
     *
     * @return bool
     */
    public function is_shown(): bool {
        return !$this->a->suppressed && !$this->b->suppressed;
    }

    /**
     * The compared items, in wave B's order: key, text, type, mean A and B and their difference
     * (null where an item has no mean), and per answer the percentage in A and B and the
     * difference in percentage points. Free-text items are left out.
     *
     * @return array<int, array<string, mixed>>
     */
    public function rows(): array {
        if (!$this->is_shown()) {
            return [];
        }
        $rows = [];
        foreach ($this->b->items as $key => $itemb) {
            $itema = $this->a->items[$key] ?? null;
            if ($itema === null || $itemb->type === 'text' || $itema->type !== $itemb->type) {
                continue;
            }
            $options = [];
            foreach ($itemb->options as $option) {
                $percenta = $itema->percent_of($option['value']);
                $options[] = [
                    'value' => $option['value'],
                    'label' => $option['label'],
                    'percenta' => $percenta,
                    'percentb' => $option['percent'],
                    'diff' => $percenta === null ? null : round($option['percent'] - $percenta, 1),
                ];
            }
            $rows[] = [
                'key' => $key,
                'text' => $itemb->text,
                'type' => $itemb->type,
                'answereda' => $itema->answered,
                'answeredb' => $itemb->answered,
                'meana' => $itema->mean,
                'meanb' => $itemb->mean,
                'diff' => $itema->mean !== null && $itemb->mean !== null ? $itemb->mean - $itema->mean : null,
                'options' => $options,
            ];
        }
        return $rows;
    }
}
