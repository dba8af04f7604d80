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

namespace local_digitalstrategy\local\check;

use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run;
use local_digitalstrategy\organisation;

/**
 * Everything the results of one run show, as plain data in the viewer's language: the web
 * service get_results returns it, the results page renders it, and its dimensions (name, own
 * score, peer average) are what every radar chart of the suite draws.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class result_summary {
    /**
     * Creates the service.
     *
     * @param check_service $service
     * @param instrument_repository $instruments
     */
    public function __construct(
        /** @var check_service */
        private readonly check_service $service,
        /** @var instrument_repository */
        private readonly instrument_repository $instruments,
    ) {
    }

    /**
     * Builds the summary.
     *
     * @param run $run
     * @param organisation $organisation the run's organisation
     * @param string $lang language of the texts
     * @return array see get_results::execute_returns()
     */
    public function build(run $run, organisation $organisation, string $lang): array {
        $instrument = $this->instruments->get($run->get_instrumentid());
        $result = $this->service->get_result($run);
        $peers = $this->service->get_peers($organisation->get_id(), $instrument->get_idnumber());
        $history = $this->service->get_history($organisation->get_id(), $instrument->get_idnumber());

        $items = fn(array $keys) => array_map(fn($itemkey) => self::item($instrument, $result, $itemkey, $lang), $keys);
        $recommendations = array_filter(
            $result->get_weak_items(),
            fn($k) => !empty($instrument->get_item($k)['recommendation'])
        );
        $maturity = $result->get_maturity();
        return [
            'score' => self::round($result->score),
            'maturity' => $maturity,
            'maturitylabel' => $maturity === null ? '' : self::maturity_label($instrument, $maturity, $lang),
            'answered' => $result->answered,
            'items' => $result->items,
            'dimensions' => self::dimensions($instrument, $result, $peers, $history, $lang),
            'peers' => [
                'available' => $peers->is_available(),
                'organisations' => $peers->organisations,
                'threshold' => $peers->threshold,
                'missing' => $peers->missing(),
                'score' => self::round($peers->score),
            ],
            'strengths' => $result->get_strengths(),
            'weaknesses' => $result->get_weaknesses(),
            'recommendations' => array_values($items($recommendations)),
            'priorities' => array_values($items($result->get_priorities())),
            'history' => array_map(fn($entry) => [
                'runid' => $entry['runid'],
                'timesubmitted' => $entry['timesubmitted'],
                'score' => self::round($entry['result']->score),
            ], $history->get_runs()),
            'overallchange' => self::round($history->overall_change()),
        ];
    }

    /**
     * The dimensions of a result in document order: name, own score, the peers' average where it
     * may be shown, the change since the first run, and how many items were answered.
     *
     * @param instrument $instrument
     * @param result $result
     * @param peer_comparison $peers
     * @param history|null $history null when the change is not wanted
     * @param string $lang
     * @return array[] key, name, score, peer, change, answered, scored, items
     */
    public static function dimensions(
        instrument $instrument,
        result $result,
        peer_comparison $peers,
        ?history $history,
        string $lang
    ): array {
        $dimensions = [];
        foreach ($instrument->get_dimensions() as $key => $dimension) {
            $score = $result->get_dimension($key);
            $dimensions[] = [
                'key' => $key,
                'name' => instrument::localise($dimension['name'], $lang),
                'score' => self::round($score?->score),
                'peer' => self::round($peers->get_mean($key)),
                'change' => self::round($history?->dimension_change($key)),
                'answered' => $score?->answered ?? 0,
                'scored' => $score?->scored ?? 0,
                'items' => $score?->items ?? 0,
            ];
        }
        return $dimensions;
    }

    /**
     * The name of a maturity level: the instrument's scale, else the plugin's strings.
     *
     * @param instrument $instrument
     * @param int $level 0–4
     * @param string $lang
     * @return string
     */
    public static function maturity_label(instrument $instrument, int $level, string $lang): string {
        $levels = $instrument->get_scale_levels();
        if ($levels && isset($levels[$level])) {
            return instrument::localise($levels[$level]['label'], $lang);
        }
        return get_string('maturity' . $level, 'local_digitalstrategy');
    }

    /**
     * One item for the recommendation and priority lists.
     *
     * @param instrument $instrument
     * @param result $result
     * @param string $itemkey
     * @param string $lang
     * @return array
     */
    private static function item(instrument $instrument, result $result, string $itemkey, string $lang): array {
        $item = $instrument->get_item($itemkey);
        $dimension = $instrument->get_item_dimension($itemkey);
        return [
            'itemkey' => $itemkey,
            'dimension' => $dimension,
            'dimensionname' => instrument::localise($instrument->get_dimension($dimension)['name'], $lang),
            'text' => instrument::localise($item['text'], $lang),
            'recommendation' => isset($item['recommendation']) ? instrument::localise($item['recommendation'], $lang) : '',
            'score' => self::round($result->get_item_score($itemkey)),
            'relevance' => $result->get_item_relevance($itemkey),
        ];
    }

    /**
     * Rounds a score to one decimal for display, keeping null.
     *
     * @param float|null $value
     * @return float|null
     */
    private static function round(?float $value): ?float {
        return $value === null ? null : round($value, 1);
    }
}
