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
use mod_devcircle\feedback\feedback_notifier;

/**
 * The feedback part of a circle's page: "give feedback" for each feedback form the viewer was
 * invited to and has not answered, and for those who manage feedback the link to its page.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_section implements named_templatable, renderable {
    /**
     * Creates the section.
     *
     * @param int $cmid the circle's course module
     * @param \context $context the circle's context
     * @param array<int, string> $pending names of the campaigns the viewer still owes feedback on, by id
     * @param bool $canmanage whether the viewer may manage feedback
     */
    public function __construct(
        /** @var int the circle's course module */
        private readonly int $cmid,
        /** @var \context the circle's context */
        private readonly \context $context,
        /** @var array<int, string> names of pending campaigns by id */
        private readonly array $pending,
        /** @var bool whether the viewer may manage feedback */
        private readonly bool $canmanage,
    ) {
    }

    /**
     * Whether there is anything to show.
     *
     * @return bool
     */
    public function has_content(): bool {
        return $this->pending || $this->canmanage;
    }

    /**
     * The template.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'mod_devcircle/feedback_section';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $pending = [];
        foreach ($this->pending as $campaignid => $name) {
            $pending[] = [
                // HTML made by Moodle: {{{name}}}.
                'name' => format_string($name, true, ['context' => $this->context]),
                'url' => feedback_notifier::respond_url($campaignid)->out(false),
            ];
        }
        return [
            'pending' => $pending,
            'haspending' => !empty($pending),
            'canmanage' => $this->canmanage,
            'manageurl' => $this->canmanage
                ? (new \moodle_url('/mod/devcircle/feedback.php', ['id' => $this->cmid]))->out(false) : '',
        ];
    }
}
