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

namespace local_digitalstrategy\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\local\campaign\feedback_ampel;

/**
 * Means on the −2…+2 scale as horizontal bars with the target band drawn behind them: an SVG
 * drawn on the server (no script), hidden from screen readers because the table beside it holds
 * the same values with their Ampel in words.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_band_chart implements named_templatable, renderable {
    /** @var int width of the plot in SVG units */
    private const PLOT = 400;
    /** @var int room for the labels left of the plot */
    private const LABELS = 220;
    /** @var int height of one row */
    private const ROW = 28;

    /**
     * Creates the chart.
     *
     * @param string $caption what the rows are (plain text)
     * @param array<int, array{label: string, mean: ?float}> $rows label (plain text) and mean (null: not shown)
     * @param feedback_ampel $ampel the band and thresholds
     */
    public function __construct(
        /** @var string what the rows are */
        private readonly string $caption,
        /** @var array rows: label, mean */
        private readonly array $rows,
        /** @var feedback_ampel the band and thresholds */
        private readonly feedback_ampel $ampel,
    ) {
    }

    /**
     * The template.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/feedback_band_chart';
    }

    /**
     * Where a value of the scale lies on the x axis.
     *
     * @param float $value −2…+2
     * @return float
     */
    private static function x(float $value): float {
        return round(self::LABELS + (max(-2.0, min(2.0, $value)) + 2) / 4 * self::PLOT, 1);
    }

    /**
     * The data of the template: coordinates only, no markup.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $rows = [];
        $zero = self::x(0);
        foreach (array_values($this->rows) as $i => $row) {
            $mean = $row['mean'];
            $y = 10 + $i * self::ROW;
            $rows[] = [
                'label' => \core_text::strlen($row['label']) > 34 ? \core_text::substr($row['label'], 0, 33) . '…' : $row['label'],
                'y' => $y,
                'texty' => $y + 15,
                'hasmean' => $mean !== null,
                'barx' => $mean === null ? $zero : min($zero, self::x($mean)),
                'barwidth' => $mean === null ? 0 : abs(self::x($mean) - $zero),
                'mean' => $mean === null ? '' : format_float($mean, 2),
                'meanx' => self::x(2) + 8,
                'colour' => $mean === null ? '' : $this->ampel->colour($mean),
            ];
        }
        $height = 30 + count($rows) * self::ROW;
        $ticks = [];
        foreach ([-2, -1, 0, 1, 2] as $value) {
            $ticks[] = ['x' => self::x($value), 'label' => ($value > 0 ? '+' : '') . $value];
        }
        return [
            'caption' => $this->caption,
            'width' => self::LABELS + self::PLOT + 60,
            'height' => $height,
            'plottop' => 5,
            'plotheight' => $height - 25,
            'ticky' => $height - 5,
            'bandx' => self::x($this->ampel->low),
            'bandwidth' => max(1, self::x($this->ampel->high) - self::x($this->ampel->low)),
            'zero' => $zero,
            'ticks' => $ticks,
            'rows' => $rows,
        ];
    }
}
