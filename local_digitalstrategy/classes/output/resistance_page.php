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
use local_digitalstrategy\local\strategy\resistance;
use local_digitalstrategy\local\strategy\resistance_advice;
use local_digitalstrategy\organisation;
use moodle_url;

/**
 * The expert forum's page about one organisation: its resistance analyses as a table, its
 * process-advice notes, and for the expert forum the forms to write them (HTML of Moodle's forms,
 * handed in rendered). Texts are format_string()/format_text() output or raw values.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class resistance_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param organisation $organisation
     * @param resistance[] $analyses
     * @param resistance_advice[] $advice
     * @param array<int, string> $authors full names by user id (without deleted accounts)
     * @param bool $canwrite whether the viewer belongs to the expert forum
     * @param int $now the current time (follow-ups due are marked)
     * @param string $formhtml the analysis form, rendered ('' when the viewer may not write)
     * @param string $adviceformhtml the note form, rendered ('' when the viewer may not write)
     * @param bool $editing whether the form changes an existing analysis
     */
    public function __construct(
        /** @var organisation */
        private readonly organisation $organisation,
        /** @var resistance[] */
        private readonly array $analyses,
        /** @var resistance_advice[] */
        private readonly array $advice,
        /** @var array<int, \stdClass> */
        private readonly array $authors,
        /** @var bool */
        private readonly bool $canwrite,
        /** @var int */
        private readonly int $now,
        /** @var string */
        private readonly string $formhtml = '',
        /** @var string */
        private readonly string $adviceformhtml = '',
        /** @var bool */
        private readonly bool $editing = false,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/resistance_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = \context_system::instance();
        $dateformat = get_string('strftimedate', 'langconfig');
        $plain = fn(string $text) => $text === '' ? '' : format_text($text, FORMAT_PLAIN, ['context' => $context, 'para' => false]);
        $rows = [];
        foreach ($this->analyses as $analysis) {
            $rows[] = [
                'id' => $analysis->id,
                'stakeholder' => format_string($analysis->stakeholder, true, ['context' => $context]),
                'kind' => $analysis->kind,
                'kindlabel' => get_string('resistance_kind_' . $analysis->kind, 'local_digitalstrategy'),
                'intensity' => $analysis->intensity,
                'intensitylabel' => get_string('resistance_intensity_' . $analysis->intensity, 'local_digitalstrategy'),
                'status' => $analysis->status,
                'statuslabel' => get_string('resistance_status_' . $analysis->status, 'local_digitalstrategy'),
                'followup' => $analysis->followup ? userdate($analysis->followup, $dateformat) : '',
                'followupdue' => $analysis->is_followup_due($this->now),
                'signals' => $plain($analysis->signals),
                'cause' => $plain($analysis->cause),
                'response' => $plain($analysis->response),
                'author' => $this->author($analysis->userid),
                'modified' => userdate($analysis->timemodified, $dateformat),
                'editurl' => $this->canwrite ? (new moodle_url('/local/digitalstrategy/resistance.php', [
                    'orgid' => $this->organisation->get_id(), 'edit' => $analysis->id]))->out(false) . '#resistance-form' : null,
            ];
        }
        $notes = [];
        foreach ($this->advice as $note) {
            $notes[] = [
                'note' => $plain($note->note),
                'author' => $this->author($note->userid),
                'date' => userdate($note->timecreated, get_string('strftimedatetime', 'langconfig')),
            ];
        }
        return [
            'orgid' => $this->organisation->get_id(),
            'orgname' => $this->organisation->get_formatted_name(),
            'rows' => $rows,
            'hasrows' => (bool) $rows,
            'notes' => $notes,
            'hasnotes' => (bool) $notes,
            'canwrite' => $this->canwrite,
            'editing' => $this->editing,
            'form' => $this->formhtml,
            'adviceform' => $this->adviceformhtml,
        ];
    }

    /**
     * An author's name, "deleted user" when the account or its data is gone.
     *
     * @param int $userid
     * @return string plain text
     */
    private function author(int $userid): string {
        return $this->authors[$userid] ?? \local_digitalstrategy\local\user_repository::deleted_name();
    }
}
