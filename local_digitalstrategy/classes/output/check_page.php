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
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\organisation;

/**
 * The questionnaire of an open run, one dimension per step, with the answers stored so far.
 *
 * Rendered on the server so a reload shows every saved answer; the AMD module
 * local_digitalstrategy/check adds the steps, autosave, conflict handling and submitting.
 * Works for every item type of the engine. Texts of the instrument and names are passed raw
 * (Mustache escapes them once); the organisation's name is format_string() output (HTML).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class check_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param organisation $organisation
     * @param run $run an open run
     * @param instrument $instrument the run's instrument
     * @param array<string, answer> $answers stored answers by item key
     * @param array<int, string> $names full names of the people who answered, by user id
     * @param completeness $completeness
     * @param string $lang language of the instrument texts
     */
    public function __construct(
        /** @var organisation */
        private readonly organisation $organisation,
        /** @var run */
        private readonly run $run,
        /** @var instrument */
        private readonly instrument $instrument,
        /** @var array<string, answer> */
        private readonly array $answers,
        /** @var array<int, string> */
        private readonly array $names,
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
        return 'local_digitalstrategy/check_page';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $steps = [];
        $number = 0;
        $exporter = new questionnaire_item($this->instrument, $this->lang);
        $dimensions = $this->instrument->get_dimensions();
        foreach ($dimensions as $key => $dimension) {
            $items = [];
            foreach ($this->instrument->get_items($key) as $itemkey => $item) {
                $answer = $this->answers[$itemkey] ?? new answer($itemkey, null);
                $answeredby = $answer->version ? ($this->names[$answer->userid] ?? '') : '';
                $items[] = $exporter->export($item, ++$number, $answer, $answeredby);
            }
            $answered = count(array_filter($items, fn($i) => $i['answered']));
            $steps[] = [
                'index' => count($steps),
                'key' => $key,
                'name' => instrument::localise($dimension['name'], $this->lang),
                'description' => instrument::localise($dimension['description'], $this->lang),
                'items' => $items,
                'itemcount' => count($items),
                'answeredcount' => $answered,
                'first' => !$steps,
                'stepnumber' => count($steps) + 1,
            ];
        }
        return [
            'runid' => $this->run->get_id(),
            'orgname' => $this->organisation->get_formatted_name(),
            'instrumentname' => $this->instrument->get_name($this->lang),
            'description' => $this->instrument->get_description($this->lang),
            'steps' => $steps,
            'stepcount' => count($steps),
            'answered' => $this->completeness->answered,
            'items' => $this->completeness->items,
            'needed' => $this->completeness->needed,
            'progresstext' => plural::get_string('progress', 'local_digitalstrategy', $this->completeness->items, [
                'answered' => $this->completeness->answered,
                'items' => $this->completeness->items,
            ]),
            'submitruletext' => plural::get_string('submitrule', 'local_digitalstrategy', $this->completeness->items, [
                'needed' => $this->completeness->needed,
                'items' => $this->completeness->items,
            ]),
            'percent' => $this->completeness->percent(),
            'started' => userdate($this->run->get_timecreated(), get_string('strftimedatefullshort', 'langconfig')),
        ];
    }
}
