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

use context_module;
use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use mod_devcircle\local\etherpad\client;
use mod_devcircle\local\pads\method_templates;
use mod_devcircle\pad;
use mod_devcircle\pad_snapshot;

/**
 * The pads section of a circle's page: the circle pad, method pads and session minutes with
 * their last snapshot, and for moderators a form to start a pad from a method template.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pads_section implements named_templatable, renderable {
    /**
     * Creates the section.
     *
     * @param int $cmid course module of the circle
     * @param pad[] $pads the circle's pads
     * @param context_module $context the circle's context
     */
    public function __construct(
        /** @var int course module of the circle */
        private readonly int $cmid,
        /** @var pad[] the circle's pads */
        private readonly array $pads,
        /** @var context_module the circle's context */
        private readonly context_module $context,
    ) {
    }

    /**
     * The section for a circle; its circle pad is created in Moodle on the first visit.
     *
     * @param \cm_info|\stdClass $cm the circle's course module
     * @param context_module $context its context
     * @return self
     */
    public static function for_circle(\cm_info|\stdClass $cm, context_module $context): self {
        (new \mod_devcircle\local\pads\pad_service(null))->get_or_create_circle_pad((int) $cm->instance, $cm->name);
        return new self((int) $cm->id, pad::get_for_circle((int) $cm->instance), $context);
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
        $canmanage = has_capability('mod/devcircle:managepads', $this->context);
        $pads = [];
        foreach ($this->pads as $pad) {
            $latest = pad_snapshot::get_latest($pad->get_id());
            $pads[] = [
                'id' => $pad->get_id(),
                'name' => format_string($pad->get_name(), true, ['context' => $this->context]),
                'kind' => get_string('padkind_' . $pad->get_kind(), 'mod_devcircle'),
                'url' => (new \moodle_url('/mod/devcircle/pad.php', ['id' => $pad->get_id()]))->out(false),
                'historyurl' => (new \moodle_url('/mod/devcircle/padhistory.php', ['id' => $pad->get_id()]))->out(false),
                'lastsnapshot' => $latest ? userdate($latest->get_time_created(), get_string('strftimedatetimeshort', 'langconfig'))
                    : '',
                'candelete' => $canmanage && $pad->get_kind() === pad::KIND_METHOD,
            ];
        }
        $userlang = current_language() === 'de' || str_starts_with(current_language(), 'de_') ? 'de' : 'en';
        $templates = [];
        foreach (method_templates::keys() as $key) {
            $templates[] = ['value' => $key, 'label' => get_string('padtemplate_' . $key, 'mod_devcircle')];
        }
        $languages = [];
        foreach (method_templates::LANGUAGES as $lang) {
            $languages[] = ['value' => $lang, 'label' => get_string('padlanguage_' . $lang, 'mod_devcircle'),
                'selected' => $lang === $userlang];
        }
        return [
            'cmid' => $this->cmid,
            'haspads' => !empty($pads),
            'pads' => $pads,
            'canmanage' => $canmanage,
            'configured' => client::is_configured(),
            'actionurl' => (new \moodle_url('/mod/devcircle/padaction.php'))->out(false),
            'sesskey' => sesskey(),
            'templates' => $templates,
            'languages' => $languages,
        ];
    }
}
