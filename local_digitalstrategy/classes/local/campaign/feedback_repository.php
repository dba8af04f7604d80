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
 * Reads feedback results (campaigns of kind feedback) as aggregates: a fixed number of queries
 * whatever the number of responses or campaigns.
 *
 * @package    local_digitalstrategy
 * @copyright  2026 digit@l und sozi@l
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class feedback_repository {
    /** @var string campaigns */
    private const CAMPAIGN = 'local_digitalstrategy_campaign';
    /** @var string responses */
    private const RESPONSE = 'local_digitalstrategy_response';
    /** @var string values of responses */
    private const RESPVAL = 'local_digitalstrategy_respval';

    /**
     * Creates the repository.
     *
     * @param \moodle_database $db the database
     */
    public function __construct(
        /** @var \moodle_database the database */
        private readonly \moodle_database $db,
    ) {
    }

    /**
     * The number of responses to a campaign.
     *
     * @param int $campaignid the campaign
     * @return int
     */
    public function count_responses(int $campaignid): int {
        return $this->db->count_records(self::RESPONSE, ['campaignid' => $campaignid]);
    }

    /**
     * How often each value was given to each of the named items (one query).
     *
     * @param int $campaignid the campaign
     * @param string[] $itemkeys the rating items
     * @return array<int, array{0: string, 1: float, 2: int}> [itemkey, value, number of answers]
     */
    public function value_counts(int $campaignid, array $itemkeys): array {
        if (!$itemkeys) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal($itemkeys, SQL_PARAMS_NAMED, 'item');
        $rs = $this->db->get_recordset_sql(
            "SELECT v.itemkey, v.numvalue, COUNT(1) AS answers
               FROM {" . self::RESPVAL . "} v
              WHERE v.campaignid = :campaignid AND v.numvalue IS NOT NULL AND v.itemkey $insql
           GROUP BY v.itemkey, v.numvalue",
            ['campaignid' => $campaignid] + $params
        );
        $rows = [];
        foreach ($rs as $row) {
            $rows[] = [(string) $row->itemkey, (float) $row->numvalue, (int) $row->answers];
        }
        $rs->close();
        return $rows;
    }

    /**
     * The answers to open questions (one query), sorted by question and text so their order
     * tells nothing about when or by whom they were given.
     *
     * @param int $campaignid the campaign
     * @param string[] $itemkeys the open questions
     * @return array<int, array{0: string, 1: string}> [itemkey, answer]
     */
    public function open_answers(int $campaignid, array $itemkeys): array {
        if (!$itemkeys) {
            return [];
        }
        [$insql, $params] = $this->db->get_in_or_equal($itemkeys, SQL_PARAMS_NAMED, 'item');
        $rs = $this->db->get_recordset_sql(
            "SELECT v.id, v.itemkey, v.value
               FROM {" . self::RESPVAL . "} v
              WHERE v.campaignid = :campaignid AND v.itemkey $insql AND v.value IS NOT NULL",
            ['campaignid' => $campaignid] + $params
        );
        $rows = [];
        foreach ($rs as $row) {
            if (trim((string) $row->value) !== '') {
                $rows[] = [(string) $row->itemkey, (string) $row->value];
            }
        }
        $rs->close();
        usort($rows, fn($a, $b) => [$a[0], \core_text::strtolower($a[1])] <=> [$b[0], \core_text::strtolower($b[1])]);
        return $rows;
    }

    /**
     * The feedback campaigns of a context (a circle), or of the whole programme, with their
     * numbers of responses (one query).
     *
     * @param int|null $contextid only campaigns governed by this context; null for all
     * @return array<int, array<string, mixed>> by id: id, name, eventdate, instrumentid, target, targetid, status, responses
     */
    public function campaigns(?int $contextid = null): array {
        $where = "c.kind = :kind";
        $params = ['kind' => 'feedback'];
        if ($contextid !== null) {
            $where .= ' AND c.contextid = :contextid';
            $params['contextid'] = $contextid;
        }
        $rs = $this->db->get_recordset_sql(
            "SELECT c.id, c.name, c.eventdate, c.timeopen, c.instrumentid, c.target, c.targetid, c.status,
                    COUNT(r.id) AS responses
               FROM {" . self::CAMPAIGN . "} c
          LEFT JOIN {" . self::RESPONSE . "} r ON r.campaignid = c.id
              WHERE $where
           GROUP BY c.id, c.name, c.eventdate, c.timeopen, c.instrumentid, c.target, c.targetid, c.status
           ORDER BY c.id",
            $params
        );
        $campaigns = [];
        foreach ($rs as $row) {
            $campaigns[(int) $row->id] = [
                'id' => (int) $row->id,
                'name' => (string) $row->name,
                // A campaign without an event date counts from when it opened.
                'eventdate' => (int) ($row->eventdate ?: $row->timeopen),
                'instrumentid' => (int) $row->instrumentid,
                'target' => (string) $row->target,
                'targetid' => (int) $row->targetid,
                'status' => (string) $row->status,
                'responses' => (int) $row->responses,
            ];
        }
        $rs->close();
        return $campaigns;
    }

    /**
     * Sum and number of the numeric answers per campaign and item, over feedback campaigns
     * (one GROUP BY query over the response values joined to their campaign).
     *
     * @param int|null $contextid only campaigns governed by this context; null for all
     * @return array<int, array<string, array{0: float, 1: int}>> per campaign id, per item key: [sum, count]
     */
    public function sums_per_item(?int $contextid = null): array {
        $where = "c.kind = :kind AND v.numvalue IS NOT NULL";
        $params = ['kind' => 'feedback'];
        if ($contextid !== null) {
            $where .= ' AND c.contextid = :contextid';
            $params['contextid'] = $contextid;
        }
        $rs = $this->db->get_recordset_sql(
            "SELECT c.id AS campaignid, v.itemkey, SUM(v.numvalue) AS total, COUNT(v.numvalue) AS answers
               FROM {" . self::RESPVAL . "} v
               JOIN {" . self::CAMPAIGN . "} c ON c.id = v.campaignid
              WHERE $where
           GROUP BY c.id, v.itemkey",
            $params
        );
        $sums = [];
        foreach ($rs as $row) {
            $sums[(int) $row->campaignid][(string) $row->itemkey] = [(float) $row->total, (int) $row->answers];
        }
        $rs->close();
        return $sums;
    }
}
