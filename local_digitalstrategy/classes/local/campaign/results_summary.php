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

namespace local_digitalstrategy\local\campaign;

/**
 * The results of a campaign for one filter: how many responses the group has and, unless the group
 * is smaller than k (the peer threshold), the results per item.
 *
 * When $suppressed is true the group is too small to be shown: $items is empty and only the
 * message is shown. The filter values on offer never name a group smaller than k in an
 * anonymous campaign.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class results_summary {
    /**
     * Creates the summary.
     *
     * @param int $campaignid
     * @param results_filter $filter the filter applied
     * @param int $total responses of the whole campaign
     * @param int $responses responses of the filtered group
     * @param int $threshold k: the smallest group shown
     * @param bool $suppressed true when the group is smaller than k and nothing is shown
     * @param results_item[] $items by item key, in the instrument's order (empty when suppressed)
     * @param array<string, int> $fieldsofwork the field of work filter values on offer => responses
     * @param array<int, int> $pilot the pilot filter values on offer (0, 1) => responses
     */
    public function __construct(
        /** @var int campaign id */
        public readonly int $campaignid,
        /** @var results_filter the filter applied */
        public readonly results_filter $filter,
        /** @var int responses of the whole campaign */
        public readonly int $total,
        /** @var int responses of the group */
        public readonly int $responses,
        /** @var int k */
        public readonly int $threshold,
        /** @var bool the group is smaller than k */
        public readonly bool $suppressed,
        /** @var results_item[] results per item */
        public readonly array $items,
        /** @var array<string, int> field of work values on offer */
        public readonly array $fieldsofwork,
        /** @var array<int, int> pilot values on offer */
        public readonly array $pilot,
    ) {
    }
}
