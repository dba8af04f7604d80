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
use mod_devcircle\instance;
use mod_devcircle\pads\method_templates;
use mod_devcircle\pads\pad;
use mod_devcircle\pads\pad_actions;

/**
 * The pads section of a circle's page: the circle pad, method pads and session minutes with
 * the time of their last snapshot, and for moderators a form to start a pad from a method
 * template. Gets everything it shows handed in.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pads_section implements named_templatable, renderable {
    /**
     * Creates the section.
     *
     * @param instance $instance the circle
     * @param pad[] $pads the circle's pads
     * @param array<int, int> $lastsnapshots pad id => time of its last snapshot
     * @param int $userid the viewing user
     * @param bool $configured whether an Etherpad server is configured
     * @param string[] $templates the keys of the method templates
     * @param string $userlang the viewer's language
     */
    public function __construct(
        /** @var instance the circle */
        private readonly instance $instance,
        /** @var pad[] the circle's pads */
        private readonly array $pads,
        /** @var array<int, int> pad id => time of its last snapshot */
        private readonly array $lastsnapshots,
        /** @var int the viewing user */
        private readonly int $userid,
        /** @var bool whether an Etherpad server is configured */
        private readonly bool $configured,
        /** @var string[] the keys of the method templates */
        private readonly array $templates,
        /** @var string the viewer's language */
        private readonly string $userlang,
    ) {
    }

    /**
     * The template.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'mod_devcircle/pads_section';
    }

    /**
     * Exports the data for the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = $this->instance->get_context();
        $canmanage = $this->instance->can_manage_pads($this->userid);
        $format = get_string('strftimedatetimeshort', 'langconfig');
        $pads = [];
        foreach ($this->pads as $pad) {
            $last = $this->lastsnapshots[$pad->get_id()] ?? 0;
            $pads[] = [
                'id' => $pad->get_id(),
                // HTML made by Moodle: {{{name}}}.
                'name' => format_string($pad->get_name(), true, ['context' => $context]),
                // For the question before deleting (an attribute: plain text).
                'plainname' => format_string($pad->get_name(), true, ['context' => $context, 'escape' => false]),
                'kind' => get_string('padkind_' . $pad->get_kind(), 'mod_devcircle'),
                'url' => pad_actions::pad_url($pad)->out(false),
                'historyurl' => pad_actions::history_url($pad)->out(false),
                'lastsnapshot' => $last ? userdate($last, $format) : '',
                'candelete' => $canmanage && $pad->get_kind() === pad::KIND_METHOD,
            ];
        }
        $lang = str_starts_with($this->userlang, 'de') ? 'de' : 'en';
        $templates = [];
        foreach ($this->templates as $key) {
            $templates[] = ['value' => $key, 'label' => get_string('padtemplate_' . $key, 'mod_devcircle')];
        }
        $languages = [];
        foreach (method_templates::LANGUAGES as $code) {
            $languages[] = ['value' => $code, 'label' => get_string('padlanguage_' . $code, 'mod_devcircle'),
                'selected' => $code === $lang];
        }
        return [
            'cmid' => $this->instance->get_cm_id(),
            'haspads' => !empty($pads),
            'pads' => $pads,
            'canmanage' => $canmanage,
            'configured' => $this->configured,
            'actionurl' => (new \moodle_url('/mod/devcircle/padaction.php'))->out(false),
            'sesskey' => sesskey(),
            'templates' => $templates,
            'languages' => $languages,
        ];
    }
}
