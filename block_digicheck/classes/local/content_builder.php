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

namespace block_digicheck\local;

use block_digicheck\output\block_content;
use local_digitalstrategy\local\check\aggregate_repository;
use local_digitalstrategy\local\check\check_service;
use local_digitalstrategy\local\check\result;
use local_digitalstrategy\local\check\result_summary;
use local_digitalstrategy\local\organisation_access;
use local_digitalstrategy\local\organisation_repository;
use local_digitalstrategy\local\plural;
use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\local\strategy\strategies_overview_repository;
use local_digitalstrategy\local\strategy\strategy_summary_repository;
use local_digitalstrategy\organisation;
use local_digitalstrategy\output\radar_chart;
use local_digitalstrategy\output\strategies_table;
use local_digitalstrategy\output\strategy_status_panel;
use moodle_url;

/**
 * Builds what the Digitalisierungscheck block shows a user: the latest result of their
 * organisation (the same radar data as the results page) and, for those who may see all
 * results, the aggregate over all organisations with a link to the page of every organisation's
 * result (heat map and export).
 *
 * Strategies: members see where their organisation's strategy stands (the shared status panel);
 * the project team sees the strategies of the organisations that have one (a bounded number of
 * rows, the rest on the strategies overview).
 *
 * A fixed number of queries and a fixed amount of HTML, however many organisations and answers
 * there are: the aggregate is counted by the database and cached, the per-organisation rows live
 * on their own, paged page.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class content_builder {
    /** @var int Strategies the block lists for the project team at most (the others are on the overview). */
    public const STRATEGY_ROWS = 20;

    /**
     * Creates the builder.
     *
     * @param instrument_repository $instruments
     * @param organisation_repository $organisations
     * @param organisation_access $access
     * @param run_repository $runs
     * @param check_service $service
     * @param aggregate_repository $aggregates
     * @param strategy_summary_repository $summaries
     * @param strategies_overview_repository $strategies
     */
    public function __construct(
        /** @var instrument_repository */
        private readonly instrument_repository $instruments,
        /** @var organisation_repository */
        private readonly organisation_repository $organisations,
        /** @var organisation_access */
        private readonly organisation_access $access,
        /** @var run_repository */
        private readonly run_repository $runs,
        /** @var check_service */
        private readonly check_service $service,
        /** @var aggregate_repository */
        private readonly aggregate_repository $aggregates,
        /** @var strategy_summary_repository */
        private readonly strategy_summary_repository $summaries,
        /** @var strategies_overview_repository */
        private readonly strategies_overview_repository $strategies,
    ) {
    }

    /**
     * The content for a user.
     *
     * @param int $userid
     * @param bool $canviewall whether the user may see all organisations' results
     * @param string $lang language of the instrument's texts
     * @param bool $canviewallstrategies whether the user may see all organisations' strategies (project team)
     * @return block_content
     */
    public function for_user(int $userid, bool $canviewall, string $lang, bool $canviewallstrategies = false): block_content {
        $current = $this->instruments->get_current_check();
        $overviewurl = $canviewall ? new moodle_url('/local/digitalstrategy/index.php') : null;
        $organisation = $this->organisations->get_for_user($userid);
        $strategy = null;
        if ($organisation && $this->access->can_view_strategy($organisation, $userid)) {
            $summary = $this->summaries->for_organisations([$organisation->get_id()])[$organisation->get_id()];
            $strategy = new strategy_status_panel($organisation, $summary, 'block_digicheck-strategy');
        }
        $strategies = $canviewallstrategies ? $this->strategies() : null;
        if (!$current) {
            return new block_content(null, null, null, $overviewurl, true, $strategy, $strategies);
        }
        $instrument = $current['instrument'];
        [$participant, $radar] = $organisation ? $this->participant($organisation, $userid, $instrument, $lang) : [null, null];
        $admin = $canviewall ? $this->admin($instrument, $lang) : null;
        return new block_content($participant, $radar, $admin, $overviewurl, false, $strategy, $strategies);
    }

    /**
     * The project team's part: the strategies of the first organisations that have one.
     *
     * @return array{table: strategies_table, total: int, shown: int, url: moodle_url, organisations: int}
     */
    private function strategies(): array {
        $found = $this->strategies->with_strategy(self::STRATEGY_ROWS);
        $summaries = $this->summaries->for_organisations(array_column($found['rows'], 'id'));
        return [
            'table' => new strategies_table($found['rows'], $summaries, 'block_digicheck-strategies'),
            'total' => $found['total'],
            'shown' => count($found['rows']),
            'url' => new moodle_url('/local/digitalstrategy/strategies.php'),
            'organisations' => $this->organisations->count_active(),
        ];
    }

    /**
     * The part of the viewer's organisation, with its radar when it has a result.
     *
     * @param organisation $organisation
     * @param int $userid
     * @param instrument $instrument the current check
     * @param string $lang
     * @return array{0: array, 1: radar_chart|null}
     */
    private function participant(organisation $organisation, int $userid, instrument $instrument, string $lang): array {
        $idnumber = $instrument->get_idnumber();
        $latest = $this->runs->get_latest_submitted($organisation->get_id(), $idnumber);
        $open = $this->runs->get_open($organisation->get_id(), $idnumber);
        $data = [
            'orgname' => $organisation->get_formatted_name(),
            'hasresult' => (bool) $latest,
            'hasopenrun' => (bool) $open,
            'canstart' => $this->access->can_answer($organisation, $userid),
            'checkurl' => (new moodle_url('/local/digitalstrategy/check.php'))->out(false),
        ];
        if ($open) {
            $record = $open->to_record();
            $data['openprogress'] = ['answered' => $this->service->get_completeness($open)->answered,
                'items' => (int) $record->items];
        }
        if (!$latest) {
            return [$data, null];
        }
        $stored = $this->service->get_stored_result($latest);
        $peers = $this->service->get_peers($organisation->get_id(), $idnumber);
        $scored = $this->instruments->get($latest->get_instrumentid());
        $dimensions = result_summary::dimensions($scored, $stored, $peers, null, $lang);
        $names = array_column($dimensions, 'name', 'key');
        $maturity = $stored->get_maturity();
        return [$data + [
            'score' => $stored->score === null ? '–' : format_float($stored->score, 1),
            'maturitylabel' => $maturity === null ? '' : result_summary::maturity_label($scored, $maturity, $lang),
            'date' => userdate($latest->get_timesubmitted(), get_string('strftimedate', 'langconfig')),
            'peersavailable' => $peers->is_available(),
            'tablerows' => array_map(fn($d) => [
                'name' => $d['name'],
                'score' => self::format($d['score']),
                'peer' => self::format($d['peer']),
            ], $dimensions),
            'strengths' => array_map(fn($k) => ['name' => $names[$k] ?? $k], $stored->get_strengths()),
            'weaknesses' => array_map(fn($k) => ['name' => $names[$k] ?? $k], $stored->get_weaknesses()),
            'resultsurl' => (new moodle_url('/local/digitalstrategy/results.php', ['runid' => $latest->get_id()]))->out(false),
        ], radar_chart::from_dimensions($dimensions, $peers->is_available(), true)];
    }

    /**
     * The aggregate over all active organisations.
     *
     * @param instrument $instrument the current check
     * @param string $lang
     * @return array
     */
    private function admin(instrument $instrument, string $lang): array {
        $names = [];
        foreach ($instrument->get_dimensions() as $key => $dimension) {
            $names[$key] = instrument::localise($dimension['name'], $lang);
        }
        $aggregate = $this->aggregates->get_aggregate($instrument->get_idnumber(), array_keys($names));
        $levels = [];
        foreach (range(0, result::MAX_LEVEL) as $level) {
            $levels[] = ['level' => $level, 'label' => result_summary::maturity_label($instrument, $level, $lang)];
        }
        $means = $aggregate->get_means();
        $dimensions = [];
        foreach ($aggregate->get_distribution() as $key => $counts) {
            $dimensions[] = [
                'key' => $key,
                'name' => $names[$key],
                'mean' => self::format($means[$key]),
                'counts' => array_map(
                    fn($count, $level) => ['count' => $count, 'level' => $level],
                    $counts,
                    array_keys($counts)
                ),
            ];
        }
        $percent = $aggregate->get_participation_percent();
        return [
            'total' => $aggregate->get_total(),
            'participating' => $aggregate->get_participating(),
            'percent' => $percent,
            'target' => $aggregate->get_target_percent(),
            'targetcount' => $aggregate->get_target_count(),
            'targetmet' => $aggregate->is_target_met(),
            'barwidth' => min(100, $percent),
            'levels' => $levels,
            'dimensions' => $dimensions,
            'allresultsurl' => (new moodle_url('/local/digitalstrategy/allresults.php'))->out(false),
            'participationtext' => plural::get_string('participation', 'block_digicheck', $aggregate->get_total(), [
                'participating' => $aggregate->get_participating(),
                'total' => $aggregate->get_total(),
                'percent' => $percent,
            ]),
            'targettext' => plural::get_string('target', 'block_digicheck', $aggregate->get_target_count(), [
                'target' => $aggregate->get_target_percent(),
                'count' => $aggregate->get_target_count(),
            ]),
            'allresultstext' => plural::get_string('allresults', 'block_digicheck', $aggregate->get_total()),
        ];
    }

    /**
     * A score for display.
     *
     * @param float|null $score
     * @return string
     */
    private static function format(?float $score): string {
        return $score === null ? '–' : format_float($score, 0);
    }
}
