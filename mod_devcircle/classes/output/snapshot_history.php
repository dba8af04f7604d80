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
use mod_devcircle\pads\pad_actions;
use mod_devcircle\pads\pad_snapshot;

/**
 * The history of a pad: its snapshots, newest first, with when, why, who asked for it and who
 * wrote since the copy before; each can be read, and restored by users with the capability.
 * Gets everything it shows handed in, the names of the users included.
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class snapshot_history implements named_templatable, renderable {
    /**
     * Creates the history.
     *
     * @param pad $pad the pad
     * @param pad_snapshot[] $snapshots its snapshots, newest first
     * @param array<int, string> $usernames user id => full name, for who asked and who wrote
     * @param bool $canrestore whether the user may restore a snapshot
     */
    public function __construct(
        /** @var pad the pad */
        private readonly pad $pad,
        /** @var pad_snapshot[] its snapshots, newest first */
        private readonly array $snapshots,
        /** @var array<int, string> user id => full name */
        private readonly array $usernames,
        /** @var bool whether the user may restore a snapshot */
        private readonly bool $canrestore,
    ) {
    }

    /**
     * The ids of the users a history names, for loading their names.
     *
     * @param pad_snapshot[] $snapshots the snapshots
     * @return int[]
     */
    public static function user_ids(array $snapshots): array {
        $ids = [];
        foreach ($snapshots as $snapshot) {
            $ids[] = $snapshot->get_user_id();
            array_push($ids, ...$snapshot->get_author_ids());
        }
        return array_values(array_filter(array_unique($ids)));
    }

    /**
     * The template.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'mod_devcircle/snapshot_history';
    }

    /**
     * Exports the data for the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = $this->pad->get_context();
        $name = fn(int $id): string => $this->usernames[$id] ?? get_string('unknownuser');
        $rows = [];
        foreach (array_values($this->snapshots) as $i => $snapshot) {
            $content = pad_page::snapshot_content($snapshot, $context);
            $rows[] = [
                'id' => $snapshot->get_id(),
                'time' => userdate($snapshot->get_time_created(), get_string('strftimedatetime', 'langconfig')),
                'reason' => get_string('padreason_' . $snapshot->get_reason(), 'mod_devcircle'),
                'by' => $snapshot->get_user_id() ? $name($snapshot->get_user_id()) : get_string('padbysystem', 'mod_devcircle'),
                'authors' => implode(', ', array_map($name, $snapshot->get_author_ids())),
                'html' => $content['html'],
                'text' => $content['text'],
                'current' => $i === 0,
                'canrestore' => $this->canrestore && $i > 0,
            ];
        }
        return [
            'padid' => $this->pad->get_id(),
            // HTML made by Moodle: {{{name}}}.
            'name' => format_string($this->pad->get_name(), true, ['context' => $context]),
            'padurl' => pad_actions::pad_url($this->pad)->out(false),
            'hassnapshots' => !empty($rows),
            'snapshots' => $rows,
            'actionurl' => (new \moodle_url('/mod/devcircle/padaction.php'))->out(false),
            'sesskey' => sesskey(),
        ];
    }
}
