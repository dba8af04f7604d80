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

use local_digitalstrategy\local\questionnaire\answer;
use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_validator;

/**
 * The template data of one question (templates/check_item.mustache) with its options and the
 * stored answer, for every item type of the engine. Shared by the check (check_page) and the
 * answering page of campaigns (respond_page). Texts are passed raw: Mustache escapes them once.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class questionnaire_item {
    /**
     * Creates the exporter for one instrument.
     *
     * @param instrument $instrument
     * @param string $lang language of the instrument texts
     */
    public function __construct(
        /** @var instrument */
        private readonly instrument $instrument,
        /** @var string */
        private readonly string $lang,
    ) {
    }

    /**
     * One item with its options and the stored answer.
     *
     * @param array $item the item of the instrument document
     * @param int $number running number in the questionnaire
     * @param answer $answer the stored answer (version 0 when none)
     * @param string $answeredby who answered last ('' to show nobody)
     * @return array
     */
    public function export(array $item, int $number, answer $answer, string $answeredby = ''): array {
        $key = $item['key'];
        $type = $item['type'];
        $chosen = $answer->get_option_keys();
        $options = [];
        $option = function (string $value, string $label, string $description = '') use ($key, $chosen, $answer, $type) {
            $checked = $type === 'multiple' ? in_array($value, $chosen, true) : $answer->value === $value;
            return ['value' => $value, 'label' => $label, 'description' => $description,
                'id' => 'ds-' . $key . '-' . $value, 'checked' => $checked && !$answer->dontknow];
        };
        switch ($type) {
            case 'maturity':
                $scale = $this->instrument->get_scale_levels();
                foreach ($item['levels'] as $level) {
                    $name = $scale ? instrument::localise($scale[$level['value']]['label'], $this->lang)
                        : get_string('maturity' . $level['value'], 'local_digitalstrategy');
                    $options[] = $option(
                        (string) $level['value'],
                        instrument::localise($level['label'], $this->lang),
                        $name
                    );
                }
                break;
            case 'rating':
                foreach (instrument_validator::RATING_VALUES as $i => $value) {
                    $label = isset($item['levels'][$i]) ? instrument::localise($item['levels'][$i]['label'], $this->lang)
                        : get_string('rating' . ($value < 0 ? 'm' : 'p') . abs($value), 'local_digitalstrategy');
                    $options[] = $option((string) $value, $label);
                }
                break;
            case 'yesno':
                $options[] = $option('yes', get_string('answer_yes', 'local_digitalstrategy'));
                $options[] = $option('no', get_string('answer_no', 'local_digitalstrategy'));
                break;
            case 'single':
            case 'multiple':
                foreach ($item['options'] as $choice) {
                    $options[] = $option($choice['key'], instrument::localise($choice['label'], $this->lang));
                }
                break;
        }
        $relevance = [];
        if (!empty($item['relevance'])) {
            foreach (range(0, answer::RELEVANCE_MAX) as $value) {
                $relevance[] = ['value' => $value, 'label' => get_string('relevance' . $value, 'local_digitalstrategy'),
                    'selected' => $answer->relevance === $value];
            }
        }
        return [
            'key' => $key,
            'number' => $number,
            'type' => $type,
            'ismultiple' => $type === 'multiple',
            'istext' => $type === 'text',
            'isradio' => !in_array($type, ['multiple', 'text'], true),
            'text' => instrument::localise($item['text'], $this->lang),
            'help' => isset($item['help']) ? instrument::localise($item['help'], $this->lang) : '',
            'required' => !empty($item['required']),
            'options' => $options,
            'dontknow' => !empty($item['dontknow']),
            'dontknowchecked' => $answer->dontknow,
            'hasrelevance' => (bool) $relevance,
            'relevance' => $relevance,
            'textvalue' => $type === 'text' ? (string) $answer->value : '',
            'version' => $answer->version,
            'answered' => $answer->is_answered(),
            'answeredby' => $answeredby,
            'answeredat' => $answeredby !== '' ? userdate(
                $answer->timemodified,
                get_string('strftimedatetimeshort', 'langconfig')
            ) : '',
        ];
    }
}
