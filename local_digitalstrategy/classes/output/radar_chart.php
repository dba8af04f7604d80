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

/**
 * A radar chart of check scores (0–100 per dimension): the organisation's own scores and, when
 * the comparison may be shown, the anonymous average of the other organisations.
 *
 * The one way the suite exports radar data: the results page and the block both render this,
 * and the AMD module local_digitalstrategy/radar draws every such canvas from its data-radar
 * attribute. The page shows the same values as a table beside it.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class radar_chart implements named_templatable, renderable {
    /**
     * Creates the chart.
     *
     * @param string[] $labels dimension names (plain text)
     * @param array<int, float|null> $own own scores, in the order of the labels
     * @param array<int, float|null>|null $peers the peers' averages, null when the comparison is hidden
     * @param bool $small drawn small (the block)
     */
    public function __construct(
        /** @var string[] dimension names */
        private readonly array $labels,
        /** @var array<int, float|null> own scores */
        private readonly array $own,
        /** @var array<int, float|null>|null the peers' averages */
        private readonly ?array $peers,
        /** @var bool drawn small */
        private readonly bool $small = false,
    ) {
    }

    /**
     * The chart of result dimensions as result_summary::dimensions() gives them.
     *
     * @param array[] $dimensions name, score, peer
     * @param bool $peersavailable whether the comparison may be shown
     * @param bool $small drawn small (the block)
     * @return self
     */
    public static function from_dimensions(array $dimensions, bool $peersavailable, bool $small = false): self {
        return new self(
            array_column($dimensions, 'name'),
            array_column($dimensions, 'score'),
            $peersavailable ? array_column($dimensions, 'peer') : null,
            $small
        );
    }

    /**
     * The data the AMD module draws (and tests read).
     *
     * @return array{labels: string[], own: array, peers: array|null, ownlabel: string, peerslabel: string, small: bool}
     */
    public function get_data(): array {
        return [
            'labels' => array_values($this->labels),
            'own' => array_values($this->own),
            'peers' => $this->peers === null ? null : array_values($this->peers),
            'ownlabel' => get_string('yourorganisation', 'local_digitalstrategy'),
            'peerslabel' => get_string('peersdataset', 'local_digitalstrategy'),
            'small' => $this->small,
        ];
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/radar_chart';
    }

    /**
     * The data of the template: the chart's data as JSON for the data-radar attribute.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        return [
            'radar' => json_encode($this->get_data(), JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION),
            'small' => $this->small,
        ];
    }
}
