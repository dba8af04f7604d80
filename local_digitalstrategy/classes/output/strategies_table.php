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
use local_digitalstrategy\local\strategy\strategy_summary;
use moodle_url;

/**
 * The strategies of several organisations as one accessible table, in the style of the check's
 * heat map: per organisation the strategy's state, its measures per phase and its overall Ampel
 * per criterion, each Ampel as a word and a colour. Used by the strategies overview and by the
 * block (the same template, no copy).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategies_table implements named_templatable, renderable {
    /**
     * Creates the table.
     *
     * @param array<int, array{id: int, name: string}> $organisations in display order (name raw)
     * @param array<int, strategy_summary> $summaries by organisation id
     * @param string $idprefix prefix of the element ids (two tables on one page stay apart)
     * @param array|null $namecolumn a sortable_header context for the name column, null: plain
     * @param bool $withanalyses whether to link each organisation's resistance analyses
     */
    public function __construct(
        /** @var array<int, array{id: int, name: string}> */
        private readonly array $organisations,
        /** @var array<int, strategy_summary> */
        private readonly array $summaries,
        /** @var string */
        private readonly string $idprefix = 'local_digitalstrategy-strategies',
        /** @var array|null */
        private readonly ?array $namecolumn = null,
        /** @var bool */
        private readonly bool $withanalyses = false,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/strategies_table';
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $context = \context_system::instance();
        $rows = [];
        foreach ($this->organisations as $organisation) {
            $id = (int) $organisation['id'];
            $summary = $this->summaries[$id] ?? strategy_summary::none($id);
            $rows[] = [
                'orgid' => $id,
                'name' => format_string($organisation['name'], true, ['context' => $context]),
                'strategyurl' => (new moodle_url('/local/digitalstrategy/strategy.php', ['orgid' => $id]))->out(false),
                'analysesurl' => $this->withanalyses
                    ? (new moodle_url('/local/digitalstrategy/resistance.php', ['orgid' => $id]))->out(false) : null,
            ] + self::summary_context($summary);
        }
        return [
            'idprefix' => $this->idprefix,
            'namecolumn' => $this->namecolumn,
            'phases' => array_map(fn($p) => ['phase' => $p,
                'label' => get_string('strategies_phase_' . $p, 'local_digitalstrategy')], strategy_summary::PHASES),
            'criteria' => array_map(fn($c) => ['criterion' => $c,
                'label' => get_string('strategies_criterion_' . $c, 'local_digitalstrategy')], strategy_summary::CRITERIA),
            'rows' => $rows,
            'hasrows' => (bool) $rows,
        ];
    }

    /**
     * The state, phase counts and Ampel of one summary, for a template (shared with the status
     * panel of one organisation).
     *
     * @param strategy_summary $summary
     * @return array status, statuslabel, version, phasecounts [phase, label, count], ampel [criterion, label, rating, ratinglabel]
     */
    public static function summary_context(strategy_summary $summary): array {
        $phasecounts = [];
        foreach (strategy_summary::PHASES as $phase) {
            $phasecounts[] = ['phase' => $phase, 'label' => get_string('strategies_phase_' . $phase, 'local_digitalstrategy'),
                'count' => (int) ($summary->phasecounts[$phase] ?? 0)];
        }
        $ampel = [];
        foreach (strategy_summary::CRITERIA as $criterion) {
            $rating = $summary->ampel[$criterion] ?? null;
            $rating = in_array($rating, strategy_summary::RATINGS, true) ? $rating : 'none';
            $ampel[] = ['criterion' => $criterion,
                'label' => get_string('strategies_criterion_' . $criterion, 'local_digitalstrategy'),
                'rating' => $rating, 'ratinglabel' => get_string('strategies_ampel_' . $rating, 'local_digitalstrategy')];
        }
        $status = in_array($summary->status, ['none', 'draft', 'adopted', 'revision'], true) ? $summary->status : 'none';
        return [
            'status' => $status,
            'statuslabel' => get_string('strategies_status_' . $status, 'local_digitalstrategy'),
            'version' => $summary->adoptedversion > 0
                ? get_string('strategies_adoptedversion', 'local_digitalstrategy', $summary->adoptedversion) : '',
            'hasstrategy' => $status !== 'none',
            'measures' => $summary->measures(),
            'phasecounts' => $phasecounts,
            'ampel' => $ampel,
        ];
    }
}
