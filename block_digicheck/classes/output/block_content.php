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

namespace block_digicheck\output;

use core\output\named_templatable;
use core\output\renderable;
use core\output\renderer_base;
use local_digitalstrategy\local\check\aggregate;
use local_digitalstrategy\local\check\check_service;
use local_digitalstrategy\local\check\result;
use local_digitalstrategy\local\check\result_summary;
use local_digitalstrategy\local\questionnaire\instrument;
use local_digitalstrategy\local\questionnaire\instrument_repository;
use local_digitalstrategy\local\questionnaire\run_repository;
use local_digitalstrategy\organisation;
use moodle_url;

/**
 * Content of the Digitalisierungscheck block: the latest result of the viewer's organisation
 * (small radar against the anonymous peer average, strengths, weaknesses, continue or start the
 * check) and, for those who may see all results, the aggregate over all organisations.
 *
 * Built with a fixed number of queries, however many organisations and answers there are.
 *
 * @package    block_digicheck
 * @copyright  2026 digit@l und sozi@l
 * @license    http://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class block_content implements named_templatable, renderable {
    /**
     * Creates the content.
     *
     * @param array|null $participant the viewer's organisation's part, null when they belong to none
     * @param array|null $admin the aggregate, null when the viewer may not see all results
     * @param moodle_url|null $overviewurl the programme overview, null when the viewer may not see all results
     * @param bool $nocheck whether no check instrument is installed
     */
    public function __construct(
        /** @var array|null the viewer's organisation's part */
        private readonly ?array $participant = null,
        /** @var array|null the aggregate */
        private readonly ?array $admin = null,
        /** @var moodle_url|null the programme overview */
        private readonly ?moodle_url $overviewurl = null,
        /** @var bool whether no check instrument is installed */
        private readonly bool $nocheck = false,
    ) {
    }

    /**
     * Builds the content for a user.
     *
     * @param int $userid
     * @param bool $canviewall whether the user may see all organisations' results
     * @return self
     */
    public static function for_user(int $userid, bool $canviewall): self {
        $current = (new instrument_repository())->get_current_check();
        $overviewurl = $canviewall ? new moodle_url('/local/digitalstrategy/index.php') : null;
        if (!$current) {
            return new self(null, null, $overviewurl, true);
        }
        $organisation = organisation::get_for_user($userid);
        $participant = $organisation ? self::participant($organisation, $userid, $current['instrument']) : null;
        $admin = $canviewall ? self::admin($current['instrument']) : null;
        return new self($participant, $admin, $overviewurl);
    }

    /**
     * The part of the viewer's organisation.
     *
     * @param organisation $organisation
     * @param int $userid
     * @param instrument $instrument the current check
     * @return array
     */
    private static function participant(organisation $organisation, int $userid, instrument $instrument): array {
        $lang = current_language();
        $runs = new run_repository();
        $service = new check_service($runs);
        $idnumber = $instrument->get_idnumber();
        $latest = $runs->get_latest_submitted($organisation->get_id(), $idnumber);
        $open = $runs->get_open($organisation->get_id(), $idnumber);
        $data = [
            'orgname' => $organisation->get_formatted_name(),
            'hasresult' => (bool) $latest,
            'hasopenrun' => (bool) $open,
            'canstart' => $organisation->can_answer($userid),
            'checkurl' => (new moodle_url('/local/digitalstrategy/check.php'))->out(false),
        ];
        if ($open) {
            $record = $open->to_record();
            $data['openprogress'] = ['answered' => $service->get_completeness($open)->answered, 'items' => (int) $record->items];
        }
        if (!$latest) {
            return $data;
        }
        $result = $service->get_stored_result($latest);
        $peers = $service->get_peers($organisation->get_id(), $idnumber);
        $names = [];
        foreach ($instrument->get_dimensions() as $key => $dimension) {
            $names[$key] = instrument::localise($dimension['name'], $lang);
        }
        $keys = array_keys($names);
        $radar = [
            'labels' => array_values($names),
            'own' => array_map(fn($k) => $result->get_dimension($k)?->score, $keys),
            'peers' => $peers->is_available() ? array_map(fn($k) => $peers->get_mean($k), $keys) : null,
            'ownlabel' => get_string('yourorganisation', 'local_digitalstrategy'),
            'peerslabel' => get_string('peersdataset', 'local_digitalstrategy'),
        ];
        $maturity = $result->get_maturity();
        return $data + [
            'score' => $result->score === null ? '–' : format_float($result->score, 1),
            'maturitylabel' => $maturity === null ? '' : result_summary::maturity_label($instrument, $maturity, $lang),
            'date' => userdate($latest->get_timesubmitted(), get_string('strftimedate', 'langconfig')),
            'radar' => json_encode($radar),
            'peersavailable' => $peers->is_available(),
            'tablerows' => array_map(fn($k, $i) => [
                'name' => s($names[$k]),
                'score' => self::format($radar['own'][$i]),
                'peer' => self::format($radar['peers'][$i] ?? null),
            ], $keys, array_keys($keys)),
            'strengths' => array_map(fn($k) => ['name' => s($names[$k] ?? $k)], $result->get_strengths()),
            'weaknesses' => array_map(fn($k) => ['name' => s($names[$k] ?? $k)], $result->get_weaknesses()),
            'resultsurl' => (new moodle_url('/local/digitalstrategy/results.php', ['runid' => $latest->get_id()]))->out(false),
        ];
    }

    /**
     * The aggregate over all active organisations.
     *
     * @param instrument $instrument the current check
     * @return array
     */
    private static function admin(instrument $instrument): array {
        $lang = current_language();
        $names = [];
        foreach ($instrument->get_dimensions() as $key => $dimension) {
            $names[$key] = instrument::localise($dimension['name'], $lang);
        }
        $aggregate = new aggregate($instrument->get_idnumber(), array_keys($names));
        $levels = [];
        foreach (range(0, result::MAX_LEVEL) as $level) {
            $levels[] = ['level' => $level, 'label' => s(result_summary::maturity_label($instrument, $level, $lang))];
        }
        $means = $aggregate->get_means();
        $dimensions = [];
        foreach ($aggregate->get_distribution() as $key => $counts) {
            $dimensions[] = [
                'key' => $key,
                'name' => s($names[$key]),
                'mean' => self::format($means[$key]),
                'counts' => array_map(
                    fn($count, $level) => ['count' => $count, 'level' => $level],
                    $counts,
                    array_keys($counts)
                ),
            ];
        }
        $heatmap = [];
        foreach ($aggregate->get_rows() as $row) {
            $heatmap[] = [
                'name' => format_string($row->name, true, ['context' => \context_system::instance()]),
                'pilot' => !empty($row->pilot),
                'submitted' => $row->runid !== null,
                'resultsurl' => $row->runid === null ? null
                    : (new moodle_url('/local/digitalstrategy/results.php', ['runid' => $row->runid]))->out(false),
                'score' => self::format($row->score === null ? null : (float) $row->score),
                'cells' => array_map(fn($score) => [
                    'score' => self::format($score),
                    'level' => $score === null ? 'none' : result::maturity_level($score),
                ], array_values($row->dimensions)),
            ];
        }
        $percent = $aggregate->get_participation_percent();
        $target = aggregate::target_percent();
        return [
            'total' => $aggregate->get_total(),
            'participating' => $aggregate->get_participating(),
            'percent' => $percent,
            'target' => $target,
            'targetcount' => $aggregate->get_target_count(),
            'targetmet' => $aggregate->get_participating() >= $aggregate->get_target_count() && $aggregate->get_total() > 0,
            'barwidth' => min(100, $percent),
            'levels' => $levels,
            'dimensions' => $dimensions,
            'dimensionnames' => array_map(fn($n) => ['name' => s($n)], array_values($names)),
            'heatmap' => $heatmap,
            'hasheatmap' => (bool) $heatmap,
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

    /**
     * Returns the name of the template that renders the content.
     *
     * @param renderer_base $renderer the renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'block_digicheck/block_content';
    }

    /**
     * Exports the data for the template.
     *
     * @param renderer_base $output the renderer
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $admin = $this->admin;
        if ($admin !== null) {
            $admin['exportselector'] = $output->download_dataformat_selector(
                get_string('export', 'block_digicheck'),
                new moodle_url('/blocks/digicheck/export.php')
            );
        }
        return [
            'nocheck' => $this->nocheck,
            'hasparticipant' => $this->participant !== null,
            'participant' => $this->participant,
            'nomembership' => $this->participant === null && $admin === null && !$this->nocheck,
            'hasadmin' => $admin !== null,
            'admin' => $admin,
            'overviewurl' => $this->overviewurl?->out(false),
        ];
    }
}
