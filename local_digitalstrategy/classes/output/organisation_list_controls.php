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

use local_digitalstrategy\local\organisation_filter;
use local_digitalstrategy\organisation;
use moodle_url;

/**
 * The parts the organisations page and the page of all results share: the filter form
 * (template local_digitalstrategy/organisation_filters), sortable column headers and the line
 * saying which organisations are shown. Plain values only; the templates escape them.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class organisation_list_controls {
    /**
     * Creates the controls of one list.
     *
     * @param moodle_url $baseurl the page's URL without filter, sort or page parameters
     * @param organisation_filter $filter the current filter
     * @param string $sort the current sort column
     * @param bool $desc descending
     * @param int $perpage rows per page, 0 for all
     * @param int $defaultperpage rows per page when the URL says nothing
     * @param string $defaultsort the sort column when the URL says nothing
     */
    public function __construct(
        /** @var moodle_url */
        private readonly moodle_url $baseurl,
        /** @var organisation_filter */
        private readonly organisation_filter $filter,
        /** @var string */
        private readonly string $sort,
        /** @var bool */
        private readonly bool $desc,
        /** @var int */
        private readonly int $perpage,
        /** @var int */
        private readonly int $defaultperpage,
        /** @var string */
        private readonly string $defaultsort = '',
    ) {
    }

    /**
     * The URL of this list with other parameters (sort, direction, rows per page) than now.
     *
     * @param array $changes parameter => value; null removes a parameter
     * @return moodle_url
     */
    public function url(array $changes = []): moodle_url {
        $params = $this->filter->to_params();
        if ($this->sort !== $this->defaultsort || $this->desc) {
            $params += ['sort' => $this->sort, 'dir' => $this->desc ? 'desc' : 'asc'];
        }
        if ($this->perpage !== $this->defaultperpage) {
            $params['perpage'] = $this->perpage;
        }
        foreach ($changes as $name => $value) {
            if ($value === null) {
                unset($params[$name]);
            } else {
                $params[$name] = $value;
            }
        }
        return new moodle_url($this->baseurl, $params);
    }

    /**
     * A column header: its text, the link that sorts by it (the other way round when it is the
     * sort column already) and its aria-sort value.
     *
     * @param string $key sort key
     * @param string $label plain text
     * @param bool $numeric whether the column holds numbers (aligned right; a first click sorts
     *     descending, highest first)
     * @return array key, label, url, numeric, sorted, desc, ariasort|null
     */
    public function column(string $key, string $label, bool $numeric = false): array {
        $sorted = $key === $this->sort;
        $nextdesc = $sorted ? !$this->desc : $numeric;
        return [
            'key' => $key,
            'label' => $label,
            'numeric' => $numeric,
            'url' => $this->url(['sort' => $key, 'dir' => $nextdesc ? 'desc' : 'asc', 'page' => null])->out(false),
            'sorted' => $sorted,
            'desc' => $sorted && $this->desc,
            'ariasort' => $sorted ? ($this->desc ? 'descending' : 'ascending') : null,
        ];
    }

    /**
     * The context of the template local_digitalstrategy/organisation_filters.
     *
     * @param bool $withstatus whether to offer active/archived (only the organisations page lists archived ones)
     * @return array
     */
    public function filters(bool $withstatus): array {
        $options = function (array $values, string $current): array {
            $list = [['value' => '', 'label' => get_string('filter_any', 'local_digitalstrategy'), 'selected' => $current === '']];
            foreach ($values as $value => $label) {
                $list[] = ['value' => $value, 'label' => $label, 'selected' => (string) $value === $current];
            }
            return $list;
        };
        $fields = [];
        foreach (organisation::FIELDS_OF_WORK as $field) {
            $fields[$field] = get_string('fieldofwork_' . $field, 'local_digitalstrategy');
        }
        \core_collator::asort($fields);
        $participation = [];
        foreach (organisation_filter::PARTICIPATION as $value) {
            $participation[$value] = get_string('participation_' . $value, 'local_digitalstrategy');
        }
        $hidden = [['name' => 'sort', 'value' => $this->sort], ['name' => 'dir', 'value' => $this->desc ? 'desc' : 'asc']];
        if ($this->perpage !== $this->defaultperpage) {
            $hidden[] = ['name' => 'perpage', 'value' => $this->perpage];
        }
        return [
            'action' => $this->baseurl->out(false),
            'hidden' => $hidden,
            'search' => $this->filter->search,
            'fieldsofwork' => $options($fields, $this->filter->fieldofwork),
            'pilot' => $options([
                '1' => get_string('filter_pilot_yes', 'local_digitalstrategy'),
                '0' => get_string('filter_pilot_no', 'local_digitalstrategy'),
            ], $this->filter->pilot === null ? '' : ($this->filter->pilot ? '1' : '0')),
            'participation' => $options($participation, $this->filter->participation),
            'withstatus' => $withstatus,
            'status' => $options([
                'active' => get_string('status_active', 'local_digitalstrategy'),
                'archived' => get_string('archived', 'local_digitalstrategy'),
            ], $this->filter->status),
            'filtered' => !$this->filter->is_empty(),
            'reseturl' => $this->url(['page' => null] + array_fill_keys(array_keys($this->filter->to_params()), null))->out(false),
        ];
    }

    /**
     * The line saying which organisations are shown.
     *
     * @param int $total organisations matching the filter
     * @param int $offset rows before this page
     * @param int $shown rows on this page
     * @return string plain text
     */
    public static function count_text(int $total, int $offset, int $shown): string {
        if ($total === 0) {
            return get_string('listcount_none', 'local_digitalstrategy');
        }
        if ($total === 1) {
            return get_string('listcount_single', 'local_digitalstrategy');
        }
        $a = ['from' => $offset + 1, 'to' => $offset + $shown, 'total' => $total];
        return get_string('listcount', 'local_digitalstrategy', $a);
    }
}
