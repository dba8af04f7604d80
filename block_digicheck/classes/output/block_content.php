<?php
// This file is part of Moodle - http://moodle.org/
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
// along with Moodle.  If not, see <http://www.gnu.org/licenses/>.

namespace block_digicheck\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use moodle_url;

/**
 * Content of the Digitalisierungscheck block.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class block_content implements renderable, named_templatable {
    /**
     * Creates the content.
     *
     * @param moodle_url|null $overviewurl the programme overview, null when the viewer may not see all results
     */
    public function __construct(
        /** @var moodle_url|null the programme overview */
        private readonly ?moodle_url $overviewurl = null,
    ) {
    }

    /**
     * Returns the name of the template that renders the content.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'block_digicheck/block_content';
    }

    /**
     * Exports the data for the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        return [
            'hasresults' => false,
            'overviewurl' => $this->overviewurl?->out(false),
        ];
    }
}
