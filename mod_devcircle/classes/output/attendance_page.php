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
use local_digitalstrategy\local\plural;
use mod_devcircle\instance;
use mod_devcircle\webinar\attendance_report;
use mod_devcircle\webinar\session;
use moodle_url;

/**
 * The attendance report of a circle or of one of its sessions, grouped by organisation.
 * Gets the rows of the report handed in ({@see attendance_report}).
 *
 * @package    mod_devcircle
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class attendance_page implements named_templatable, renderable {
    /**
     * Creates the page.
     *
     * @param instance $instance the circle
     * @param session[] $sessions all sessions of the circle
     * @param \stdClass[] $rows the rows of the report, see attendance_report::for_session() and ::for_circle()
     * @param session|null $session the session shown, null for the whole circle
     */
    public function __construct(
        /** @var instance the circle */
        private readonly instance $instance,
        /** @var session[] all sessions of the circle */
        private readonly array $sessions,
        /** @var \stdClass[] the rows of the report */
        private readonly array $rows,
        /** @var session|null the session shown, null for the whole circle */
        private readonly ?session $session = null,
    ) {
    }

    /**
     * The template.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'mod_devcircle/attendance_report';
    }

    /**
     * Exports the data for the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = $this->instance->get_context();
        $noorg = get_string('attendance_noorganisation', 'mod_devcircle');
        $format = get_string('strftimedatetimeshort', 'langconfig');
        $groups = [];
        foreach (attendance_report::group_by_organisation($this->rows) as $organisation => $members) {
            $groups[] = [
                // Plain text from the database: Mustache escapes it.
                'organisation' => $organisation !== '' ? $organisation : $noorg,
                'count' => count($members),
                'counttext' => plural::get_string('attendance_people', 'mod_devcircle', count($members)),
                'rows' => array_map(fn(\stdClass $r) => [
                    'fullname' => $r->fullname,
                    'role' => get_string('role_' . $r->role, 'mod_devcircle'),
                    'sessions' => $r->sessions ?? 0,
                    'firstjoined' => isset($r->firstjoined) ? userdate($r->firstjoined, $format) : '',
                    'joins' => $r->joins ?? 0,
                    'timeleft' => !empty($r->timeleft) ? userdate($r->timeleft, $format) : '',
                ], $members),
            ];
        }
        $baseurl = new moodle_url('/mod/devcircle/attendance.php', ['id' => $this->instance->get_cm_id()]);
        $choices = [[
            'url' => $baseurl->out(false),
            'all' => true,
            'title' => '',
            'date' => '',
            'selected' => $this->session === null,
        ]];
        foreach ($this->sessions as $s) {
            $choices[] = [
                'url' => (new moodle_url($baseurl, ['session' => $s->get_id()]))->out(false),
                'all' => false,
                // HTML made by Moodle: {{{title}}}.
                'title' => format_string($s->get_title(), true, ['context' => $context]),
                'date' => userdate($s->get_timestart(), $format),
                'selected' => $this->session !== null && $this->session->get_id() === $s->get_id(),
            ];
        }
        $params = ['id' => $this->instance->get_cm_id()] + ($this->session ? ['session' => $this->session->get_id()] : []);
        return [
            'persession' => $this->session !== null,
            // HTML made by Moodle: {{{title}}}; the whole circle has no title of its own.
            'title' => $this->session ? format_string($this->session->get_title(), true, ['context' => $context]) : '',
            'choices' => $choices,
            'groups' => $groups,
            'hasrows' => !empty($this->rows),
            'total' => count($this->rows),
            'totaltext' => plural::get_string('attendance_total', 'mod_devcircle', count($this->rows)),
            'download' => $output->download_dataformat_selector(
                get_string('attendance_download', 'mod_devcircle'),
                (new moodle_url('/mod/devcircle/attendance.php'))->out(false),
                'download',
                $params
            ),
        ];
    }
}
