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
use mod_devcircle\pads\pad;
use mod_devcircle\pads\pad_access;
use mod_devcircle\pads\pad_actions;
use mod_devcircle\pads\pad_snapshot;

/**
 * The page of one pad: Etherpad in an iframe sized to the page with a toolbar (full screen,
 * open in a new tab, copy the link, history), or the last snapshot read-only with a notice when
 * Etherpad cannot be reached. The AMD module mod_devcircle/pad loads the iframe and falls back
 * to the snapshot when the pad does not load in time.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pad_page implements named_templatable, renderable {
    /** @var int milliseconds the browser waits for the pad before showing the snapshot */
    public const LOAD_TIMEOUT_MS = 8000;

    /**
     * Creates the page.
     *
     * @param pad $pad the pad
     * @param pad_access|null $access how the user opens it, null when Etherpad is unavailable
     * @param string|null $problem plain-language reason Etherpad is unavailable
     * @param bool $canmanage whether the user may take snapshots
     * @param pad_snapshot|null $latest the last snapshot, shown when Etherpad is unavailable
     */
    public function __construct(
        /** @var pad the pad */
        private readonly pad $pad,
        /** @var pad_access|null how the user opens it, null when Etherpad is unavailable */
        private readonly ?pad_access $access,
        /** @var string|null plain-language reason Etherpad is unavailable */
        private readonly ?string $problem = null,
        /** @var bool whether the user may take snapshots */
        private readonly bool $canmanage = false,
        /** @var pad_snapshot|null the last snapshot */
        private readonly ?pad_snapshot $latest = null,
    ) {
    }

    /**
     * The template.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'mod_devcircle/pad';
    }

    /**
     * Exports the data for the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = $this->pad->get_context();
        $available = $this->access !== null;
        // Plain text for an attribute: Mustache escapes it once.
        $name = format_string($this->pad->get_name(), true, ['context' => $context, 'escape' => false]);
        return [
            'padid' => $this->pad->get_id(),
            'cmid' => $this->pad->get_cmid(),
            'frametitle' => get_string('padframetitle', 'mod_devcircle', $name),
            'available' => $available,
            'padurl' => $available ? $this->access->url : '',
            'readonly' => $available ? $this->access->readonly : true,
            'timeout' => self::LOAD_TIMEOUT_MS,
            'link' => pad_actions::pad_url($this->pad)->out(false),
            'historyurl' => pad_actions::history_url($this->pad)->out(false),
            'backurl' => (new \moodle_url('/mod/devcircle/view.php', ['id' => $this->pad->get_cmid()]))->out(false),
            'canmanage' => $this->canmanage,
            'actionurl' => (new \moodle_url('/mod/devcircle/padaction.php'))->out(false),
            'sesskey' => sesskey(),
            'fallback' => $available ? null : self::fallback_context((string) $this->problem, $this->latest, $context),
        ];
    }

    /**
     * The context of the template mod_devcircle/pad_fallback: the notice and the last snapshot.
     *
     * @param string $problem why the pad is not shown
     * @param pad_snapshot|null $snapshot the last snapshot
     * @param \context $context the circle's context
     * @return array
     */
    public static function fallback_context(string $problem, ?pad_snapshot $snapshot, \context $context): array {
        $content = $snapshot ? self::snapshot_content($snapshot, $context) : ['html' => '', 'text' => ''];
        return [
            'problem' => $problem,
            'hassnapshot' => $snapshot !== null,
            'snapshothtml' => $content['html'],
            'snapshottext' => $content['text'],
            'snapshottime' => $snapshot
                ? userdate($snapshot->get_time_created(), get_string('strftimedatetime', 'langconfig')) : '',
        ];
    }

    /**
     * What a snapshot shows: its HTML, cleaned by Moodle, or (when it has no HTML with text) its
     * plain text, which the template shows with its line breaks.
     *
     * @param pad_snapshot $snapshot the snapshot
     * @param \context $context the circle's context
     * @return array{html: string, text: string} one of the two is ''
     */
    public static function snapshot_content(pad_snapshot $snapshot, \context $context): array {
        $html = $snapshot->get_html();
        if (trim(strip_tags($html)) === '') {
            return ['html' => '', 'text' => $snapshot->get_text()];
        }
        return [
            'html' => format_text($html, FORMAT_HTML, ['context' => $context, 'noclean' => false, 'filter' => false]),
            'text' => '',
        ];
    }
}
