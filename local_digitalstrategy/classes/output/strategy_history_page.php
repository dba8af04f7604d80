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
use local_digitalstrategy\organisation;
use moodle_url;

/**
 * The adopted versions of a strategy (number, who adopted it, when) and what changed between two
 * of them: vision and values, goals and experiment fields, texts word by word.
 *
 * Texts are passed raw (Mustache escapes them once).
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class strategy_history_page implements named_templatable, renderable {
    /**
     * Creates the page content.
     *
     * @param organisation $organisation
     * @param array[] $versions versionno, useradopted, timeadopted, newest first
     * @param array<int, string> $names full names of those who adopted, by user id (deleted users missing)
     * @param int $from the older version compared, 0 when none
     * @param int $to the newer version compared, 0 when none
     * @param array[] $changes from strategy_diff::between()
     * @param array<string, string> $dimensions dimension names by key
     */
    public function __construct(
        /** @var organisation */
        private readonly organisation $organisation,
        /** @var array[] */
        private readonly array $versions,
        /** @var array<int, string> */
        private readonly array $names,
        /** @var int */
        private readonly int $from,
        /** @var int */
        private readonly int $to,
        /** @var array[] */
        private readonly array $changes,
        /** @var array<string, string> */
        private readonly array $dimensions,
    ) {
    }

    /**
     * The Mustache template that renders this.
     *
     * @param renderer_base $renderer
     * @return string
     */
    public function get_template_name(renderer_base $renderer): string {
        return 'local_digitalstrategy/strategy_history';
    }

    /**
     * A value of a goal as shown.
     *
     * @param string $property
     * @param mixed $value
     * @return string
     */
    private function value(string $property, $value): string {
        if ($value === null || $value === '' || ($property === 'duedate' && !$value)) {
            return '–';
        }
        return match ($property) {
            'duedate' => userdate((int) $value, get_string('strftimedate', 'langconfig')),
            'baseline' => format_float((float) $value, 1),
            'dimension' => $this->dimensions[$value] ?? (string) $value,
            default => (string) $value,
        };
    }

    /**
     * The data of the template.
     *
     * @param renderer_base $output
     * @return array
     */
    public function export_for_template(renderer_base $output): array {
        $deleted = \local_digitalstrategy\local\user_repository::deleted_name();
        $option = fn(int $no, int $selected) => [
            'value' => $no,
            'label' => get_string('strategy_versionno', 'local_digitalstrategy', $no),
            'selected' => $no === $selected,
        ];
        $changes = [];
        foreach ($this->changes as $c) {
            $area = get_string('strategy_diffarea_' . $c['area'], 'local_digitalstrategy');
            $what = $c['label'] === '' ? $area : $area . ': ' . $c['label'];
            $property = $c['property'] === '' ? '' : get_string(
                $c['area'] === 'field' ? 'field_steps_short' : 'goal_' . $c['property'],
                'local_digitalstrategy'
            );
            $changes[] = [
                'what' => $what,
                'kind' => $c['kind'],
                'kindlabel' => get_string('strategy_diff' . $c['kind'], 'local_digitalstrategy'),
                'property' => $property,
                'hasproperty' => $property !== '',
                'istext' => $c['words'] !== null,
                'words' => array_map(fn($w) => [
                    'text' => $w['text'],
                    'same' => $w['type'] === 'same',
                    'added' => $w['type'] === 'added',
                    'removed' => $w['type'] === 'removed',
                ], $c['words'] ?? []),
                'old' => $this->value($c['property'], $c['old']),
                'new' => $this->value($c['property'], $c['new']),
                'hasold' => $c['old'] !== null,
                'hasnew' => $c['new'] !== null,
            ];
        }
        return [
            'orgid' => $this->organisation->get_id(),
            'versions' => array_map(fn($v) => [
                'versionno' => $v['versionno'],
                'adoptedby' => $this->names[$v['useradopted']] ?? $deleted,
                'adoptedon' => userdate($v['timeadopted'], get_string('strftimedatetime', 'langconfig')),
            ], $this->versions),
            'hasversions' => (bool) $this->versions,
            'cancompare' => count($this->versions) >= 2,
            'formurl' => (new moodle_url('/local/digitalstrategy/strategy_history.php'))->out(false),
            'fromoptions' => array_map(fn($v) => $option($v['versionno'], $this->from), $this->versions),
            'tooptions' => array_map(fn($v) => $option($v['versionno'], $this->to), $this->versions),
            'compared' => $this->from > 0 && $this->to > 0,
            'comparetitle' => get_string(
                'strategy_comparetitle',
                'local_digitalstrategy',
                ['from' => $this->from, 'to' => $this->to]
            ),
            'changes' => $changes,
            'haschanges' => (bool) $changes,
            'strategyurl' => (new moodle_url('/local/digitalstrategy/strategy.php', ['orgid' => $this->organisation->get_id()]))
                ->out(false),
        ];
    }
}
