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
use mod_devcircle\local\etherpad\health_check;

/**
 * The results of the Etherpad health check, one row per check with its status and explanation.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class health_report implements named_templatable, renderable {
    /**
     * Creates the report.
     *
     * @param array<int, array{check: string, status: string, message: string}> $results results of {@see health_check::run()}
     */
    public function __construct(
        /** @var array results of the health check */
        private readonly array $results,
    ) {
    }

    /**
     * The template.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'mod_devcircle/health_report';
    }

    /**
     * Exports the data for the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $classes = [
            health_check::OK => 'bg-success text-white',
            health_check::WARNING => 'bg-warning text-dark',
            health_check::ERROR => 'bg-danger text-white',
            health_check::SKIPPED => 'bg-secondary text-white',
        ];
        $rows = [];
        $allok = true;
        foreach ($this->results as $r) {
            $allok = $allok && $r['status'] === health_check::OK;
            $rows[] = [
                'check' => $r['check'],
                'label' => get_string('health_check_' . $r['check'], 'mod_devcircle'),
                'status' => $r['status'],
                'statuslabel' => get_string('health_status_' . $r['status'], 'mod_devcircle'),
                'badgeclass' => $classes[$r['status']] ?? 'bg-secondary text-white',
                'message' => $r['message'],
            ];
        }
        return ['rows' => $rows, 'allok' => $allok];
    }
}
