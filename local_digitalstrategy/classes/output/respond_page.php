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
use local_digitalstrategy\local\plural;
use local_digitalstrategy\local\questionnaire\answer;
use local_digitalstrategy\local\questionnaire\completeness;
use local_digitalstrategy\local\questionnaire\instrument;

/**
 * The answering page of a campaign: every dimension of the instrument with its questions (the
 * check's item template), the draft answers saved so far, progress, the saved state and the
 * submit button. The AMD module local_digitalstrategy/respond adds autosave and submitting.
 * Texts are passed raw (Mustache escapes them once).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class respond_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param int $campaignid
     * @param string $token the link's token ('' when answering logged in): the page's requests carry it
     * @param bool $anonymous whether the campaign is anonymous
     * @param bool $perorganisation whether one response is given per organisation
     * @param instrument $instrument
     * @param array<string, answer> $answers the draft answers by item key
     * @param completeness $completeness
     * @param string $lang language of the instrument texts
     */
    public function __construct(
        /** @var int */
        private readonly int $campaignid,
        /** @var string */
        private readonly string $token,
        /** @var bool */
        private readonly bool $anonymous,
        /** @var bool */
        private readonly bool $perorganisation,
        /** @var instrument */
        private readonly instrument $instrument,
        /** @var array<string, answer> */
        private readonly array $answers,
        /** @var completeness */
        private readonly completeness $completeness,
        /** @var string */
        private readonly string $lang,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/respond_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $exporter = new questionnaire_item($this->instrument, $this->lang);
        $sections = [];
        $number = 0;
        foreach ($this->instrument->get_dimensions() as $key => $dimension) {
            $items = [];
            foreach ($this->instrument->get_items($key) as $itemkey => $item) {
                $items[] = $exporter->export($item, ++$number, $this->answers[$itemkey] ?? new answer($itemkey, null));
            }
            $sections[] = [
                'key' => $key,
                'name' => instrument::localise($dimension['name'], $this->lang),
                'description' => instrument::localise($dimension['description'], $this->lang),
                'items' => $items,
            ];
        }
        if ($this->anonymous) {
            $privacy = 'respond_privacy_anonymous';
        } else {
            $privacy = $this->perorganisation ? 'respond_privacy_organisation' : 'respond_privacy_person';
        }
        return [
            'campaignid' => $this->campaignid,
            'token' => $this->token,
            'bylink' => $this->token !== '',
            'description' => $this->instrument->get_description($this->lang),
            'privacy' => get_string($privacy, 'local_digitalstrategy'),
            'shared' => $this->perorganisation,
            'sections' => $sections,
            'percent' => $this->completeness->percent(),
            'progresstext' => plural::get_string('progress', 'local_digitalstrategy', $this->completeness->items, [
                'answered' => $this->completeness->answered,
                'items' => $this->completeness->items,
            ]),
        ];
    }
}
