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

namespace mod_devcircle\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;

/**
 * The main page of a development circle: a frame around its sections.
 *
 * Each part of the circle (sessions and webinars, pads, …) is a renderable of its own with its
 * own template, handed in by view.php; the page renders them in order. So each part can change
 * without touching the others.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class view_page implements named_templatable, renderable {
    /**
     * Creates the page.
     *
     * @param int $cmid course module id of the circle
     * @param int $circleid id of the circle
     * @param renderable[] $sections the sections of the page, in order
     */
    public function __construct(
        /** @var int course module id of the circle */
        private readonly int $cmid,
        /** @var int id of the circle */
        private readonly int $circleid,
        /** @var renderable[] the sections of the page, in order */
        private readonly array $sections = [],
    ) {
    }

    /**
     * Returns the name of the template that renders the page.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'mod_devcircle/view';
    }

    /**
     * Exports the data for the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $sections = [];
        foreach ($this->sections as $section) {
            $sections[] = ['html' => $output->render($section)];
        }
        return [
            'cmid' => $this->cmid,
            'circleid' => $this->circleid,
            'sections' => $sections,
        ];
    }
}
