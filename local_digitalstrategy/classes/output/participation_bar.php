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
use local_digitalstrategy\local\campaign\participation_repository;

/**
 * A participation bar: responded of invited against the target share, with the figures as text.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class participation_bar implements named_templatable, renderable {
    /**
     * Creates the bar.
     *
     * @param int $responded
     * @param int $invited
     * @param int $target percent
     */
    public function __construct(
        /** @var int Who responded. */
        private readonly int $responded,
        /** @var int Who was invited. */
        private readonly int $invited,
        /** @var int The target in percent. */
        private readonly int $target,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/participation_bar';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $percent = participation_repository::percent($this->responded, $this->invited);
        $a = (object) [
            'responded' => $this->responded,
            'invited' => $this->invited,
            'percent' => format_float($percent, 1, true, true),
            'target' => $this->target,
        ];
        return [
            'percent' => (int) round($percent),
            'target' => $this->target,
            'reached' => $this->invited > 0 && $percent >= $this->target,
            'text' => get_string('participation_text', 'local_digitalstrategy', $a),
        ];
    }
}
