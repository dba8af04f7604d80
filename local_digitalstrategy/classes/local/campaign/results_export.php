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
 * The results of a campaign as a table for the export (CSV, Excel, ODS through safe_export).
 *
 * One row per item × answer — the per-item summary, not one row per response: an export of single
 * responses would carry the group of each response (field of work, pilot) and could single out
 * an organisation of an anonymous campaign in a small group; the summary obeys the k rule like
 * the page. Choice and scale items have one row per answer (count, percent of the item's
 * answers); numeric items carry mean and standard deviation on each of their rows; each
 * free-text answer is a row of its own. Texts are written as stored: safe_export neutralises
 * formulas.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class results_export {
    /**
     * The headings.
     *
     * @return string[]
     */
    public function columns(): array {
        $string = fn(string $key) => get_string('results_' . $key, 'local_digitalstrategy');
        return [$string('dimension'), $string('itemkey'), $string('question'), $string('answer'), $string('count'),
            $string('percent'), $string('answered'), $string('mean'), $string('sd')];
    }

    /**
     * The rows of a summary (none when the group is smaller than k).
     *
     * @param results_summary $summary read with all free-text answers (text limit -1)
     * @return \Generator<array>
     */
    public function rows(results_summary $summary): \Generator {
        if ($summary->suppressed) {
            return;
        }
        foreach ($summary->items as $item) {
            $mean = $item->mean === null ? null : round($item->mean, 2);
            $sd = $item->sd === null ? null : round($item->sd, 2);
            foreach ($item->options as $option) {
                yield [$item->dimension, $item->key, $item->text, $option['label'], $option['count'], $option['percent'],
                    $item->answered, $mean, $sd];
            }
            if ($item->dontknow) {
                yield [$item->dimension, $item->key, $item->text, get_string('dontknow', 'local_digitalstrategy'),
                    $item->dontknow, null, $item->answered, $mean, $sd];
            }
            foreach ($item->texts as $text) {
                yield [$item->dimension, $item->key, $item->text, $text, null, null, $item->answered, null, null];
            }
        }
    }
}
