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

/**
 * The open link of an event's feedback with its QR code, to print and lay out on site. Shown
 * once, right after the link was made (the token is not stored).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_event_link implements named_templatable, renderable {
    /**
     * Creates the view.
     *
     * @param string $title the event's title (raw)
     * @param int $eventdate when it took place
     * @param \moodle_url $link the open link
     */
    public function __construct(
        /** @var string the event's title */
        private readonly string $title,
        /** @var int when it took place */
        private readonly int $eventdate,
        /** @var \moodle_url the open link */
        private readonly \moodle_url $link,
    ) {
    }

    /**
     * The template.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/feedback_event_link';
    }

    /**
     * The data of the template: the QR code as a PNG data URI made by Moodle's \core_qrcode.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        global $CFG;
        require_once($CFG->libdir . '/tcpdf/tcpdf_barcodes_2d.php');
        $url = $this->link->out(false);
        $qr = new \core_qrcode($url);
        return [
            // HTML made by Moodle: {{{title}}}.
            'title' => format_string($this->title, true, ['context' => \context_system::instance()]),
            'date' => userdate($this->eventdate, get_string('strftimedate', 'langconfig')),
            'url' => $url,
            'qr' => 'data:image/png;base64,' . base64_encode($qr->getBarcodePngData(6, 6)),
        ];
    }
}
