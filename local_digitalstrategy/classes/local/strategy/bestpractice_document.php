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

namespace local_digitalstrategy\local\strategy;

use core\output\renderer_base;

defined('MOODLE_INTERNAL') || die();

global $CFG;
require_once($CFG->libdir . '/pdflib.php');

/**
 * Writes the (filtered) best-practice collection as a PDF for the project's publication, with
 * Moodle's own PDF library (lib/pdflib.php). Moodle has no library for text documents (ODT), so
 * the export is PDF only.
 *
 * The document's metadata name the site, never an organisation or a person.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class bestpractice_document {
    /**
     * The context of the document's template, from entries of bestpractice_service::search().
     *
     * @param array[] $entries
     * @param string $filter what the collection was filtered by, '' when not
     * @param int $time when the document is made
     * @return array
     */
    public static function template_context(array $entries, string $filter, int $time): array {
        $context = \context_system::instance();
        return [
            'title' => get_string('bestpractice_title', 'local_digitalstrategy'),
            'filter' => $filter,
            'created' => userdate($time, get_string('strftimedate', 'langconfig')),
            'entries' => array_map(fn(array $entry) => [
                'title' => format_string($entry['title'], true, ['context' => $context]),
                'description' => format_text($entry['description'], FORMAT_MOODLE, ['context' => $context]),
                'lesson' => format_text($entry['lesson'], FORMAT_MOODLE, ['context' => $context]),
                'hasdescription' => trim($entry['description']) !== '',
                'haslesson' => trim($entry['lesson']) !== '',
                'fieldname' => $entry['fieldname'],
                'dimensionname' => $entry['dimensionname'],
                'named' => $entry['named'],
                'orgname' => $entry['named'] ? format_string($entry['orgname'], true, ['context' => $context]) : '',
            ], $entries),
        ];
    }

    /**
     * The PDF of the collection.
     *
     * @param renderer_base $output renders the document's template
     * @param array[] $entries
     * @param string $filter
     * @param int $time
     * @param bool $compress false to keep the content streams readable (tests)
     * @return string the PDF's bytes
     */
    public static function pdf(renderer_base $output, array $entries, string $filter, int $time, bool $compress = true): string {
        $html = $output->render_from_template(
            'local_digitalstrategy/bestpractice_document',
            self::template_context($entries, $filter, $time)
        );
        $pdf = new \pdf('P', 'mm', 'A4');
        $pdf->SetCompression($compress);
        $sitename = format_string(get_site()->fullname, true, ['context' => \context_system::instance(), 'escape' => false]);
        $pdf->SetTitle(get_string('bestpractice_title', 'local_digitalstrategy'));
        $pdf->SetAuthor($sitename);
        $pdf->SetSubject(get_string('bestpractice_title', 'local_digitalstrategy'));
        $pdf->setPrintHeader(false);
        $pdf->setPrintFooter(true);
        $pdf->SetMargins(20, 20, 20);
        $pdf->SetFont('freesans', '', 11);
        $pdf->AddPage();
        $pdf->writeHTML($html);
        return $pdf->Output('', 'S');
    }
}
